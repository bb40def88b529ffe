using Site.Content.Model;
using Site.Content.Sources;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Compliance;

/// <summary>
/// The PHI guard for patient stories: scans the whole file (front matter, text, alt text) and the names of the
/// file, its image and its gallery's photos for identifiers. A hit is allowed when the patient authorized that kind of identifier
/// (<c>consent.identifiers</c>), when it is the organization's own, or when an approved
/// <c>phi_exceptions</c> entry of the story names it; anything else is an error at its exact line and column,
/// and the story is not published (it goes on, marked <see cref="ContentFailed"/>, to the checks after this one). An exception that matches nothing is a warning (remove stale approvals).
/// </summary>
public sealed class GuardPhi(PhiScanner scanner) : IDocumentModule
{
    public IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        var parsed = input.Get<ParsedContent>();
        if (parsed.FrontMatter is not StoryFrontMatter story)
        {
            return [input];
        }

        var path = input.SourcePath!;
        var hits = scanner.Scan(parsed.Text).Select(h => (Hit: h, At: new SourceLocation(path, h.Line, h.Column, h.EndColumn))).ToList();
        hits.AddRange(scanner.Scan(Path.GetFileName(path)).Select(h => (h, new SourceLocation(path))));
        if (story.Image is { } image)
        {
            hits.AddRange(scanner.Scan(image.Src).Select(h => (h, parsed.Locations["image.src"])));
        }

        if (story.Video is { } video)
        {
            foreach (var (field, value) in new[] { ("video.file", video.File), ("video.captions", video.Captions), ("video.poster.src", video.Poster.Src) })
            {
                if (value is not null)
                {
                    hits.AddRange(scanner.Scan(value).Select(h => (h, parsed.Locations[field])));
                }
            }
        }

        var gallery = parsed.FrontMatter.Gallery;
        for (var i = 0; i < gallery.Count; i++)
        {
            var at = parsed.Locations[$"gallery[{i}].src"];
            hits.AddRange(scanner.Scan(gallery[i].Src).Select(h => (h, at)));
        }

        // The exceptions quote the text they allow; those quotes are not hits.
        var exceptionLines = Enumerable.Range(0, story.PhiExceptions.Count).Select(i => parsed.Locations[$"phi_exceptions[{i}].match"].Line).ToHashSet();
        hits.RemoveAll(h => h.At.Path == path && h.At.Line > 1 && exceptionLines.Contains(h.At.Line));
        var authorized = story.Consent.Identifiers.ToHashSet(StringComparer.Ordinal);
        var used = new bool[story.PhiExceptions.Count];
        var errors = 0;
        foreach (var (hit, at) in hits)
        {
            if (PhiScanner.IdentifierFor(hit.Kind) is { } identifier && authorized.Contains(identifier))
            {
                continue;
            }

            var exception = FindException(story.PhiExceptions, hit.Text);
            if (exception >= 0)
            {
                used[exception] = true;
                continue;
            }

            errors++;
            context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.PhiFound, at, Message(hit)));
        }

        for (var i = 0; i < used.Length; i++)
        {
            if (!used[i])
            {
                context.Diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.PhiExceptionUnused, parsed.Locations[$"phi_exceptions[{i}].match"], $"the PHI exception '{story.PhiExceptions[i].Match}' matches nothing in this story; remove it so the report lists only exceptions in force"));
            }
        }

        return errors == 0 ? [input] : [ContentFailed.Mark(input)];
    }

    private static int FindException(IReadOnlyList<PhiException> exceptions, string text)
    {
        for (var i = 0; i < exceptions.Count; i++)
        {
            var match = exceptions[i].Match.Trim();
            if (match.Length > 0 && match.Contains(text, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Message(PhiHit hit)
    {
        var what = PhiScanner.Describe(hit.Kind);
        var where = hit.Length > 1 ? $" (columns {hit.Column}-{hit.EndColumn})" : string.Empty;
        return PhiScanner.IdentifierFor(hit.Kind) is { } identifier
            ? $"possible PHI: '{hit.Text}'{where} looks like {what}, which the patient's authorization does not cover; either remove it, or add '{identifier}' to consent.identifiers if the signed form allows it, or, if it is not PHI, add a phi_exceptions entry (match, reason, approved_by)"
            : $"possible PHI: '{hit.Text}'{where} looks like {what}, which no story may show; either remove it, or say it in general words (\"her {Plain(hit.Kind)}\"), or, if it is not PHI, add a phi_exceptions entry (match, reason, approved_by) approved by compliance";
    }

    private static string Plain(PhiKind kind) => kind switch
    {
        PhiKind.SocialSecurityNumber => "Social Security number",
        PhiKind.RecordNumber => "record number",
        PhiKind.IpAddress => "computer's address",
        PhiKind.LicenseNumber => "licence number",
        PhiKind.VehicleIdentifier => "car",
        PhiKind.DeviceIdentifier => "device",
        _ => "details",
    };
}
