using System.Diagnostics;
using Site.Build.Cache;
using Site.Content.Alerts;
using Site.Content.Builds;
using Site.Content.Compliance;
using Site.Content.Files;
using Site.Content.Formats;
using Site.Content.Images;
using Site.Content.Model;
using Site.Content.Pages;
using Site.Content.Settings;
using Site.Content.Sources;
using Site.Content.Takedown;
using Site.Content.Templates;
using Site.Content.Views;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Files;
using Site.Engine.Output;
using Site.Engine.Pipelines;

namespace Site.Build;

/// <summary>
/// One build of the site, in three steps: the settings (site.yml, the theme, the alerts) are read by the engine's
/// settings pipelines; the site's pipelines make and check the site in one run (the last of them is the validate
/// stage); and, only when there is no error, the new site is written beside the output folder and swapped in. A
/// failed build leaves the previous output as it was. Every problem is a diagnostic; exceptions are left for bugs.
/// </summary>
public sealed class SiteBuild(BuildOptions options, TimeProvider clock)
{
    public async Task<BuildResult> RunAsync(IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var folders = Folders.Of(options);
        if (!folders.Check(diagnostics))
        {
            return Finish(diagnostics, [], [], default, stopwatch);
        }

        using var output = options.WriteOutput ? Lock(folders, diagnostics) : null;
        if (options.WriteOutput && output is null)
        {
            return Finish(diagnostics, [], [], default, stopwatch);
        }

        Forget(folders);
        progress?.Report("reading settings and theme");
        if (await TimedAsync("settings", () => LoadSettingsAsync(folders, diagnostics, cancellationToken)).ConfigureAwait(false) is not var (build, templates))
        {
            return Finish(diagnostics, [], [], default, stopwatch);
        }

        var cache = await TimedAsync("cache", () => Task.FromResult(OpenCache(folders, build))).ConfigureAwait(false);
        if (cache?.Replay is { } cached)
        {
            return cached.Result.ToResult(stopwatch.Elapsed) with { ReplayedFrom = folders.Display(Path.GetFullPath(options.BuildCache!, folders.Root)) };
        }

        var scans = OpenScans(folders, build, out var scansNote);

        progress?.Report("running pipelines and checking the site");
        // A build that writes its site writes each page as soon as it is final and holds no page's HTML after that; a
        // build that fails deletes what was written (the staging folder), and the live output stays as it was.
        var early = options.WriteOutput && options.Session is null ? new EarlyWriter(output!.StagingPath, output.FullPath) : null;
        RunResult result;
        try
        {
            result = await TimedAsync("pipelines", () => RunPipelinesAsync(build, templates, folders, scans, early, diagnostics, cancellationToken)).ConfigureAwait(false);
        }
        catch
        {
            output?.Discard();
            throw;
        }

        var withdrawals = result.Outputs.GetValueOrDefault(SitePipelines.Withdrawals, []) is [var found, ..] ? found.Get<Withdrawals>().Items : [];
        var published = result.Published;
        var done = Finish(diagnostics, [], options.Session is null ? FindExcluded(result, build.Today) : [], build.Today, stopwatch) with
        {
            Stories = options.Session is null ? StoryStatuses(result, build.Today) : [],
            Withdrawals = withdrawals,
            RemovedReferences = published.SelectMany(d => d.TryGet<RemovedReferences>(out var found) ? found.Items : []).ToList(),
            Photos = build.Images.Counts,
            ShareImages = build.Shares.Counts,
            CacheNote = (cache?.Note, scansNote) switch
            {
                ({ } note, { } other) => note with { Message = $"{note.Message}; and {other.Message}" },
                (var note, var other) => note ?? other,
            },
            PageScans = scans?.Counts.FromCache ?? 0,
        };
        if (diagnostics.HasErrors)
        {
            output?.Discard();
            return done with { Diagnostics = diagnostics.ToSortedList() };
        }

        if (!options.WriteOutput)
        {
            return done with { Diagnostics = diagnostics.ToSortedList(), Published = published };
        }

        progress?.Report($"writing {published.Length} files");
        var search = build.SearchIndex ? new SearchStep(options.Pagefind!, folders.Display(options.Pagefind!), progress) : null;
        var (written, index) = await TimedAsync("write", () => WriteAsync(published, folders, output!, options.MaxDegreeOfParallelism, search, diagnostics, cancellationToken)).ConfigureAwait(false);
        if (written is null)
        {
            return done with { Diagnostics = diagnostics.ToSortedList(), Elapsed = stopwatch.Elapsed };
        }

        // The time a build reports includes writing the site (and the search index), as the wall clock does.
        var succeeded = done with { Diagnostics = diagnostics.ToSortedList(), Written = written, SearchIndex = index, Elapsed = stopwatch.Elapsed };
        cache?.Save(succeeded, result, build);
        scans?.Save();
        return succeeded;
    }

