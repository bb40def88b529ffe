using Site.Content.Formats;
using Site.Content.Sources;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Links;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Markdown;

/// <summary>
/// Renders a content document's Markdown body to HTML. The page title is the page's only level-1 heading,
/// so a <c>#</c> heading in the body is an error at its line (except a first one that is the title itself, as pages
/// written for other tools have: it is left out). A text past <see cref="MarkdownLimits"/> is an error at
/// the line where that shape starts, and is not rendered. Raw HTML the policy removes is a warning at its line, and what it
/// refuses an error (<see cref="RawHtmlPolicy"/>). A <c>lang</c> must be a language tag; a page without one whose text
/// reads as another language than the site's is a warning (<see cref="PageLanguage"/>).
/// </summary>
public sealed class RenderMarkdown(MarkdownRenderer renderer, string siteLanguage = "en") : IDocumentModule
{
    public IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        var parsed = input.Get<ParsedContent>();
        var rendered = renderer.Render(parsed.Body, parsed.BodyLine, parsed.FrontMatter.Title);
        if (rendered.Beyond is var (line, problem))
        {
            // The text was not rendered, so its images and links cannot be checked; the rest of the file was.
            context.Diagnostics.Report(TooDeep(input, line, problem));
            yield return ContentFailed.Mark(input);
            yield break;
        }

        foreach (var link in rendered.Refused)
        {
            context.Diagnostics.Report(Diagnostic.Error(
                DiagnosticCodes.UrlSchemeRefused,
                new SourceLocation(input.SourcePath!, link.Line, link.Column),
                $"this {(link.IsImage ? "image" : "link")} uses a '{UrlSchemes.SchemeOf(link.Url)}:' URL, which a page of this site may not use; {UrlSchemes.Advice}"));
        }

        foreach (var finding in rendered.RawHtml)
        {
            var at = new SourceLocation(input.SourcePath!, finding.Line, finding.Column);
            context.Diagnostics.Report(finding.Severity == Severity.Error ? Diagnostic.Error(finding.Code, at, finding.Message) : Diagnostic.Warning(finding.Code, at, finding.Message));
        }

        CheckLanguage(input, parsed, rendered, context);
        var (transcript, transcriptFailed) = RenderTranscript(input, parsed, context);

        var headings = HeadingDiagnostics(input.SourcePath!, rendered.Outline);
        context.Diagnostics.ReportAll(headings);

