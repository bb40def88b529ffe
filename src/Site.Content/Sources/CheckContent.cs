using System.Collections.Immutable;
using Site.Content.Builds;
using Site.Content.Formats;
using Site.Content.Images;
using Site.Content.Model;
using Site.Content.Templates;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Files;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Sources;

/// <summary>
/// The rules that need all content at once: ids and URLs are unique across the site, service lines exist in
/// site.yml, layouts exist in the theme, images exist in input/media, <c>updated</c> is not before <c>date</c>.
/// Drafts are left out unless the build asks for them, and so is content scheduled for later (a <c>date</c> after
/// the build's today, see <see cref="IsScheduled"/>) except in <c>site preview</c>: it is published by the first
/// build on or after its day, with no edit. Stories whose authorization does not allow publishing are left out after
/// this, by <c>KeepPublishable</c>. Reads the outputs of the named pipelines; a document with an error (here, or
/// marked <see cref="ContentFailed"/> before) is checked like the others, then left out.
/// Every check runs on drafts and scheduled content too, so that its day coming never turns up a new error.
/// </summary>
public sealed class CheckContent(BuildContext build, ThemeTemplates templates, IReadOnlyList<string> pipelines) : IModule
{
    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var diagnostics = context.Diagnostics;
        var all = pipelines.SelectMany(p => context.OutputsOf(p)).Order(BySource.Instance).ToList();
        var failed = new HashSet<Document>();
        var serviceLines = build.Settings.ServiceLines.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        var mediaFolder = Path.Combine(build.InputRoot, "media");
        var media = Directory.Exists(mediaFolder)
            ? SourceTree.Files(mediaFolder).Select(f => "media/" + f.RelativePath).ToHashSet(StringComparer.Ordinal)
            : [];
        var mediaFiles = media.Select(m => m["media/".Length..]).ToList();

