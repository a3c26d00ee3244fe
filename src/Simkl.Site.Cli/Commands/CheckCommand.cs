using System.CommandLine;
using Simkl.Site.Check;
using Simkl.Site.Cli.Help;

namespace Simkl.Site.Cli.Commands;

/// <summary>`check`: fails on broken internal links and anchors, missing titles/lang/alt, duplicate ids, bad sitemap URLs.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var site = new RenamedOption<string>(CommonOptions.Site("Site folder to check"), "--dir");
        var baseUrl = new Option<Uri?>("--base-url")
        {
            Description = "The site's public URL, so absolute links to it are checked as internal " +
                          "[default: the origin of the URLs in sitemap.xml].",
            CustomParser = r =>
            {
                var text = r.Tokens.Single().Value;
                if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                {
                    return uri;
                }
                r.AddError($"--base-url must be an absolute http(s) URL, not '{text}'.");
                return null;
            },
        };

        var json = CommonOptions.Json("the result (ok, pages, links, problems with path, line and message)");

        var command = new Command("check", "Check the built site: internal links and #anchors resolve, pages have a title and lang, images have alt, ids are unique, sitemap.xml URLs exist. Exit 1 on problems.")
        {
            site.Option, baseUrl, json,
        };
        site.AddOldNameTo(command);
        command.SetAction((ParseResult parse, CancellationToken cancellationToken) => UserError.Guard(async () =>
        {
            var report = await SiteChecker.CheckAsync(Path.GetFullPath(site.GetValue(parse)!), parse.GetValue(baseUrl), cancellationToken);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(Console.Out, report);
                return report.Ok ? 0 : 1;
            }

            if (report.Ok)
            {
                Console.WriteLine($"checked {report.Pages} pages, {report.Links} links: OK");
                return 0;
            }
            foreach (var problem in report.Problems)
            {
                Console.WriteLine(problem);
            }
            Console.WriteLine($"{report.Problems.Count} problem{(report.Problems.Count == 1 ? "" : "s")} " +
                              $"(checked {report.Pages} pages, {report.Links} links)");
            return 1;
        }, parse.GetValue(json)));
        return command;
    }
}
