using System.Globalization;
using System.Text;

namespace Simkl.Site.Benchmarks;

/// <summary>
/// <c>build --sizes 5000,10000,20000,40000</c>: generates a large-style snapshot of each nominal
/// title count (deterministic, in a child process), builds each from scratch in a child process
/// measured by GNU time, prints time and memory per size and writes an SVG chart of both. Each
/// size is built into a new folder, deleted only after the last build: the measured process used
/// to delete the previous run's output first, which on the disk cost more than the build itself
/// (docs/benchmarks.md, "The file system").
/// </summary>
public static class ScalingBenchmark
{
    public sealed record Point(int Size, int Pages, int Files, ChildFigures Figures);

    public static int Run(IReadOnlyList<int> sizes, string workDir, string chartPath)
    {
        var (self, prefix) = Machine.Self();
        var points = new List<Point>();
        Console.WriteLine($"scaling: sizes {string.Join(", ", sizes)}; load average {Machine.LoadAverage()}");
        var run = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var outputs = new List<string>();
        try
        {
            foreach (var size in sizes)
            {
                var data = Path.Combine(workDir, $"size-{size}");
                if (!File.Exists(Path.Combine(data, Simkl.Site.Model.SnapshotManifest.FileName)))
                {
                    var made = Machine.Measure(null, self, [.. prefix, "generate-large", data, "--titles", size.ToString(CultureInfo.InvariantCulture)]);
                    if (made.ExitCode != 0)
                    {
                        Console.Error.WriteLine($"error: generating size {size} failed");
                        return 2;
                    }
                }

                var output = Path.GetFullPath(Path.Combine(workDir, $"site-{size}-{run}"));
                outputs.Add(output);
                var figures = Machine.Measure(null, self, [.. prefix, "build-once", data, output]);
                if (figures.ExitCode != 0)
                {
                    Console.Error.WriteLine($"error: the build of size {size} failed (exit {figures.ExitCode})");
                    return 1;
                }

                var fields = figures.Output.Trim().Split(' ');
                var point = new Point(size, int.Parse(fields[0], CultureInfo.InvariantCulture), int.Parse(fields[1], CultureInfo.InvariantCulture), figures);
                points.Add(point);
                Console.WriteLine($"  {size,7:N0} titles: {point.Pages,7:N0} pages {point.Files,7:N0} files {figures.WallSeconds,7:F1} s wall {figures.CpuSeconds,7:F1} s cpu "
                    + $"{figures.PeakRssBytes / 1048576.0,6:N0} MiB peak {point.Pages / figures.WallSeconds,6:N0} pages/s");

                // Redrawn after every size, so a long run that is stopped still leaves the chart so far.
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(chartPath))!);
                File.WriteAllText(chartPath, Chart(points));
            }

            Console.WriteLine($"  chart: {Path.GetFullPath(chartPath)}");
            return 0;
        }
        finally
        {
            foreach (var output in outputs)
            {
                BuildBenchmark.Remove(output);
            }
        }
    }

    /// <summary>Two line charts side by side (wall seconds and peak MiB against titles), plain SVG.</summary>
    public static string Chart(IReadOnlyList<Point> points)
    {
        const int w = 320, h = 220, left = 50, top = 30, plotW = 250, plotH = 150;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{2 * w}\" height=\"{h}\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
        Panel(0, "build time (s wall)", p => p.Figures.WallSeconds, "#1f6feb");
        Panel(w, "peak memory (MiB)", p => p.Figures.PeakRssBytes / 1048576.0, "#b35900");
        svg.Append("</svg>\n");
        return svg.ToString();

        void Panel(int x0, string title, Func<Point, double> value, string colour)
        {
            var maxX = points.Max(p => p.Size);
            var maxY = Nice(points.Max(value));
            double X(double size) => x0 + left + plotW * size / maxX;
            double Y(double v) => top + plotH - plotH * v / maxY;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x0 + left}\" y=\"18\" font-weight=\"bold\">{title}</text>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x0 + left}\" y1=\"{top + plotH}\" x2=\"{x0 + left + plotW}\" y2=\"{top + plotH}\" stroke=\"#333\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x0 + left}\" y1=\"{top}\" x2=\"{x0 + left}\" y2=\"{top + plotH}\" stroke=\"#333\"/>\n");
            for (var i = 0; i <= 4; i++)
            {
                var v = maxY * i / 4;
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x0 + left - 6}\" y=\"{Y(v) + 4:F1}\" text-anchor=\"end\">{v:0.#}</text>\n");
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x0 + left}\" y1=\"{Y(v):F1}\" x2=\"{x0 + left + plotW}\" y2=\"{Y(v):F1}\" stroke=\"#ddd\"/>\n");
            }

            foreach (var p in points)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(p.Size):F1}\" y=\"{top + plotH + 16}\" text-anchor=\"middle\">{p.Size / 1000}k</text>\n");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x0 + left + plotW / 2}\" y=\"{h - 4}\" text-anchor=\"middle\">titles</text>\n");
            var line = string.Join(' ', points.Select(p => FormattableString.Invariant($"{X(p.Size):F1},{Y(value(p)):F1}")));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{line}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>\n");
            foreach (var p in points)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(p.Size):F1}\" cy=\"{Y(value(p)):F1}\" r=\"3\" fill=\"{colour}\"><title>{p.Size} titles: {value(p):0.#}</title></circle>\n");
            }
        }
    }

    // The axis top: the next 1, 2 or 5 step above the largest value.
    private static double Nice(double max)
    {
        var step = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(max, 1))));
        foreach (var m in new[] { 1.0, 2.0, 5.0, 10.0 })
        {
            if (m * step >= max)
            {
                return m * step;
            }
        }

        return 10 * step;
    }
}