        var captions = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var group in Duplicates(all, p => p.FrontMatter.Id))
        {
            ReportDuplicates(group, "id", $"the id '{group[0].Get<ParsedContent>().FrontMatter.Id}' is used by more than one file; ids must be unique forever (they key comments and votes), so give this one a new id", diagnostics, failed);
        }

        foreach (var group in Duplicates(all, p => p.Url))
        {
            ReportDuplicates(group, "slug", $"the URL {group[0].Get<ParsedContent>().Url} is produced by more than one file; rename one of them or set a different 'slug:'", diagnostics, failed);
        }

        foreach (var document in all)
        {
            var parsed = document.Get<ParsedContent>();
            var frontMatter = parsed.FrontMatter;
            for (var i = 0; i < frontMatter.ServiceLines.Count; i++)
            {
                if (!serviceLines.Contains(frontMatter.ServiceLines[i]))
                {
                    Fail(document, failed, diagnostics, DiagnosticCodes.UnknownServiceLine, parsed.Locations[$"service_lines[{i}]"], $"unknown service line '{frontMatter.ServiceLines[i]}'; use one of {string.Join(", ", serviceLines.Order(StringComparer.Ordinal))} or add it to input/site.yml");
                }
            }

            var layout = frontMatter.Layout ?? ContentKinds.Of(parsed.Kind).DefaultLayout;
            if (templates.IsBroken(layout))
            {
                failed.Add(document);
            }
            else if (!templates.HasLayout(layout))
            {
                var at = frontMatter.Layout is null ? new SourceLocation(document.SourcePath!) : parsed.Locations["layout"];
                Fail(document, failed, diagnostics, DiagnosticCodes.LayoutNotFound, at, $"layout '{layout}' does not exist in theme/layouts (available: {string.Join(", ", templates.LayoutNames)})");
            }

            if (frontMatter is { Date: { } date, Updated: { } updated } && updated < date)
            {
                Fail(document, failed, diagnostics, DiagnosticCodes.InvalidValue, parsed.Locations["updated"], $"'updated' ({Dates.Iso(updated)}) is before 'date' ({Dates.Iso(date)}); 'updated' is the day of the last real change since publication, so it is on or after 'date' (or leave it out)");
            }

            if (frontMatter.Image is { } image && !MediaExists(image.Src, media))
            {
                Fail(document, failed, diagnostics, DiagnosticCodes.MediaNotFound, parsed.Locations["image.src"], $"image '{image.Src}' not found; {MediaSuggestion.Advice(image.Src, mediaFiles, "image")}");
            }

            if (ParseContent.VideoOf(frontMatter) is { } video)
            {
                CheckVideoMedia(document, parsed, video, media, mediaFiles, captions, failed, diagnostics);
            }

            for (var i = 0; i < frontMatter.Gallery.Count; i++)
            {
                var photo = frontMatter.Gallery[i];
                if (!MediaExists(photo.Src, media))
                {
                    Fail(document, failed, diagnostics, DiagnosticCodes.MediaNotFound, parsed.Locations[$"gallery[{i}].src"], $"photo '{photo.Src}' of the gallery not found; {MediaSuggestion.Advice(photo.Src, mediaFiles, "photo")}");
                }
            }
        }

        if (build.Settings.Comments is { } comments
            && all.Any(d => d.Get<ParsedContent>().FrontMatter is StoryFrontMatter { Comments: true })
            && !all.Any(d => d.Get<ParsedContent>().Url == comments.Guidelines))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.GuidelinesMissing, new SourceLocation(build.DisplayPath(Path.Combine(build.InputRoot, "site.yml"))), $"comments are on, so the community guidelines page {comments.Guidelines} must exist; add it to input/pages/ (posts are public, no health information, no medical advice, call 911 in an emergency, how moderation works)"));
        }

        var kept = all
            .Where(d => !failed.Contains(d) && !ContentFailed.Is(d))
            .Where(d => build.IncludeDrafts || !d.Get<ParsedContent>().FrontMatter.Draft)
            .Where(d => build.ShowPending || !IsScheduled(d.Get<ParsedContent>().FrontMatter, build.Today))
            .ToImmutableArray();
        return ValueTask.FromResult(kept);
    }

    /// <summary>
    /// Whether content is scheduled for later on <paramref name="today"/>: its <c>date</c> is after it. Such content
    /// has no page, no entry in listings, feed, sitemap or redirects until the first build on or after that day. Plain
    /// pages have no date, so they are never scheduled.
    /// </summary>
    public static bool IsScheduled(IContentFrontMatter frontMatter, DateOnly today) => frontMatter.Date is { } date && date > today;

    /// <summary>
    /// A video's poster, file and captions exist in input/media, and its captions are WebVTT that parses (each captions
    /// file is read once a build; its problems are reported at its own lines, once).
    /// </summary>
    private void CheckVideoMedia(Document document, ParsedContent parsed, VideoRef video, HashSet<string> media, List<string> mediaFiles, Dictionary<string, bool> captions, HashSet<Document> failed, DiagnosticBag diagnostics)
    {
        if (!MediaExists(video.Poster.Src, media))
        {
            Fail(document, failed, diagnostics, DiagnosticCodes.MediaNotFound, parsed.Locations["video.poster.src"], $"poster image '{video.Poster.Src}' not found; {MediaSuggestion.Advice(video.Poster.Src, mediaFiles, "image")}");
        }

        if (video.File is { } file && !MediaExists(file, media))
        {
            Fail(document, failed, diagnostics, DiagnosticCodes.MediaNotFound, parsed.Locations["video.file"], $"video '{file}' not found; {MediaSuggestion.Advice(file, mediaFiles, "video")}");
        }

        if (video.Captions is not { } vtt)
        {
            return;
        }

        if (!MediaExists(vtt, media))
        {
            Fail(document, failed, diagnostics, DiagnosticCodes.MediaNotFound, parsed.Locations["video.captions"], $"captions '{vtt}' not found; {MediaSuggestion.Advice(vtt, mediaFiles, "WebVTT file")}");
            return;
        }

        var relative = vtt.TrimStart('/');
        if (!captions.TryGetValue(relative, out var valid))
        {
            captions[relative] = valid = CaptionsParse(relative, diagnostics);
        }

        if (!valid)
        {
            failed.Add(document);
        }
    }

    /// <summary>Reads a captions file (UTF-8, as WebVTT requires) and reports what keeps it from parsing; whether it parses.</summary>
    private bool CaptionsParse(string relative, DiagnosticBag diagnostics)
    {
        var full = Path.Combine(build.InputRoot, relative);
        var shown = build.DisplayPath(full);
        string text;
        try
        {
            var bytes = File.ReadAllBytes(full);
            if (bytes.Length > MaxCaptionsBytes)
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.CaptionsInvalid, new SourceLocation(shown), $"the captions file is larger than {MaxCaptionsBytes / 1024 / 1024} MB; no video's captions need that much"));
                return false;
            }

            text = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.CaptionsInvalid, new SourceLocation(shown), "a WebVTT file must be saved as UTF-8; save it again as UTF-8"));
            return false;
        }
        catch (IOException exception)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.FileUnreadable, new SourceLocation(shown), $"the captions file cannot be read: {exception.Message}"));
            return false;
        }

        var result = WebVtt.Parse(text);
        foreach (var error in result.Errors.Take(MaxCaptionsErrors))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.CaptionsInvalid, new SourceLocation(shown, error.Line, error.Column), error.Message));
        }

        if (result.Valid && result.Cues.Count == 0)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.CaptionsInvalid, new SourceLocation(shown), "the captions file has no cue; add the words of the video, each with its times, such as '00:01.000 --> 00:04.000'"));
            return false;
        }

        return result.Valid;
    }

    private const int MaxCaptionsBytes = 4 * 1024 * 1024;

    private const int MaxCaptionsErrors = 10;

    private static bool MediaExists(string src, HashSet<string> media)
    {
        var relative = src.TrimStart('/');
        return relative.StartsWith("media/", StringComparison.Ordinal) && !relative.Contains("..", StringComparison.Ordinal) && media.Contains(relative);
    }

    /// <summary>The groups of documents that share a key (in the order of <paramref name="all"/>), without grouping the rest.</summary>
    private static List<List<Document>> Duplicates(List<Document> all, Func<ParsedContent, string?> key)
    {
        var first = new Dictionary<string, Document>(all.Count, StringComparer.Ordinal);
        var groups = new Dictionary<string, List<Document>>(StringComparer.Ordinal);
        foreach (var document in all)
        {
            if (key(document.Get<ParsedContent>()) is not { } value)
            {
                continue;
            }

            if (!first.TryAdd(value, document))
            {
                if (!groups.TryGetValue(value, out var group))
                {
                    groups[value] = group = [first[value]];
                }

                group.Add(document);
            }
        }

        return groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Value).ToList();
    }

    private static void ReportDuplicates(List<Document> documents, string field, string message, DiagnosticBag diagnostics, HashSet<Document> failed)
    {
        foreach (var document in documents)
        {
            var parsed = document.Get<ParsedContent>();
            var others = string.Join(", ", documents.Where(d => d != document).Select(d => d.SourcePath));
            var at = parsed.Locations.Contains(field) ? parsed.Locations[field] : new SourceLocation(document.SourcePath!);
            Fail(document, failed, diagnostics, field == "id" ? DiagnosticCodes.DuplicateId : DiagnosticCodes.DuplicateUrl, at, $"{message} (also in {others})");
        }
    }

    private static void Fail(Document document, HashSet<Document> failed, DiagnosticBag diagnostics, string code, SourceLocation at, string message)
    {
        failed.Add(document);
        if (!ContentFailed.AboutStandIn(document, at))
        {
            diagnostics.Report(Diagnostic.Error(code, at, message));
        }
    }

    private sealed class BySource : IComparer<Document>
    {
        public static readonly BySource Instance = new();

        public int Compare(Document? x, Document? y) => string.CompareOrdinal(x?.SourcePath, y?.SourcePath);
    }
}
