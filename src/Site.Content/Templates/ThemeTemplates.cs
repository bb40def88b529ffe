using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using Site.Content.Views;
using Site.Engine.Diagnostics;
using Site.Engine.Files;

namespace Site.Content.Templates;

/// <summary>
/// The theme's Liquid templates, each read and parsed once: <c>layouts/*.liquid</c> (a page is rendered with
/// its layout, then wrapped in <c>layouts/base.liquid</c> with the result as <c>content</c>) and
/// <c>partials/*.liquid</c> for <c>{% include 'name' %}</c>. Templates see only view-model records, with
/// snake_case member names; using a variable or member that does not exist is an error naming the template
/// and line. Thread-safe once loaded.
/// </summary>
public sealed partial class ThemeTemplates
{
    public const string BaseLayout = "base";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });

    private readonly Dictionary<string, TemplateSource> layouts;
    private readonly IReadOnlySet<string> brokenLayouts;
    private readonly IReadOnlyList<TemplateSource> partials;
    /// <summary>The most statements one page's templates may run (listings are paged, so a page needs far fewer).</summary>
    public const int MaxTemplateSteps = 1_000_000;

    /// <summary>The most numbers a literal range such as (1..10) may hold.</summary>
    public const long MaxRange = 100_000;

    private readonly TemplateOptions options;
    private readonly string partialsVersion;
    private readonly ConcurrentDictionary<string, string> versions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Template, string Name), bool> reportedUndefined = new();

    private ThemeTemplates(Dictionary<string, TemplateSource> layouts, IReadOnlySet<string> brokenLayouts, IReadOnlyList<TemplateSource> partials)
    {
        this.layouts = layouts;
        this.brokenLayouts = brokenLayouts;
        this.partials = partials;
        partialsVersion = string.Join(",", partials.Select(p => $"{p.Name}:{p.Text.Length:x}.{p.Text.GetHashCode():x}"));
        options = new TemplateOptions
        {
            FileProvider = new PartialFileProvider(partials.ToDictionary(p => p.Name + ".liquid", p => p.Text, StringComparer.Ordinal)),

            // A template that loops without end (or a billion times) stops with SG2023 instead of filling the memory.
            MaxSteps = MaxTemplateSteps,
        };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        foreach (var type in ViewTypes)
        {
            options.MemberAccessStrategy.Register(type);
        }
    }

    /// <summary>
    /// A key that changes when anything a page of this layout is rendered with changes: the layout, the base shell or
    /// any partial. A preview re-renders only the pages whose layout's key changed.
    /// </summary>
    public string VersionOf(string layout) =>
        versions.GetOrAdd(layout, name =>
        {
            static string Of(TemplateSource? source) => source is null ? "-" : $"{source.Text.Length:x}.{source.Text.GetHashCode():x}";
            return $"{Of(layouts.GetValueOrDefault(name))}/{Of(layouts.GetValueOrDefault(BaseLayout))}/{partialsVersion}";
        });

    public IEnumerable<string> LayoutNames => layouts.Keys.Where(k => k != BaseLayout).Order(StringComparer.Ordinal);

    private static IEnumerable<Type> ViewTypes =>
    [
        typeof(LayoutModel), typeof(SiteView), typeof(PageView), typeof(LinkView), typeof(ImageView), typeof(ReviewView),
        typeof(EventView), typeof(EntryView), typeof(ListView), typeof(PaginationView), typeof(CommentsView), typeof(DataAttributeView), typeof(VotesView), typeof(AlertView), typeof(VideoView), typeof(GalleryPhotoView),
        typeof(BrandView), typeof(LogoView), typeof(SocialLinkView), typeof(PhoneView),
        typeof(ShareImageView), typeof(ShareLinksView),
        typeof(LanguageAssistanceView), typeof(TaglineView), typeof(TranslationView),
    ];

    /// <summary>Reads and parses every template of the theme, reporting each syntax error at its line.</summary>
    public static ThemeTemplates Load(string themeRoot, Func<string, string> displayPath, SourceReader reader, DiagnosticBag diagnostics)
    {
        var layouts = new Dictionary<string, TemplateSource>(StringComparer.Ordinal);
        var broken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, source) in ParseFolder(Path.Combine(themeRoot, "layouts"), displayPath, reader, diagnostics))
        {
            if (source is null)
            {
                broken.Add(name);
            }
            else
            {
                layouts[name] = source;
            }
        }

        var parsed = ParseFolder(Path.Combine(themeRoot, "partials"), displayPath, reader, diagnostics).ToList();
        var partials = parsed.Select(p => p.Source).OfType<TemplateSource>().ToList();
        if (!layouts.ContainsKey(BaseLayout) && !broken.Contains(BaseLayout) && Directory.Exists(themeRoot))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.LayoutNotFound, new SourceLocation(displayPath(Path.Combine(themeRoot, "layouts"))), "the theme has no layouts/base.liquid, the page shell every layout is wrapped in"));
        }

        return new ThemeTemplates(layouts, broken, partials) { Whole = broken.Count == 0 && partials.Count == parsed.Count };
    }

    /// <summary>Whether every layout and partial of the theme parsed (a page may include any partial).</summary>
    public bool Whole { get; private init; } = true;

    public bool HasLayout(string name) => name != BaseLayout && layouts.ContainsKey(name);

    /// <summary>Whether the layout exists but could not be parsed (its error is already reported).</summary>
    public bool IsBroken(string name) => brokenLayouts.Contains(name) || (brokenLayouts.Contains(BaseLayout) && layouts.ContainsKey(name));

    /// <summary>Renders a page with its layout and the base shell; returns null after reporting an error.</summary>
    /// <param name="layout">The layout's name (its file name without .liquid).</param>
    /// <param name="model">What the templates may read.</param>
    /// <param name="via">The content file the page comes from, named in template errors.</param>
    /// <param name="diagnostics">Where errors are reported.</param>
    public string? Render(string layout, LayoutModel model, SourceLocation via, DiagnosticBag diagnostics)
    {
        if (IsBroken(layout))
        {
            return null;
        }

        if (!layouts.TryGetValue(layout, out var inner) || !layouts.TryGetValue(BaseLayout, out var shell))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.LayoutNotFound, via, $"layout '{layout}' not found in the theme (available: {string.Join(", ", LayoutNames)})"));
            return null;
        }

        var content = RenderOne(inner, model, content: null, via, diagnostics);
        return content is null ? null : RenderOne(shell, model, content, via, diagnostics);
    }

    private string? RenderOne(TemplateSource source, LayoutModel model, string? content, SourceLocation via, DiagnosticBag diagnostics)
    {
        var undefined = new List<string>();
        var context = new TemplateContext(options)
        {
            Undefined = name =>
            {
                undefined.Add(name);
                return ValueTask.FromResult<FluidValue>(NilValue.Instance);
            },
        };
        context.SetValue("site", model.Site);
        context.SetValue("page", model.Page);
        if (content is not null)
        {
            context.SetValue("content", content);
        }

        string html;
        try
        {
            html = source.Template.Render(context, Encoder);
        }
        catch (FileNotFoundException missing)
        {
            // {% include 'name' %} of a partial that does not exist.
            var name = missing.Message.Trim();
            var at = source.Text.IndexOf($"'{name}'", StringComparison.Ordinal) is var i and >= 0 ? i : source.Text.IndexOf($"\"{name}\"", StringComparison.Ordinal);
            var line = at < 0 ? 1 : 1 + source.Text.AsSpan(0, at).Count('\n');
            var column = at < 0 ? 1 : at - (source.Text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1) + 1;
            var available = string.Join(", ", partials.Select(p => p.Name).Order(StringComparer.Ordinal));
            if (reportedUndefined.TryAdd((source.Name, "include " + name), true))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.TemplateRender, new SourceLocation(source.DisplayPath, line, column), $"the partial '{name}' does not exist: add theme/partials/{name}.liquid or include one of {available}"));
            }

            return null;
        }
        catch (Exception exception) when (exception is FluidException or InvalidOperationException or ArgumentException or ParseException)
        {
            var error = TemplateErrors.FromParseError(source.DisplayPath, exception.Message);
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.TemplateRender, error.Location, $"the template failed while rendering: {exception.Message.Split('\n')[0]}", via));
            return null;
        }
        catch (OutOfMemoryException)
        {
            // A range such as (1..1000000000) is made into one array at once; that single allocation failing leaves the
            // rest of the build sound, so it is the template's error, not a crash.
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.TemplateRender, new SourceLocation(source.DisplayPath), "the template asked for more memory than there is (a loop over a huge range, or a string built without end); loop over the site's own lists instead", via));
            return null;
        }

        foreach (var name in undefined.Distinct(StringComparer.Ordinal))
        {
            ReportUndefined(source, name, via, diagnostics);
        }

        return undefined.Count == 0 ? html : null;
    }

    private void ReportUndefined(TemplateSource source, string name, SourceLocation via, DiagnosticBag diagnostics)
    {
        var location = TemplateErrors.FindUse(source.DisplayPath, source.Text, name);
        var owner = source;
        foreach (var partial in partials)
        {
            if (location is not null)
            {
                break;
            }

            location = TemplateErrors.FindUse(partial.DisplayPath, partial.Text, name);
            owner = partial;
        }

        // One error per template and name: the same mistake on 4,000 pages is one thing to fix.
        if (reportedUndefined.TryAdd((owner.Name, name), true))
        {
            diagnostics.Report(Diagnostic.Error(
                DiagnosticCodes.TemplateUndefined,
                location ?? new SourceLocation(source.DisplayPath),
                $"'{name}' is not defined; templates can use site.*, page.* and content (see the theme reference in README.md)",
                via));
        }
    }

    private static IEnumerable<(string Name, TemplateSource? Source)> ParseFolder(string folder, Func<string, string> displayPath, SourceReader reader, DiagnosticBag diagnostics)
    {
        foreach (var file in SourceTree.Files(folder).Where(e => !e.RelativePath.Contains('/') && e.RelativePath.EndsWith(".liquid", StringComparison.Ordinal)).Select(e => e.FullPath))
        {
            var display = displayPath(file);
            var name = Path.GetFileNameWithoutExtension(file);
            var text = reader.Read(file, display, diagnostics);
            if (text is null)
            {
                yield return (name, null);
                continue;
            }

            if (!Parser.TryParse(text.Text, out var template, out var error))
            {
                diagnostics.Report(TemplateErrors.FromParseError(display, error));
                yield return (name, null);
                continue;
            }

            if (HugeRange().Match(text.Text) is { Success: true } range
                && long.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture) - long.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture) > MaxRange)
            {
                // Fluid makes a range into one list before looping over it, so (1..1000000000) would fill the memory.
                var line = text.Text[..range.Index].Count(c => c == '\n') + 1;
                var column = range.Index - text.Text.LastIndexOf('\n', Math.Max(0, range.Index - 1));
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.TemplateSyntax, new SourceLocation(display, line, Math.Max(1, column)), $"the range {range.Value} has more than {MaxRange:N0} numbers; loop over the site's own lists instead"));
                yield return (name, null);
                continue;
            }

            yield return (name, new TemplateSource(name, display, text.Text, template));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\(\s*(-?\d{1,18})\s*\.\.\s*(-?\d{1,18})\s*\)")]
    private static partial System.Text.RegularExpressions.Regex HugeRange();
}
