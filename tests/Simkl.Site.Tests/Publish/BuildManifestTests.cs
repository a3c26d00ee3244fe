using System.Text.Json;
using Simkl.Site.Model;
using Simkl.Site.Index;
using Simkl.Site.Outputs;
using Simkl.Site.Publish;
using Simkl.Site.Settings;
using Simkl.Site.Snapshots;
using Simkl.Site.Tests.TestSupport;
using static Simkl.Site.Tests.Publish.PublishingData;

namespace Simkl.Site.Tests.Publish;

public class BuildManifestTests
{
    private static BuildContext Context() => new()
    {
        Catalogue = Cat(
            [Title(MediaKind.Tv, 1, "Show A"), Title(MediaKind.Anime, 3, "Anime C"), Title(MediaKind.Movie, 4, "Movie D")],
            [
                Episode(MediaKind.Tv, 1, 1, 1, Now.AddHours(2)),               // today
                Episode(MediaKind.Tv, 1, 1, 2, Now.AddDays(13)),               // last day of the window
                Episode(MediaKind.Tv, 1, 1, 3, Now.AddDays(14)),               // just outside
                Episode(MediaKind.Tv, 1, 0, 9, Now.AddDays(-1)),               // yesterday
                Episode(MediaKind.Anime, 3, null, 1, Now.AddDays(3)),
                Release(MediaKind.Movie, 4, new DateOnly(2026, 11, 30)),
            ],
            Snapshot(Now.AddMinutes(-5),
                Source("calendar-v2/tv", SourceType.CalendarV2, MediaKind.Tv, SourceOutcome.Fresh, Now.AddMinutes(-5)),
                Source("best/tv/all", SourceType.Best, MediaKind.Tv, SourceOutcome.Missing, null))),
        Settings = new SiteSettings { UpcomingDays = 14 },
        Now = Now,
        Zone = TimeZoneInfo.Utc,
    };

    private static OutputFile[] Files() =>
    [
        OutputFile.Text("index.html", "<!doctype html><title>home</title>"),
        OutputFile.Text("calendar/index.html", "<!doctype html><title>calendar</title>"),
        OutputFile.Text("assets/site.0123abcd.css", "body{}"),
        OutputFile.Text("api/upcoming.json", "[]"),
    ];

    [Fact]
    public void Describes_files_counts_and_sources()
    {
        var m = CreateBuildManifest.Run(Context(), Files());

        Assert.Equal(["api/upcoming.json", "assets/site.0123abcd.css", "calendar/index.html", "index.html"], m.Files.Select(f => f.Path));
        var css = m.Files.Single(f => f.Path == "assets/site.0123abcd.css");
        Assert.Equal(6, css.Size);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("body{}"u8)), css.Sha256);
        Assert.Equal(new KindCounts(2, 1, 1), m.Counts.Upcoming);
        Assert.Equal(new KindCounts(1, 1, 1), m.Counts.Titles);
        Assert.Equal(2, m.Counts.Pages);
        Assert.Equal(4, m.Counts.Files);
        Assert.Equal(new DateOnly(2026, 11, 27), m.WindowStart);
        Assert.Equal(new DateOnly(2026, 12, 11), m.WindowEnd);
        Assert.Equal(Now, m.Now);
        Assert.Equal(Now.AddMinutes(-5), m.CapturedAt);
        Assert.Equal(["best/tv/all", "calendar-v2/tv"], m.Sources.Select(s => s.Id));
        Assert.Equal(SourceOutcome.Missing, m.Sources[0].Outcome);
        Assert.Null(m.Sources[0].GoodAt);
    }

    [Fact]
    public void Bytes_are_deterministic_whatever_the_file_order()
    {
        var a = CreateBuildManifest.Serialize(CreateBuildManifest.Run(Context(), Files())).ToArray();
        var b = CreateBuildManifest.Serialize(CreateBuildManifest.Run(Context(), Files().Reverse())).ToArray();
        Assert.Equal(a, b);

        var text = System.Text.Encoding.UTF8.GetString(a);
        Assert.DoesNotContain("\r", text);
        Assert.EndsWith("}\n", text);
        using var doc = JsonDocument.Parse(a);
        Assert.Equal(4, doc.RootElement.GetProperty("counts").GetProperty("upcoming").GetProperty("total").GetInt32());
        Assert.Equal("fresh", doc.RootElement.GetProperty("sources")[1].GetProperty("outcome").GetString());
        Assert.Equal("calendar-v2", doc.RootElement.GetProperty("sources")[1].GetProperty("type").GetString());
    }

    [Fact]
    public void Round_trips_and_holds_no_client_id()
    {
        var context = Context() with { Settings = new SiteSettings { ClientId = "secret-client-id-123" } };
        var bytes = CreateBuildManifest.Serialize(CreateBuildManifest.Run(context, Files())).ToArray();
        Assert.DoesNotContain("secret-client-id-123", System.Text.Encoding.UTF8.GetString(bytes));
        var back = CreateBuildManifest.Deserialize(bytes);
        Assert.Equal(bytes, CreateBuildManifest.Serialize(back).ToArray());
    }

    [Fact]
    public void A_written_folder_is_verified_against_its_manifest()
    {
        var dir = Directory.CreateTempSubdirectory("simkl-manifest-");
        try
        {
            var files = Files();
            foreach (var f in files)
            {
                var path = Path.Combine(dir.FullName, f.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, f.Content.ToArray());
            }

            var manifest = CreateBuildManifest.Run(Context(), files);
            Assert.True(CreateBuildManifest.WriteBeside(dir.FullName, manifest));
            Assert.False(CreateBuildManifest.WriteBeside(dir.FullName, manifest), "same bytes are not written again");
            Assert.Equal(dir.FullName + ".build-manifest.json", BuildManifest.PathFor(dir.FullName + "/"));
            Assert.Equal(CreateBuildManifest.Serialize(manifest).ToArray(), File.ReadAllBytes(BuildManifest.PathFor(dir.FullName)));
            Assert.Empty(PublishGuard.VerifyFolder(dir.FullName, manifest));

            File.WriteAllText(Path.Combine(dir.FullName, "index.html"), "changed");
            File.Delete(Path.Combine(dir.FullName, "api", "upcoming.json"));
            File.WriteAllText(Path.Combine(dir.FullName, "stray.txt"), "x");
            Assert.Equal(["api/upcoming.json is missing", "index.html differs", "stray.txt is not in the manifest"],
                PublishGuard.VerifyFolder(dir.FullName, manifest));
        }
        finally
        {
            dir.Delete(recursive: true);
            File.Delete(BuildManifest.PathFor(dir.FullName));
        }
    }

    [Fact]
    public void Reading_a_broken_manifest_names_the_file()
    {
        var dir = Directory.CreateTempSubdirectory("simkl-manifest-");
        try
        {
            var path = Path.Combine(dir.FullName, BuildManifest.FileName);
            var missing = Assert.Throws<SiteException>(() => CreateBuildManifest.Read(path));
            Assert.Contains("No build manifest", missing.Message);
            File.WriteAllText(path, "{ not json");
            var bad = Assert.Throws<SiteException>(() => CreateBuildManifest.Read(path));
            Assert.Contains(path, bad.Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
