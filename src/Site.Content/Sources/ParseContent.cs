using Site.Content.FrontMatter;
using Site.Content.Model;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Files;
using Site.Engine.Modules;
using Site.Engine.Pipelines;
using YamlDotNet.RepresentationModel;

namespace Site.Content.Sources;

/// <summary>
/// Reads a content file once and parses its front matter into the typed record of its kind, with the rules
/// that need only the file itself: the slug, id and tag shapes, and the consent fields that must agree.
/// Every error is reported; a file with an error is marked <see cref="ContentFailed"/> (never published) and goes on
/// to the later checks. When the front matter does not bind, the wrong values are replaced by stand-ins
/// (<see cref="FrontMatterRepair"/>) so that the rest of the file is still checked; only a file whose front matter
/// cannot be read at all yields no document, with a note saying what was not checked. Event times are read in <c>zone</c> (UTC when
/// none is given).
/// </summary>
public sealed class ParseContent(ContentKind kind, SourceReader reader, TimeZoneInfo? zone = null) : IDocumentModule
{
    public IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        // This file's findings are collected apart, so that "did this file fail?" does not look at the whole build.
        var diagnostics = new DiagnosticBag();
        var parsed = Parse(input, diagnostics);
        context.Diagnostics.ReportAll(diagnostics.ToSortedList());
        if (parsed is null)
        {
            return [];
        }