        // The text was only needed to tell its language; 4,000 stories' worth is not kept for the rest of the build.
        // A text with an error goes on too, marked, so that its images and links are checked in the same build.
        var document = input.With(rendered with { Prose = string.Empty });
        document = transcript is null ? document : document.With(transcript);
        var failed = headings.Count > 0 || transcriptFailed || rendered.RawHtml.Any(f => f.Severity == Severity.Error) || rendered.Refused.Count > 0;
        yield return failed ? ContentFailed.Mark(document) : document;
    }

    /// <summary>
    /// The errors of a body's outline: a second level-1 heading (SG2013), and every heading whose level is wrong
    /// (SG2014), each with the level that keeps the outline in order when every suggestion is followed at once.
    /// </summary>
    public static IReadOnlyList<Diagnostic> HeadingDiagnostics(string path, IReadOnlyList<Heading> outline)
    {
        var found = new List<Diagnostic>();
        foreach (var heading in outline.Where(h => h.Level == 1))
        {
            found.Add(Diagnostic.Error(
                DiagnosticCodes.ExtraTopHeading,
                new SourceLocation(path, heading.Line),
                $"'# {heading.Text}' is a second level-1 heading (the title is the first); use '## {heading.Text}' for a section"));
        }

        // The page title is the h1, so the text's sections start at ## and go down one level at a time.
        foreach (var change in HeadingLevels.Fix(outline))
        {
            var heading = change.Heading;
            found.Add(Diagnostic.Error(
                DiagnosticCodes.SkippedHeadingLevel,
                new SourceLocation(path, heading.Line),
                $"'{new string('#', heading.Level)} {heading.Text}' {change.Why}; use '{new string('#', change.Level)} {heading.Text}' so screen reader users can follow the outline"));
        }

        return found;
    }

    /// <summary>
    /// Renders a video's transcript, under the same rules as the body (links, raw HTML), with its problems at the lines
    /// of the front matter that wrote them; none without a video, and whether the transcript has an error.
    /// </summary>
    private (RenderedTranscript? Transcript, bool Failed) RenderTranscript(Document input, ParsedContent parsed, PipelineContext context)
    {
        if (ParseContent.VideoOf(parsed.FrontMatter) is not { } video)
        {
            return (null, false);
        }

        // A block scalar ('transcript: |') starts on the line after its key; a one-line value on the key's own line.
        var at = parsed.Locations["video.transcript"];
        var lines = parsed.Text.Split('\n');
        var keyLine = at.Line - 1 < lines.Length ? lines[at.Line - 1] : string.Empty;
        var block = at.Column - 1 < keyLine.Length && keyLine[at.Column - 1] is '|' or '>';
        var rendered = renderer.Render(video.Transcript, block ? at.Line + 1 : at.Line);
        var failed = false;
        if (rendered.Beyond is var (line, problem))
        {
            context.Diagnostics.Report(TooDeep(input, line, problem));
            return (null, true);
        }

        foreach (var link in rendered.Refused)
        {
            failed = true;
            context.Diagnostics.Report(Diagnostic.Error(
                DiagnosticCodes.UrlSchemeRefused,
                new SourceLocation(input.SourcePath!, link.Line, block ? link.Column : at.Column),
                $"this {(link.IsImage ? "image" : "link")} in the transcript uses a '{UrlSchemes.SchemeOf(link.Url)}:' URL, which a page of this site may not use; {UrlSchemes.Advice}"));
        }

        foreach (var finding in rendered.RawHtml)
        {
            failed |= finding.Severity == Severity.Error;
            var where = new SourceLocation(input.SourcePath!, finding.Line, block ? finding.Column : at.Column);
            context.Diagnostics.Report(finding.Severity == Severity.Error ? Diagnostic.Error(finding.Code, where, finding.Message) : Diagnostic.Warning(finding.Code, where, finding.Message));
        }

        return (new RenderedTranscript(rendered.Html), failed);
    }

    private void CheckLanguage(Document input, ParsedContent parsed, RenderedMarkdown rendered, PipelineContext context)
    {
        var frontMatter = parsed.FrontMatter;
        if (frontMatter.Lang is { } lang)
        {
            if (!PageLanguage.IsWellFormed(lang))
            {
                context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, parsed.Locations["lang"], $"'lang' must be a language tag such as es, zh-Hans, vi or pt-BR; found '{lang}'"));
            }

            return;
        }

        if (PageLanguage.Other(frontMatter.Title + "\n" + frontMatter.Summary + "\n" + rendered.Prose, siteLanguage) is var (code, name))
        {
            var at = new SourceLocation(input.SourcePath!, parsed.Locations.Contains("title") ? parsed.Locations["title"].Line : 1);
            context.Diagnostics.Report(Diagnostic.Warning(
                DiagnosticCodes.LanguageNotDeclared,
                at,
                $"this page reads as {name}, but it has no 'lang' and the site's language is '{siteLanguage}'; add 'lang: {code}' to the front matter so that screen readers, translation and search read it right (or 'lang: {siteLanguage}' if it is in the site's language)"));
        }
    }

    private static Diagnostic TooDeep(Document input, int line, string problem) =>
        Diagnostic.Error(DiagnosticCodes.MarkdownTooDeep, new SourceLocation(input.SourcePath!, line), $"{problem}; no page needs this shape, so simplify the text (the limits are listed under SG2016 in docs/errors.md)");
}
