using System.Diagnostics;
using System.Text;
using Simkl.Site.Model;
using Simkl.Site.Changes;
using Simkl.Site.Check;
using Simkl.Site.Content;
using Simkl.Site.Outputs;
using Simkl.Site.Outputs.Html;
using Simkl.Site.Outputs.Sitemap;
using Simkl.Site.Outputs.Widgets;
using Simkl.Site.Index;
using Simkl.Site.Publish;
using Simkl.Site.Rendering;
using Simkl.Site.Settings;
using Simkl.Site.Write;
using Simkl.Site.Urls;
using Simkl.Site.Load;

namespace Simkl.Site.Build;

/// <summary>
/// The build, as one library call: load → plan → render (parallel) and verify each page → generators → write
/// (atomic, incremental). Used by the <c>build</c> command, the tests and the benchmarks.
/// </summary>
public static class SiteBuilder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static BuildResult Build(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var progress = options.Progress;
        var parallelism = Math.Max(1, options.MaxParallelism ?? Environment.ProcessorCount);
        var stages = new StageClock();
        var protectedDirs = new List<string> { options.ThemeDir, options.InputDir };
        if (options.Catalogue is null && options.DataDir is not null)
        {
            protectedDirs.Add(options.DataDir);
        }

        // One build per output folder from the start: a second build neither loads, nor judges the
        // folder unchanged, nor writes while the first one holds it.
        WriteSite.CheckTarget(options.OutputDir, protectedDirs, options.Force);
        using var folderLock = IO.FolderLock.Acquire(options.OutputDir, "build", options.LockWait);
        var inputs = BuildFingerprint.HashInputs(options);
        if (inputs is not null && Unchanged(options, inputs, folderLock, clock, stages) is { } unchanged)
        {
            return unchanged;
        }

        // The theme, its assets and the content pages do not depend on the snapshot: they are read
        // while it loads (a load error is still the one reported when both fail).
        var reading = Task.Run(() => (
            Theme: TemplateSet.Load(options.ThemeDir),
            Assets: FingerprintAssets.Run(Path.Combine(options.ThemeDir, "assets"), [WriteWidgetScript.ThemeAsset]),
            Content: ContentPages.Load(Path.Combine(options.InputDir, "pages"), SiteUrls.ReservedSlugs)));
        var loading = progress.Begin("load snapshot");
        var context = CreateContext(options);
        var stampsPath = options.StatePath is null ? null : ContentStamps.PathFor(options.StatePath);
        context = context with { Stamps = stampsPath is null ? null : ContentStamps.Read(stampsPath, context.Catalogue.Snapshot.CapturedAt) };
        loading.Dispose();
        stages.End("load");
        var planning = progress.Begin("plan pages");

        // The schedule comparison reads only the catalogue and the previous state: it runs beside
        // the index and the page index, and the plan waits for it.
        var tracking = Task.Run(() =>
        {
            var tracker = new TrackScheduleChanges(options.StatePath);
            return (Tracker: tracker, Changes: tracker.Run(context));
        });

        // The new state's bytes are made as soon as the comparison is done, beside the rest of the
        // build: the end of the build, which nothing runs beside, then only writes them.
        var stateBytes = tracking.ContinueWith(t => t.Result.Tracker.Serialize(t.Result.Changes), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        var index = SiteIndex.Build(context);
        var (theme, assets, content) = reading.GetAwaiter().GetResult();
        stages.End("theme+index");
        var titlePages = TitlePages(context);
        using var writer = WriteSite.Begin(options.OutputDir, protectedDirs, options.Force);
        var pages = PlanAndRenderPages(options, context, index, content, tracking, titlePages, theme, assets, writer, parallelism, stages, planning);
        var (tracker, changes) = tracking.GetAwaiter().GetResult();
        var pageHashes = Task.Run(() => pages.Hashes.Hashes().Serialize());
        stages.End("render+verify");
        var generating = progress.Begin("generate feeds, data and widgets", options.Generators.Count, "outputs");

        foreach (var asset in assets.Files)
        {
            writer.Add(asset);
        }

        writer.Add(SiteUrls.File(SiteUrls.Sitemap), SiteFiles.Sitemap(
            context.Settings.BaseUrl,
            pages.Indexed));
        writer.Add(SiteUrls.File(SiteUrls.Robots), Utf8.GetBytes(SiteFiles.Robots(context.Settings.BaseUrl)));

        writer.Add(TrackScheduleChanges.Feed(changes, context, titlePages.Contains));

        stages.End("sitemap+changes");

        // Feeds stamp each event with its own history, not the capture time (byte-stable .ics files).
        var outputContext = context with { Revisions = changes.Revisions() };
        RunGenerators(options.Generators, outputContext, index, parallelism, writer, generating);
        stages.End("feeds+data+widgets");
        generating.Dispose();
        var writing = progress.Begin("write files");
        var described = CreateBuildManifest.Run(context, writer.Digests());
        var manifest = CreateBuildManifest.Serialize(described);
        stages.End("manifest");

        // A first build claims its folder before the folder appears, so a build killed in between
        // leaves a folder the next build recognises as its own.
        if (!File.Exists(BuildManifest.PathFor(writer.OutputDir)))
        {
            CreateBuildManifest.WriteBeside(writer.OutputDir, manifest);
        }

        // The fingerprint goes before the output changes and comes back once output and state are
        // final, so it never describes a site it did not make.
        BuildFingerprint.RemoveBeside(writer.OutputDir);
        PageHashes.RemoveBeside(writer.OutputDir);
        var written = writer.Commit();
        CreateBuildManifest.WriteBeside(writer.OutputDir, manifest);
        PageHashes.WriteBeside(writer.OutputDir, pageHashes.GetAwaiter().GetResult());
        tracker.Save(stateBytes.GetAwaiter().GetResult());
        if (stampsPath is not null)
        {
            context.Stamps!.Write(stampsPath);
        }
        if (inputs is not null)
        {
            var listing = OutputListing.Of(described.Files.Select(f => (f.Path, f.Size)));
            new BuildFingerprint(inputs, BuildFingerprint.HashState(options.StatePath), pages.Count, written.Total, listing, described.Now, described.TimeZone)
                .WriteBeside(writer.OutputDir);
        }

        writing.Dispose();
        stages.End("write");
        clock.Stop();
        return new BuildResult
        {
            OutputDir = writer.OutputDir,
            Now = context.Now,
            TimeZone = context.Zone.Id,
            Pages = pages.Count,
            PagesRendered = pages.Hashes.Rendered,
            PagesKept = pages.Hashes.Kept,
            RenderedPages = pages.Hashes.RenderedPages(),
            Files = written.Total,
            StaleLock = folderLock.StaleHolder,
            Written = written.Written,
            Unchanged = written.Unchanged,
            Deleted = written.Deleted,
            Swapped = written.Swapped,
            Elapsed = clock.Elapsed,
            Stages = stages.Stages,
            Warnings = context.Catalogue.Warnings.Count,
            UnusableSources = [.. context.Catalogue.Warnings.Where(w => WarningCodes.UnusableSource.Contains(w.Code)).Select(w => w.Message)],
            Changes = changes.NewChanges.Count,
            FirstChangeBuild = changes.FirstBuild,
            ChangeRestartReason = changes.RestartReason,
        };
    }

    /// <summary>
    /// The result of a build that has nothing to do, or null: the inputs and the schedule state are
    /// those the build that made the output saw and left, and the output is as its manifest lists it.
    /// </summary>
    private static BuildResult? Unchanged(BuildOptions options, string inputs, IO.FolderLock folderLock, Stopwatch clock, StageClock stages)
    {
        if (BuildFingerprint.Read(options.OutputDir) is not { } previous || previous.Inputs != inputs)
        {
            return null;
        }

        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputDir));
        if (previous.State != BuildFingerprint.HashState(options.StatePath) || !previous.OutputIntact(output))
        {
            return null;
        }

        stages.End("inputs unchanged");
        return new BuildResult
        {
            OutputDir = output,
            Now = previous.Now,
            TimeZone = previous.TimeZone,
            Pages = previous.Pages,
            PagesKept = previous.Pages,
            Files = previous.Files,
            StaleLock = folderLock.StaleHolder,
            Written = 0,
            Unchanged = previous.Files,
            Deleted = 0,
            Swapped = false,
            InputsUnchanged = true,
            Elapsed = clock.Elapsed,
            Stages = stages.Stages,
            Warnings = 0,
            Changes = 0,
            FirstChangeBuild = false,
        };
    }

    /// <summary>Settings (with option overrides), catalogue, "now" and zone: the context every stage reads.</summary>
    public static BuildContext CreateContext(BuildOptions options)
    {
        var settings = options.Settings ?? SiteSettingsLoader.Load(options.SettingsPath ?? Path.Combine(options.InputDir, "site.json"));
        if (options.TimeZone is not null)
        {
            settings = settings with { TimeZone = options.TimeZone };
        }

        if (options.BaseUrl is not null)
        {
            settings = settings with { BaseUrl = options.BaseUrl.TrimEnd('/') };
        }

        SiteSettingsLoader.Validate(settings, options.Settings is null ? options.SettingsPath ?? "settings" : "settings");
        var catalogue = options.Catalogue;
        if (catalogue is null)
        {
            if (options.DataDir is null)
            {
                throw new SiteException("No data to build from: give a snapshot folder (--data).");
            }

            catalogue = (options.LoadCatalogue ?? LoadCatalogue.FromSnapshot)(options.DataDir);
        }

        var now = (options.Now ?? catalogue.Snapshot.CapturedAt).ToUniversalTime();
        if (!DateBounds.Contains(now))
        {
            // Every window and zone conversion starts from "now": outside the range they overflow.
            throw new SiteException(options.Now is null
                ? $"The snapshot's capturedAt {now:yyyy-MM-dd'T'HH:mm:ss'Z'} is outside {DateBounds.Text}; give --now."
                : $"now {now:yyyy-MM-dd'T'HH:mm:ss'Z'} is outside {DateBounds.Text}.");
        }

        return new BuildContext
        {
            Catalogue = catalogue,
            Settings = settings,
            Now = now,
            Zone = SiteSettingsLoader.ResolveZone(settings.TimeZone),
        };
    }

    /// <summary><c>/changes/</c>; entries link to a title's page only when the site has one.</summary>
    private static PlannedPage ChangesPage(ScheduleChangeResult changes, BuildContext context, IReadOnlyList<ContentPage> content, HashSet<string> titlePages)
    {
        var views = PageViews.For(context.Settings, content);
        var view = views.Make(
            SiteUrls.Changes,
            "Schedule changes",
            "Airings added, moved or removed in Simkl's calendar between builds.",
            "changes") with { HasTimes = true };
        var model = Changes.ChangesPage.From(changes, context.Zone, titlePages.Contains);
        return PlannedPage.Of(new PagePlan(SiteUrls.File(SiteUrls.Changes), "changes", view, model));
    }

    /// <summary>The paths of the title pages: the site has one for every title in the catalogue.</summary>
    private static HashSet<string> TitlePages(BuildContext context) =>
        context.Catalogue.Titles.Values.Select(SiteUrls.Title).ToHashSet(StringComparer.Ordinal);

    /// <summary>What later stages need of the pages: their number, the paths the sitemap lists, their hashes.</summary>
    private sealed record RenderedPages(int Count, IReadOnlyList<string> Indexed, UnchangedPages Hashes);

    /// <summary>
    /// Plans the page set and renders it. Most pages' models are made inside the render loop, one
    /// page at a time (<see cref="PlannedPage"/>); only <see cref="RenderedPages"/> leaves this
    /// method, so the models made while planning can be collected before the feeds are made.
    /// </summary>
    private static RenderedPages PlanAndRenderPages(
        BuildOptions options,
        BuildContext context,
        SiteIndex index,
        IReadOnlyList<ContentPage> content,
        Task<(TrackScheduleChanges Tracker, ScheduleChangeResult Changes)> tracking,
        HashSet<string> titlePages,
        TemplateSet theme,
        AssetManifest assets,
        WriteSite writer,
        int parallelism,
        StageClock stages,
        IDisposable planning)
    {
        // What each day page must show is worked out from the catalogue alone, beside the planning.
        var verifying = Task.Run(() => new VerifyRenderedPages(context));
        var pageIndex = PageIndex.Build(context, index);
        stages.End("page index");
        var plan = PlanSite.Run(context, pageIndex, content);
        plan = plan with { Pages = [.. plan.Pages, ChangesPage(tracking.GetAwaiter().GetResult().Changes, context, content, titlePages)] };
        var site = SiteViewFactory.Create(context, content);
        var globals = new Dictionary<string, object?> { ["site"] = site };
        var renderer = new PageRenderer(theme, globals, assets.Url);
        stages.End("plan");

        planning.Dispose();
        var verify = verifying.GetAwaiter().GetResult();
        var pageRender = new UnchangedPages(writer.OutputDir, UnchangedPages.Key(options.ThemeDir, globals), context);
        using (var rendering = options.Progress.Begin("render pages", plan.Pages.Count, "pages"))
        {
            RenderPages(plan, renderer, verify, writer, pageRender, context.Zone, parallelism, rendering);
        }

        verify.AllDayPages(plan.Pages.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal));
        return new RenderedPages(plan.Pages.Count, [.. plan.Pages.Where(p => !p.NoIndex).Select(p => p.Path)], pageRender);
    }

    private static void RenderPages(SitePlan plan, PageRenderer renderer, VerifyRenderedPages verify, WriteSite writer, UnchangedPages pageRender, TimeZoneInfo zone, int parallelism, Progress.IProgressStage progress) =>
        Unwrapped(() => Parallel.ForEach(
            plan.Pages,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            planned =>
            {
                // A page whose model, layout, stamp and render key are those its file was
                // rendered from keeps its file (verified when it was rendered). Its model is
                // made here and dropped when the page is done.
                var page = planned.Make();
                if (!pageRender.TryKeep(page, writer, out var updated))
                {
                    using var rendered = renderer.RenderInPlace(page.OutputPath, page.Layout, page.Page, page.Model, page.BaseLayout, SiteViewFactory.Updated(updated, zone));
                    verify.Page(page.OutputPath, rendered.Html);
                    writer.AddText(page.OutputPath, rendered.Html);
                }

                progress.Advance();
            }));

    /// <summary>
    /// Runs the generators. Those of many files (the feeds) use every core; the others, a few files
    /// each, run one after another on one thread beside them, where they fill the core the feeds
    /// leave idle as their last files finish instead of running alone at the end of the build
    /// (docs/benchmarks.md, "Session 10 changes"). The files are the same either way: each
    /// generator's files are its own, and the writer takes them from any thread.
    /// </summary>
    private static void RunGenerators(IReadOnlyList<IOutputGenerator> generators, BuildContext context, SiteIndex index, int parallelism, WriteSite writer, Progress.IProgressStage progress)
    {
        var single = generators.Where(g => g is not IParallelOutputGenerator).ToList();
        var beside = Task.Run(() =>
        {
            foreach (var generator in single)
            {
                foreach (var file in generator.Generate(context, index))
                {
                    writer.Add(file);
                }
            }
        });

        try
        {
            foreach (var parallel in generators.OfType<IParallelOutputGenerator>())
            {
                Unwrapped(() => parallel.Generate(context, index, parallelism, writer.Add));
                progress.Advance();
            }
        }
        finally
        {
            // Never leave it writing into a build that has failed: wait for it either way
            // (WaitAny does not throw; when both fail, the feeds' error is the one reported).
            Task.WaitAny(beside);
        }

        Unwrapped(beside.Wait);
        progress.Advance(single.Count);
    }

    /// <summary>Runs a parallel loop; a failure is reported as the first real exception (a template error, an unsafe path), not as an aggregate.</summary>
    internal static void Unwrapped(Action loop)
    {
        try
        {
            loop();
        }
        catch (AggregateException e)
        {
            var first = e.Flatten().InnerExceptions.FirstOrDefault(x => x is SiteException) ?? e.Flatten().InnerExceptions[0];
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
        }
    }
}
