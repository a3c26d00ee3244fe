using System.Diagnostics;
using Simkl.Site.Benchmarks.Synthetic;

namespace Simkl.Site.Benchmarks;

/// <summary>
/// The benchmark tool's subcommands. Kept as a plain switch (no System.CommandLine) so the tool
/// has no dependencies beyond the library it measures.
/// </summary>
public static class BenchmarkCommands
{
    private const string Usage = """
        usage: Simkl.Site.Benchmarks <command> [arguments]

        commands:
          generate-sample <dir>   write the bundled sample snapshot (input/data/sample) into <dir>
        """;

    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        try
        {
            return args[0] switch
            {
                "generate-sample" when args.Length == 2 => GenerateSample(args[1]),
                _ => Fail($"unknown command or wrong arguments: {string.Join(' ', args)}"),
            };
        }
        catch (IOException e)
        {
            return Fail(e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return Fail(e.Message);
        }
    }

    private static int GenerateSample(string dir)
    {
        var sw = Stopwatch.StartNew();
        var builder = SampleSnapshot.Build();
        var manifest = builder.WriteTo(dir);
        Console.WriteLine($"sample snapshot: {manifest.Sources.Count} files, {builder.TotalBytes:N0} bytes, captured {manifest.CapturedAt:O} -> {Path.GetFullPath(dir)} ({sw.ElapsedMilliseconds} ms)");
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