        // A file with an error is never published, but goes on to the checks after this one (consent, PHI,
        // Markdown, media, links), so that one build reports all of its problems.
        return diagnostics.HasErrors ? [ContentFailed.Mark(parsed)] : [parsed];
    }

    /// <summary>
    /// The note for a file whose front matter cannot be read as a whole: what the build did not check in it yet. Its
    /// own errors, above, come first; the rest of the site is checked as usual.
    /// </summary>
    private static Diagnostic NotChecked(string path, string what) =>
        new(DiagnosticCodes.NotCheckedYet, Severity.Info, $"{what} of this file were not checked, since its front matter cannot be read: fix this file's errors first, then build again to see them", new SourceLocation(path));

    private Document? Parse(Document input, DiagnosticBag diagnostics)
    {
        var path = input.SourcePath!;
        var source = reader.Read(input.Get<SourceFile>().FullPath, path, diagnostics);
        if (source is null)
        {
            return null;
        }

        if (FrontMatterSplitter.Split(source, diagnostics) is not { } block)
        {
            diagnostics.Report(NotChecked(path, "the fields, rules, PHI, images and links"));
            return null;
        }

        var mapping = YamlLoader.LoadMapping(block.Yaml, path, block.YamlLine, diagnostics);
        if (mapping is null)
        {
            diagnostics.Report(NotChecked(path, "the fields, rules, PHI, images and links"));
            return null;
        }

        var errorsBefore = diagnostics.ToList().Count;
        IReadOnlySet<int>? standIns = null;
        var bound = Bind(mapping, path, block.YamlLine, diagnostics);
        if (bound is null)
        {
            if (FrontMatterRepair.Repair(block, mapping, path, diagnostics.ToList().Skip(errorsBefore).Where(d => d.IsError).ToList(), (yaml, bag) => YamlLoader.LoadMapping(yaml, path, block.YamlLine, bag) is { } again ? Bind(again, path, block.YamlLine, bag) : null) is not var (repaired, lines))
            {
                diagnostics.Report(NotChecked(path, "the rules, PHI, images and links"));
                return null;
            }

            (bound, standIns) = (repaired, lines);
        }

        var (frontMatter, locations) = bound.Value;
        var checks = standIns is null ? diagnostics : new DiagnosticBag();
        var parsed = Check(input, block, source.Text, frontMatter, locations, checks);
        if (standIns is not null)
        {
            // What the checks below say about a stand-in value is about the stand-in, not about the file.
            diagnostics.ReportAll(checks.ToList().Where(d => d.Location.Path != path || !standIns.Contains(d.Location.Line)));
            return parsed.With(new ContentFailed(standIns));
        }

        return parsed;
    }

    private Document Check(Document input, FrontMatterBlock block, string text, IContentFrontMatter frontMatter, FieldLocations locations, DiagnosticBag diagnostics)
    {
        var path = input.SourcePath!;

        var slug = frontMatter.Slug ?? Path.GetFileNameWithoutExtension(path);
        var slugAt = frontMatter.Slug is null ? new SourceLocation(path) : locations["slug"];
        CheckShapes(frontMatter, slug, slugAt, locations, diagnostics);
        if (frontMatter is StoryFrontMatter story)
        {
            CheckConsent(story, locations, diagnostics);
            CheckReviewer(story.Review, locations, diagnostics);
        }
        else if (frontMatter is ArticleFrontMatter article)
        {
            CheckReviewer(article.Review, locations, diagnostics);
        }

        if (VideoOf(frontMatter) is { } video)
        {
            CheckVideo.Check(frontMatter, video, locations, diagnostics);
        }

        CheckGallery.Check(frontMatter, locations, diagnostics);
        if (frontMatter is EventFrontMatter happening)
        {
            CheckEvent.Check(happening, locations, zone ?? TimeZoneInfo.Utc, diagnostics);
        }

        return input.With(new ParsedContent(kind, frontMatter, locations, block.Body, block.BodyLine, slug, ContentKinds.Of(kind).UrlFor(slug), text));
    }

    /// <summary>Binds the front matter to the record of the content's kind (from <see cref="ContentKinds"/>).</summary>
    private (IContentFrontMatter FrontMatter, FieldLocations Locations)? Bind(YamlMappingNode mapping, string path, int line, DiagnosticBag diagnostics) =>
        (ValueTuple<IContentFrontMatter, FieldLocations>?)BindAs.MakeGenericMethod(ContentKinds.Of(kind).FrontMatter).Invoke(null, [mapping, path, line, diagnostics]);

    private static readonly System.Reflection.MethodInfo BindAs = typeof(ParseContent).GetMethod(nameof(BindKind), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static (IContentFrontMatter, FieldLocations)? BindKind<T>(YamlMappingNode mapping, string path, int line, DiagnosticBag diagnostics)
        where T : class, IContentFrontMatter => Unpack(StrictBinder.Bind<T>(mapping, path, line, diagnostics));

    private static (IContentFrontMatter, FieldLocations)? Unpack<T>(Bound<T>? bound)
        where T : class, IContentFrontMatter => bound is null ? null : (bound.Value, bound.Locations);

    private void CheckShapes(IContentFrontMatter frontMatter, string slug, SourceLocation slugAt, FieldLocations locations, DiagnosticBag diagnostics)
    {
        if (!ContentRules.IsSlug(slug))
        {
            var fix = frontMatter.Slug is null ? "rename the file, or set 'slug:'" : "change 'slug:'";
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, slugAt, $"the slug '{slug}' must be {ContentRules.SlugShape}; {fix}"));
        }
        else if (kind == ContentKind.Event && slug == "past")
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, slugAt, "an event cannot use the slug 'past': the site lists past events at /events/past/; rename the file or set another 'slug:'"));
        }
        else if (kind == ContentKind.Page && ContentRules.ReservedPageSlugs.Contains(slug))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, slugAt, $"a page cannot use the slug '{slug}': the site uses /{slug}/ itself; rename the file or set another 'slug:'"));
        }

        if (frontMatter.Id is { } id && !ContentRules.IsSlug(id))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, locations["id"], $"'id' must be {ContentRules.SlugShape.Replace("maria-walks-again", "st-2026-014", StringComparison.Ordinal)}; found '{id}'"));
        }

        for (var i = 0; i < frontMatter.Tags.Count; i++)
        {
            if (!ContentRules.IsSlug(frontMatter.Tags[i]))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, locations[$"tags[{i}]"], $"the tag '{frontMatter.Tags[i]}' must be {ContentRules.SlugShape.Replace("maria-walks-again", "heart-surgery", StringComparison.Ordinal)}"));
            }
        }
    }

    /// <summary>The video of a story or an article, if it has one.</summary>
    public static VideoRef? VideoOf(IContentFrontMatter frontMatter) => frontMatter switch
    {
        StoryFrontMatter story => story.Video,
        ArticleFrontMatter article => article.Video,
        _ => null,
    };

    /// <summary>What a patient can authorize a story to show; a typo here must not widen or narrow the PHI guard silently.</summary>
    public static readonly IReadOnlySet<string> Identifiers = new HashSet<string>(StringComparer.Ordinal)
    {
        "name", "photo", "video", "age", "city", "condition", "occupation", "family", "phone", "email", "address", "birth-date", "social-media",
    };

    private static void CheckReviewer(MedicalReview review, FieldLocations locations, DiagnosticBag diagnostics)
    {
        var comma = review.ReviewedBy.LastIndexOf(',');
        if (comma < 0 || review.ReviewedBy[(comma + 1)..].Trim().Length == 0)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.ReviewerWithoutCredentials, locations["review.reviewed_by"], $"'review.reviewed_by' must give the reviewer's credentials after a comma, such as 'Dr. Ana Smith, MD'; found '{review.ReviewedBy}'"));
        }
    }

    private static void CheckConsent(StoryFrontMatter story, FieldLocations locations, DiagnosticBag diagnostics)
    {
        var consent = story.Consent;
        for (var i = 0; i < consent.Identifiers.Count; i++)
        {
            if (!Identifiers.Contains(consent.Identifiers[i]))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.UnknownIdentifier, locations[$"consent.identifiers[{i}]"], $"unknown identifier '{consent.Identifiers[i]}' in 'consent.identifiers'; use the words of the authorization form: {string.Join(", ", Identifiers.Order(StringComparer.Ordinal))}"));
            }
        }

        if (consent.RevokedOn is not null && consent.Status != ConsentStatus.Revoked)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.RevocationInconsistent, locations["consent.revoked_on"], $"'consent.revoked_on' is set but 'consent.status' is '{consent.Status.ToString().ToLowerInvariant()}'; a revoked authorization has status 'revoked'"));
        }

        if (consent.SignedBy == Signer.Representative && string.IsNullOrWhiteSpace(consent.RepresentativeAuthority))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.MissingField, locations["consent.signed_by"], "a representative signed, so 'consent.representative_authority' must say why they may (parent, guardian, executor...)"));
        }

        if (story.Patient.Minor && consent.SignedBy != Signer.Representative)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, locations["consent.signed_by"], "the patient is a minor, so 'consent.signed_by' must be 'representative' (a parent or guardian signs)"));
        }

        if (consent.Expires <= consent.SignedOn)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, locations["consent.expires"], $"'consent.expires' ({consent.Expires:yyyy-MM-dd}) must be after 'consent.signed_on' ({consent.SignedOn:yyyy-MM-dd})"));
        }

        if (consent.Status == ConsentStatus.Revoked && consent.RevokedOn is null)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.MissingField, locations["consent.status"], "the authorization is revoked, so 'consent.revoked_on' must give the date"));
        }
    }
}
