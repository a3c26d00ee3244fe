using System.Globalization;
using Simkl.Site.Model;
using Simkl.Site.Snapshots;
using Simkl.Site.Text;

namespace Simkl.Site.Fetch;

/// <summary>The fetch report as text for the console: one line per request, then totals, skips and problems.</summary>
public static class FetchReportText
{
    /// <remarks>Every text that may come from a server or a file is passed through <see cref="PlainText"/>.</remarks>
    public static void Write(FetchReport report, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"fetch {Stamp(report.StartedAt)}  data: {C(report.DataBase)}  api: {C(report.ApiBase)}"));
        output.WriteLine(string.Create(inv, $"  {"outcome",-13} {"status",6} {"bytes",10} {"ms",7}  {"id",-28} url"));
        foreach (var e in report.Requests)
        {
            var flags = string.Join(" ", new[] { e.Fallback ? "fallback" : null, e.Skipped ? "skipped" : null, e.NoData ? "no-data" : null }.OfType<string>());
            output.WriteLine(string.Create(inv, $"  {Name(e.Outcome),-13} {(e.HttpStatus?.ToString(inv) ?? "-"),6} {e.Bytes,10:N0} {e.DurationMs,7:N0}  {C(e.Id),-28} {C(e.Url)}{(flags.Length > 0 ? $"  [{flags}]" : "")}"));
            if (e.Message is not null && !e.Skipped)
            {
                output.WriteLine(string.Create(inv, $"  {"",-13} {C(e.Message)}"));
            }
        }

        var t = report.Totals;
        output.WriteLine(string.Create(inv, $"sources: {t.Sources} ({t.Fresh} fresh, {t.NotModified} not-modified, {t.Stale} stale, {t.Missing} missing); requests: {t.Requests}; received: {Size(t.Bytes)}; time: {report.DurationMs / 1000.0:0.0} s"));
        foreach (var group in report.Skipped.GroupBy(s => s.Reason))
        {
            output.WriteLine(string.Create(inv, $"skipped {group.Count()}: {C(group.Key)}: {C(string.Join(", ", group.Select(s => s.Id)))}"));
        }

        foreach (var problem in report.Problems)
        {
            output.WriteLine(string.Create(inv, $"problem: {C(problem)}"));
        }

        foreach (var note in report.Notes)
        {
            output.WriteLine(string.Create(inv, $"note: {C(note)}"));
        }
    }

    private static string? C(string? text) => PlainText.Clean(text);

    private static string Name(SourceOutcome outcome) => outcome switch
    {
        SourceOutcome.Fresh => "fresh",
        SourceOutcome.NotModified => "not-modified",
        SourceOutcome.Stale => "stale",
        _ => "missing",
    };

    private static string Stamp(DateTimeOffset t) => UtcText.Format(t);

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB"),
    };
}
