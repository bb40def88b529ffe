using System.Diagnostics;
using Site.Content.Alerts;
using Site.Content.Compliance;
using Site.Content.Files;
using Site.Content.Model;
using Site.Content.Settings;
using Site.Content.Sources;
using Site.Content.Templates;
using Site.Content.Views;
using Site.Engine.Diagnostics;
using Site.Engine.Files;
using Site.Engine.Output;
using Site.Engine.Pipelines;

namespace Site.Build;

/// <summary>
/// One build of the site: reads settings and theme, runs the pipelines, and, only when there is no error,
/// writes the new site beside the output folder and swaps it in. A failed build leaves the previous output as
/// it was. Every problem is a diagnostic; exceptions are left for bugs.
/// </summary>
public sealed class SiteBuild(BuildOptions options, TimeProvider clock)
{
    public async Task<BuildResult> RunAsync(IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var root = Path.GetFullPath(options.WorkingDirectory);
        string Display(string path) => Path.GetRelativePath(root, Path.GetFullPath(path, root)).Replace('\\', '/');
        var inputRoot = Path.GetFullPath(options.Input, root);
        var themeRoot = Path.GetFullPath(options.Theme, root);
        var reader = new SourceReader();

        foreach (var (folder, what) in new[] { (inputRoot, "input"), (themeRoot, "theme") })
        {
            if (!Directory.Exists(folder))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.FolderMissing, new SourceLocation(Display(folder)), $"the {what} folder does not exist; run the command from the repository root or pass --{what} DIR"));
            }
        }

        var outputRoot = Path.GetFullPath(options.Output, root);
        CheckOutputFolder(outputRoot, [(inputRoot, "input"), (themeRoot, "theme"), (root, "working")], Display, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Finish(diagnostics, [], [], default, stopwatch);
        }

        progress?.Report("reading settings and theme");
        var loaded = SiteSettingsLoader.Load(Path.Combine(inputRoot, SiteSettingsLoader.FileName), Display(Path.Combine(inputRoot, SiteSettingsLoader.FileName)), reader, diagnostics);
        var templates = ThemeTemplates.Load(themeRoot, Display, reader, diagnostics);
        if (loaded is not var (settings, zone) || !TryBaseUrl(settings, diagnostics, out var baseUrl))
        {
            return Finish(diagnostics, [], [], default, stopwatch);
        }

        var today = options.Today ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        var localNow = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime;
        var now = options.Today is { } day ? day.ToDateTime(TimeOnly.FromDateTime(localNow)) : localNow;
        var alerts = AlertSet.Load(Path.Combine(inputRoot, "alerts"), Display, reader, diagnostics);
        var loadedAlerts = alerts.Select(a => a.Value).ToDictionary(a => a.Id, StringComparer.Ordinal);
        if (options.Session is { } session && session.Today != today)
        {
            session.Clear();
            session.Today = today;
        }

        var assets = options.AssetsPath ?? "/assets/" + AssetVersion.Of(Path.Combine(themeRoot, "assets"));
        var build = new BuildContext(settings, baseUrl, options.Context, today, options.IncludeDrafts, inputRoot, Display, CreateSiteView(settings, baseUrl, inputRoot, today, options.Context, assets))
        {
            Now = now,
            Zone = zone,
            ShowPending = options.ShowPending && !options.WriteOutput,
            Alerts = AlertSet.Active(alerts.Select(a => a.Value), now, options.Context).Select(a => AlertBanner.From(a, zone, loadedAlerts)).ToList(),
        };

        progress?.Report("running pipelines");
        var runner = new PipelineRunner(new EngineOptions { Clock = clock, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, Memo = options.Session?.Memo });
        var result = await runner.RunAsync(SitePipelines.Create(build, templates, themeRoot, reader, options.CommentServerHandler), diagnostics, cancellationToken).ConfigureAwait(false);
        var excluded = options.Session is null ? FindExcluded(result) : [];
        var published = result.Published;
        var withdrawals = Withdrawal.From(result.Outputs.GetValueOrDefault(SitePipelines.Stories, []));
        var stories = options.Session is null ? StoryStatuses(result) : [];
        var removed = published.SelectMany(d => d.TryGet<RemovedReferences>(out var found) ? found.Items : []).ToList();
        BuildResult Done(IReadOnlyList<string> written) => Finish(diagnostics, written, excluded, today, stopwatch) with { Stories = stories, Withdrawals = withdrawals, RemovedReferences = removed };
        if (diagnostics.HasErrors || !OutputWriter.Validate(published, diagnostics))
        {
            return Done([]);
        }

        progress?.Report($"checking links, anchors and assets of {published.Length} files");
        var reportedGone = await LinkValidation.CheckAsync(published, withdrawals, baseUrl, options.MaxDegreeOfParallelism, diagnostics, cancellationToken, options.Session?.Links).ConfigureAwait(false);
        WithdrawalCheck.Check(published, withdrawals, baseUrl, reportedGone, diagnostics, options.Session);
        if (diagnostics.HasErrors)
        {
            return Done([]);
        }

        if (!options.WriteOutput)
        {
            return Done([]) with { Published = published };
        }

        progress?.Report($"writing {published.Length} files");
        var output = new OutputFolder(outputRoot);
        try
        {
            OutputWriter.Write(published, output.StagingPath, options.MaxDegreeOfParallelism, cancellationToken);
            output.Commit();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            output.Discard();
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.OutputWriteFailed, new SourceLocation(Display(output.FullPath)), $"the site could not be written: {exception.Message}; the previous output is unchanged"));
            return Done([]);
        }
        catch
        {
            output.Discard();
            throw;
        }

        return Done(published.Select(d => d.OutputPath!).ToList());
    }

    private static List<StoryStatus> StoryStatuses(RunResult result)
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
                    { Publishable: false } => (decision.Status, decision.Reason),
                    _ when live.Contains(d.Id) => (ConsentDecision.Published, decision.Reason),
                    _ when story.Draft => ("draft", "draft: true (build with --drafts to include it)"),
                    _ => ("error", "not published because of an error above"),
                };
                return new StoryStatus(d.SourcePath!, story.Id, story.Title, parsed.Url, status, reason, story.Consent.AuthorizationId, story.Consent.Expires, story.Review.ReviewedOn, story.Review.NextReview, story.PhiExceptions);
            })
            .OrderBy(s => s.Source, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The output folder is replaced as a whole, so it must never be, hold or sit inside the input or theme folder,
    /// and never be the working folder or one of its parents: a typo in --output must not delete anyone's work.
    /// </summary>
    private static void CheckOutputFolder(string output, (string Folder, string Name)[] protectedFolders, Func<string, string> display, DiagnosticBag diagnostics)
    {
        static bool Inside(string path, string folder) =>
            path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

        foreach (var (folder, name) in protectedFolders)
        {
            var clash = output == folder || Inside(folder, output) || (name != "working" && Inside(output, folder));
            if (clash)
            {
                diagnostics.Report(Diagnostic.Error(
                    DiagnosticCodes.OutputFolderUnsafe,
                    new SourceLocation("--output"),
                    $"the output folder '{display(output)}' overlaps the {name} folder; it is replaced on every build, so choose a separate folder such as 'output'"));
                return;
            }
        }
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
            Noindex: context != DeployContext.Production,
            today.Year);
    }

    private static List<ExcludedContent> FindExcluded(RunResult result)
    {
        if (!result.Outputs.TryGetValue(SitePipelines.Content, out var kept))
        {
            return [];
        }

        var keptIds = kept.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return result.Outputs
            .Where(o => o.Key is "stories" or "articles" or "events" or "plain-pages")
            .SelectMany(o => o.Value)
            .Where(d => !keptIds.Contains(d.Id) && d.Get<ParsedContent>().FrontMatter.Draft)
            .Select(d => new ExcludedContent(d.SourcePath!, "draft: true (build with --drafts to include it)"))
            .OrderBy(e => e.Source, StringComparer.Ordinal)
            .ToList();
    }

    private static BuildResult Finish(DiagnosticBag diagnostics, IReadOnlyList<string> written, IReadOnlyList<ExcludedContent> excluded, DateOnly today, Stopwatch stopwatch) =>
        new(diagnostics.ToSortedList(), written, excluded, today, stopwatch.Elapsed);
}