    /// <summary>The build cache (<see cref="BuildOptions.BuildCache"/>) of a build that writes its output; null without one.</summary>
    private BuildCache? OpenCache(Folders folders, BuildContext build)
    {
        if (options.BuildCache is not { Length: > 0 } cache || !options.WriteOutput || options.Session is not null)
        {
            return null;
        }

        var cacheFolders = new BuildCacheFolders(folders.Root, folders.Input, folders.Theme, folders.Output, Path.GetFullPath(cache, folders.Root), folders.Display);
        return BuildCache.Open(options, cacheFolders, build);
    }

    /// <summary>The Pagefind binary to index the new site with, as found before the run.</summary>
    private sealed record SearchStep(string Binary, string Shown, IProgress<string>? Progress);

    /// <summary>
    /// Whether this build makes a search index: only a build that writes its output and was given a Pagefind binary
    /// that exists. A binary given but missing is one warning (SG1030), or an error when the build requires search
    /// (SG1032), saying what to run to get it.
    /// </summary>
    private bool SearchIndexWanted(Folders folders, DiagnosticBag diagnostics)
    {
        if (!options.WriteOutput || options.Pagefind is not { } binary)
        {
            return false;
        }

        var full = Path.GetFullPath(binary, folders.Root);
        if (File.Exists(full))
        {
            return true;
        }

        var shown = folders.Display(full);
        var install = $"install it with `npm ci` in {SearchIndexer.ToolFolder} (needs Node.js and npm)";
        if (options.SearchRequired)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.SearchIndexerRequired, new SourceLocation(shown), $"the search indexer Pagefind is required (--search required) but is not installed at {shown}; {install}"));
        }
        else
        {
            diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.SearchIndexerMissing, new SourceLocation(shown), $"the search indexer Pagefind is not installed at {shown}, so the site has no search index and /search/ says search is unavailable; {install} to get search"));
        }

        return false;
    }

    /// <summary>Settings: site.yml, the theme's templates and the alert files, each read by a pipeline of the engine.</summary>
    private async Task<(BuildContext Build, ThemeTemplates Templates)?> LoadSettingsAsync(Folders folders, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var reader = new SourceReader();
        var settingsFile = Path.Combine(folders.Input, SiteSettingsLoader.FileName);
        IReadOnlyList<Pipeline> pipelines =
        [
            new Pipeline("settings").Then(new LoadSettings(settingsFile, folders.Display(settingsFile), reader)),
            new Pipeline("theme").Then(new LoadTheme(folders.Theme, folders.Display, reader)),
            new Pipeline("alerts").Then(new LoadAlerts(Path.Combine(folders.Input, "alerts"), folders.Display, reader)),
            new Pipeline("sources").Then(new CheckSourceTree(folders.Input, folders.Theme, folders.Display)),
        ];
        var loaded = await Runner().RunAsync(pipelines, diagnostics, cancellationToken).ConfigureAwait(false);
        var templates = loaded.Outputs["theme"].Single().Get<ThemeTemplates>();
        if (loaded.Outputs["settings"].SingleOrDefault()?.Get<LoadedSettings>() is not var (settings, zone) || !TryBaseUrl(settings, diagnostics, out var baseUrl))
        {
            return null;
        }

        var alerts = loaded.Outputs["alerts"].Single().Get<LoadedAlerts>().Alerts;
        var localNow = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime;
        var today = options.Today ?? DateOnly.FromDateTime(localNow);
        var now = options.Today is { } day ? day.ToDateTime(TimeOnly.FromDateTime(localNow)) : localNow;
        if (options.Session is { } session && session.Today != today)
        {
            session.Clear();
            session.Today = today;
        }

        // Only the search check's own error (SG1032) stops here; other errors of the theme or content are all
        // reported by the run, so that one build shows every one of them.
        var errorsBefore = diagnostics.ErrorCount;
        var searchIndex = SearchIndexWanted(folders, diagnostics);
        if (diagnostics.ErrorCount > errorsBefore)
        {
            return null;
        }

        var byId = alerts.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var assets = options.AssetsPath ?? "/assets/" + AssetVersion.Of(Path.Combine(folders.Theme, "assets"));
        var imageCache = options.ImageCache is null ? null : Path.GetFullPath(options.ImageCache, options.WorkingDirectory);
        var shares = new ShareImages(Path.Combine(folders.Input, "media"), ShareLook.FromTheme(folders.Theme), imageCache, settings.Title, settings.Organization.Name)
        {
            FontShownAs = folders.Display(Path.Combine(folders.Theme, ShareLook.FontFile)),
        };
        var site = CreateSiteView(settings, baseUrl, folders.Input, today, options.Context, assets) with { ShareImage = SharePlanner.DefaultView(shares, baseUrl, settings.Organization.Name) };
        var build = new BuildContext(settings, baseUrl, options.Context, today, options.IncludeDrafts, folders.Input, folders.Display, site)
        {
            Now = now,
            Zone = zone,
            ShowPending = options.ShowPending && !options.WriteOutput,
            Alerts = AlertSet.Active(alerts, now, options.Context).Select(a => AlertBanner.From(a, zone, byId, settings.Organization.PhoneRegion)).ToList(),
            SearchIndex = searchIndex,
            Images = new ImageCatalog(Path.Combine(folders.Input, "media"), settings.EffectiveImages, imageCache),
            Shares = shares,
        };
        return (build, templates);
    }

    /// <summary>Run: every pipeline of the site, the validate stage last, in one run of the engine.</summary>
    private Task<RunResult> RunPipelinesAsync(BuildContext build, ThemeTemplates templates, Folders folders, PageScanCache? scans, EarlyWriter? early, DiagnosticBag diagnostics, CancellationToken cancellationToken) =>
        Runner(early).RunAsync(SitePipelines.Create(build, templates, folders.Theme, new SourceReader(), options.CommentServerHandler, scans), diagnostics, cancellationToken);

    /// <summary>
    /// The scans of clean pages kept in the build cache (<see cref="PageScanCache"/>), for a build that writes its
    /// output with a build cache; null without one. <paramref name="note"/> says why a kept file was not used.
    /// </summary>
    private PageScanCache? OpenScans(Folders folders, BuildContext build, out Diagnostic? note)
    {
        note = null;
        if (options.BuildCache is not { Length: > 0 } cache || !options.WriteOutput || options.Session is not null)
        {
            return null;
        }

        var file = Path.Combine(Path.GetFullPath(cache, folders.Root), "page-scans.bin");
        var settings = $"{build.BaseUrl}\n{string.Join(',', build.Settings.LinkSchemes ?? [])}";
        var scans = PageScanCache.Open(file, BuildCacheKey.GeneratorVersion, settings, out var problem);
        if (problem is not null)
        {
            note = new Diagnostic(DiagnosticCodes.BuildCacheNotUsed, Severity.Info, $"the kept page checks {folders.Display(file)} were not used: {problem}; every page is checked, and the next successful build writes a new file", new SourceLocation(folders.Display(file)));
        }

        return scans;
    }

    /// <summary>
    /// The output folder's lock, taken before anything is read, so that a second build on the same folder stops at once
    /// (SG1025) rather than mixing its files into the first one's.
    /// </summary>
    private static OutputFolder? Lock(Folders folders, DiagnosticBag diagnostics)
    {
        var at = new SourceLocation(folders.Display(folders.Output));
        try
        {
            return OutputFolder.Lock(folders.Output);
        }
        catch (OutputLockedException)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.OutputLocked, at, $"another build is writing {folders.Display(folders.Output)}/ right now (it holds {folders.Display(folders.Output)}.lock); wait for it to finish, then build again"));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.OutputWriteFailed, at, $"the output folder's lock file {folders.Display(folders.Output)}.lock cannot be made: {exception.Message}; nothing was built, and {folders.Display(folders.Output)}/ is unchanged"));
        }

        return null;
    }

    /// <summary>
    /// Write: the new site beside the output folder, swapped in whole. On a failure to write (a full disk, a path too
    /// long, no permission) the staging folder is deleted and the output folder is exactly as it was; the message names
    /// the file, and the story or page that made it. If the previous site cannot be deleted after the swap, the build
    /// still succeeds and a warning says the new site is live and where the old one was left.
    /// </summary>
    private static async Task<(IReadOnlyList<string>? Written, SearchIndexer.Outcome? Index)> WriteAsync(IReadOnlyList<Document> published, Folders folders, OutputFolder output, int parallelism, SearchStep? search, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var shown = folders.Display(output.FullPath);
        SearchIndexer.Outcome? index = null;
        try
        {
            // A file whose bytes are those of the live output's file is a hard link to it, not written again.
            OutputWriter.Write(published, output.StagingPath, output.FullPath, parallelism, cancellationToken);

            // The search index is made from the new site before it is swapped in: a failure leaves the previous output.
            if (search is not null)
            {
                search.Progress?.Report("indexing the site for search (Pagefind)");
                index = await SearchIndexer.RunAsync(Path.GetFullPath(search.Binary, folders.Root), output.StagingPath, search.Shown, shown, diagnostics, SearchIndexer.Timeout, cancellationToken).ConfigureAwait(false);
                if (!index.Succeeded)
                {
                    output.Discard();
                    return (null, null);
                }

                OutputWriter.KeepUnchanged(Path.Combine(output.StagingPath, SearchIndexer.OutputFolder), Path.Combine(output.FullPath, SearchIndexer.OutputFolder));
            }
        }
        catch (OutputWriteException exception)
        {
            output.Discard();
            var at = new SourceLocation(exception.SourcePath ?? shown);
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.OutputWriteFailed, at, $"the new site could not be written: {exception.Message} (writing {shown}/{exception.OutputPath}); {shown}/ is unchanged"));
            return (null, null);
        }
        catch
        {
            output.Discard();
            throw;
        }

        OutputFolder.Swap swap;
        try
        {
            swap = output.Commit();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            output.Discard();
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.OutputWriteFailed, new SourceLocation(shown), $"the new site could not be put in place of {shown}/: {exception.Message}; {shown}/ is unchanged"));
            return (null, null);
        }

        if (swap == OutputFolder.Swap.PreviousLeft)
        {
            diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.OutputWriteFailed, new SourceLocation(shown), $"the new site is in {shown}/, but the previous one could not be deleted and is left in {folders.Display(output.StagingPath)}; the next build removes it (check the folders' permissions)"));
        }

        return (published.Select(d => d.OutputPath!).ToList(), index);
    }

    private PipelineRunner Runner(EarlyWriter? early = null) =>
        new(new EngineOptions { Clock = clock, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, Memo = options.Session?.Memo, Timings = options.Timings, Finish = early is null ? null : early.Write });

    /// <summary>Runs one stage of the build, timed when the build records timings.</summary>
    private Task<T> TimedAsync<T>(string stage, Func<Task<T>> action) =>
        options.Timings is { } timings ? timings.StageAsync(stage, action) : action();

    /// <summary>Makes the session's memory forget the files reported changed since its last build.</summary>
    private void Forget(Folders folders)
    {
        if (options.Session is not { } session)
        {
            return;
        }

        foreach (var path in session.TakeChanged())
        {
            var display = folders.Display(path);
            session.Memo.Forget(display);
            session.Memo.ForgetUnder(display.TrimEnd('/') + "/");
        }
    }

    private static List<StoryStatus> StoryStatuses(RunResult result, DateOnly today)
    {
        var live = result.Outputs.GetValueOrDefault(SitePipelines.Content, []).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return result.Outputs.GetValueOrDefault(SitePipelines.Stories, [])
            .Select(d =>
            {
                var parsed = d.Get<ParsedContent>();
                var story = (StoryFrontMatter)parsed.FrontMatter;
                var decision = d.TryGet<ConsentDecision>(out var found) ? found : CheckCompliance.Decide(story.Consent, DateOnly.MaxValue);
                var (status, reason) = decision switch
                {
                    _ when ContentFailed.Is(d) => ("error", "not published because of an error above"),
                    { Publishable: false } => (decision.Status, decision.Reason),
                    _ when live.Contains(d.Id) => (ConsentDecision.Published, decision.Reason),
                    _ when story.Draft => (ExcludedContent.DraftStatus, "draft: true (build with --drafts to include it)"),
                    _ when CheckContent.IsScheduled(story, today) => (ExcludedContent.ScheduledStatus, $"scheduled: published on {Dates.Iso(story.Date)}"),
                    _ => ("error", "not published because of an error above"),
                };
                return new StoryStatus(d.SourcePath!, story.Id, story.Title, parsed.Url, status, reason, story.Consent.AuthorizationId, story.Consent.Expires, story.Review.ReviewedOn, story.Review.NextReview, story.PhiExceptions);
            })
            .OrderBy(s => s.Source, StringComparer.Ordinal)
            .ToList();
    }

    private bool TryBaseUrl(SiteSettings settings, DiagnosticBag diagnostics, out string baseUrl)
    {
        baseUrl = (options.BaseUrl ?? settings.BaseUrl).TrimEnd('/');
        if (options.BaseUrl is not null && (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, new SourceLocation("--base-url"), $"--base-url must be an absolute http or https address; found '{options.BaseUrl}'"));
            return false;
        }

        return true;
    }

    private static SiteView CreateSiteView(SiteSettings settings, string baseUrl, string inputRoot, DateOnly today, DeployContext context, string assets)
    {
        var footer = new (string Slug, string Title)[] { ("about", "About"), ("accessibility", "Accessibility"), ("privacy", "Privacy") }
            .Where(p => File.Exists(Path.Combine(inputRoot, "pages", p.Slug + ".md")))
            .Select(p => new LinkView(p.Title, $"/{p.Slug}/"))
            .Append(new LinkView("All tags", "/tags/"))
            .ToList();
        var organization = settings.Organization;
        return new SiteView(
            settings.Title,
            settings.Description,
            baseUrl,
            settings.Language,
            organization.Name,
            organization.Address,
            organization.Phone,
            settings.Nav.Select(n => new LinkView(n.Title, n.Url)).ToList(),
            settings.ServiceLines.Select(s => new LinkView(s.Name, $"/services/{s.Slug}/")).ToList(),
            footer,
            "/feed.xml",
            assets,
            Noindex: DeployContexts.Noindex(context),
            today.Year)
        {
            Brand = BrandViewOf(settings, inputRoot),
            Phone = Phones.Format(organization.Phone, organization.PhoneRegion) is { } phone ? new PhoneView(phone.Text, phone.Tel) : new PhoneView(organization.Phone, null),
            LanguageAssistance = PlanLanguageAssistancePage.ViewOf(settings),
        };
    }

    /// <summary>The brand of site.yml as templates see it; the loader has checked its addresses and the logo's file.</summary>
    private static BrandView BrandViewOf(SiteSettings settings, string inputRoot)
    {
        var brand = settings.EffectiveBrand;
        LogoView? logo = null;
        if (brand.Logo is { } url)
        {
            var file = Path.Combine(inputRoot, url.TrimStart('/').Replace('/', Path.DirectorySeparatorChar));
            var size = url.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) && File.Exists(file) ? SvgCheck.Check(File.ReadAllText(file)) : null;
            logo = new LogoView(url, settings.Organization.Name, size?.Width, size?.Height);
        }

        return new BrandView(
            logo,
            brand.MainSite is { } main ? new LinkView(main.Title, main.Url) : null,
            brand.CallToAction is { } action ? new LinkView(action.Title, action.Url) : null,
            (brand.Social ?? []).Select(s => new SocialLinkView(s.Network, SocialNetworks.NameOf(s.Network), s.Url)).ToList());
    }

    /// <summary>
    /// The content files left out of the site without an error: drafts (unless the build includes them) and content
    /// scheduled for a later day, in file order. A file that is both is a draft: its day alone would not publish it.
    /// </summary>
    private static List<ExcludedContent> FindExcluded(RunResult result, DateOnly today)
    {
        if (!result.Outputs.TryGetValue(SitePipelines.Content, out var kept))
        {
            return [];
        }

        var keptIds = kept.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return result.Outputs
            .Where(o => ContentKinds.All.Any(k => k.Pipeline == o.Key))
            .SelectMany(o => o.Value)
            .Where(d => !keptIds.Contains(d.Id) && !ContentFailed.Is(d))
            .Select(d => d.Get<ParsedContent>() is var parsed && parsed.FrontMatter.Draft
                ? new ExcludedContent(d.SourcePath!, "draft: true (build with --drafts to include it)") { Kind = parsed.Kind, Url = parsed.Url }
                : CheckContent.IsScheduled(parsed.FrontMatter, today) && (!d.TryGet<ConsentDecision>(out var consent) || consent.Publishable)
                    ? new ExcludedContent(d.SourcePath!, $"scheduled: 'date' is {Dates.Iso(parsed.FrontMatter.Date!.Value)}, after today; the first build on or after that day publishes it") { Kind = parsed.Kind, Url = parsed.Url, Status = ExcludedContent.ScheduledStatus, PublishOn = parsed.FrontMatter.Date }
                    : null)
            .OfType<ExcludedContent>()
            .OrderBy(e => e.Source, StringComparer.Ordinal)
            .ToList();
    }

    private static BuildResult Finish(DiagnosticBag diagnostics, IReadOnlyList<string> written, IReadOnlyList<ExcludedContent> excluded, DateOnly today, Stopwatch stopwatch) =>
        new(diagnostics.ToSortedList(), written, excluded, today, stopwatch.Elapsed);

    /// <summary>The folders of a build, resolved against the working folder, and how paths are shown in messages.</summary>
    private sealed record Folders(string Root, string Input, string Theme, string Output)
    {
        public static Folders Of(BuildOptions options)
        {
            var root = Path.GetFullPath(options.WorkingDirectory);
            return new Folders(root, Path.GetFullPath(options.Input, root), Path.GetFullPath(options.Theme, root), Path.GetFullPath(options.Output, root));
        }

        public string Display(string path) => Path.GetRelativePath(Root, Path.GetFullPath(path, Root)).Replace('\\', '/');

        /// <summary>
        /// The input and theme folders must exist, and the output folder, replaced as a whole on every build, must never
        /// be, hold or sit inside the input or theme folder, nor be the working folder or one of its parents: a typo in
        /// --output must not delete anyone's work.
        /// </summary>
        public bool Check(DiagnosticBag diagnostics)
        {
            foreach (var (folder, what) in new[] { (Input, "input"), (Theme, "theme") })
            {
                if (!Directory.Exists(folder))
                {
                    diagnostics.Report(Diagnostic.Error(DiagnosticCodes.FolderMissing, new SourceLocation(Display(folder)), $"the {what} folder does not exist; run the command from the repository root or pass --{what} DIR"));
                }
            }

            static bool Inside(string path, string folder) =>
                path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

            foreach (var (folder, name) in new[] { (Input, "input"), (Theme, "theme"), (Root, "working") })
            {
                if (Output == folder || Inside(folder, Output) || (name != "working" && Inside(Output, folder)))
                {
                    diagnostics.Report(Diagnostic.Error(
                        DiagnosticCodes.OutputFolderUnsafe,
                        new SourceLocation("--output"),
                        $"the output folder '{Display(Output)}' overlaps the {name} folder; it is replaced on every build, so choose a separate folder such as 'output'"));
                    break;
                }
            }

            return !diagnostics.HasErrors;
        }
    }
}
