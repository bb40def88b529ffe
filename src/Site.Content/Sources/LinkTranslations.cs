using System.Collections.Immutable;
using Site.Content.Builds;
using Site.Content.Formats;
using Site.Content.Model;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Sources;

/// <summary>
/// Checks every <c>translation_of</c> and links the published versions of a story or article to each other. The
/// checks run on all content of the named pipelines (drafts too): the id names a story or article of the same kind
/// that is itself an original, in another language than it, and one translation per language. Then, among the
/// content that will be published (this module's input, after <c>KeepPublishable</c>), a translation whose original
/// is not published is left out too (a story's translation already shares its original's consent decision,
/// <c>FollowOriginalConsent</c>); each version of a story or article with a published translation gets a
/// <see cref="Translations"/> facet naming only published versions, so no page links to one that is not.
/// </summary>
public sealed class LinkTranslations(BuildContext build, IReadOnlyList<string> pipelines) : IModule
{
    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var all = ContentFailed.Without(pipelines.SelectMany(p => context.OutputsOf(p))).OrderBy(d => d.SourcePath, StringComparer.Ordinal).ToList();
        var failed = Check(all, context.Diagnostics);
        var kept = inputs.Where(d => !failed.Contains(d.SourcePath ?? d.Id)).ToList();
        var published = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in kept)
        {
            if (document.Get<ParsedContent>().FrontMatter is { Id: { } id, TranslationOf: null })
            {
                published.TryAdd(id, document);
            }
        }

        kept.RemoveAll(d => d.Get<ParsedContent>().FrontMatter.TranslationOf is { } original && !published.ContainsKey(original));
        var groups = kept
            .GroupBy(d => d.Get<ParsedContent>().FrontMatter is { } f ? f.TranslationOf ?? f.Id ?? d.Id : d.Id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .ToDictionary(
                g => g.Key,
                g => new Translations(g
                    .OrderBy(d => d.Get<ParsedContent>().FrontMatter.TranslationOf is null ? 0 : 1)
                    .ThenBy(d => LanguageOf(d), StringComparer.OrdinalIgnoreCase)
                    .Select(d => d.Get<ParsedContent>() is var parsed ? new TranslationVersion(LanguageOf(d), parsed.Url, parsed.FrontMatter.Title, parsed.FrontMatter.TranslationOf is null) : null!)
                    .ToList()),
                StringComparer.Ordinal);
        if (groups.Count == 0 && kept.Count == inputs.Length)
        {
            return ValueTask.FromResult(inputs);
        }

        return ValueTask.FromResult(kept
            .Select(d => d.Get<ParsedContent>().FrontMatter is { } f && groups.TryGetValue(f.TranslationOf ?? f.Id ?? d.Id, out var versions) ? d.With(versions).With(new LinkedFrom(d)) : d)
            .ToImmutableArray());
    }

    /// <summary>The same document given the same versions as the last run: the steps after keep what they made of it.</summary>
    public bool Same(Document before, Document now) =>
        (before.TryGet<LinkedFrom>(out var a), now.TryGet<LinkedFrom>(out var b)) switch
        {
            (true, true) => ReferenceEquals(a!.Document, b!.Document) && before.Get<Translations>().Versions.SequenceEqual(now.Get<Translations>().Versions),
            (false, false) => ReferenceEquals(before, now),
            _ => false,
        };

    /// <summary>The document a <see cref="Translations"/> facet was added to, so that <see cref="Same"/> can tell it is unchanged.</summary>
    private sealed record LinkedFrom(Document Document);

    private string LanguageOf(Document document) => document.Get<ParsedContent>().FrontMatter.Lang?.Trim() ?? build.Settings.Language;

    /// <summary>The source paths of translations that break a rule, each reported at its field.</summary>
    private HashSet<string> Check(List<Document> all, DiagnosticBag diagnostics)
    {
        var failed = new HashSet<string>(StringComparer.Ordinal);
        var byId = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in all)
        {
            if (document.Get<ParsedContent>().FrontMatter.Id is { } id)
            {
                byId.TryAdd(id, document);
            }
        }

        var languages = new Dictionary<(string Original, string Lang), string>();
        foreach (var document in all)
        {
            var parsed = document.Get<ParsedContent>();
            if (parsed.FrontMatter.TranslationOf is not { } target)
            {
                continue;
            }

            var at = parsed.Locations["translation_of"];
            var lang = LanguageOf(document);
            string? problem = null;
            var code = DiagnosticCodes.TranslationOfUnknown;
            if (target == parsed.FrontMatter.Id)
            {
                problem = $"'translation_of: {target}' names this file's own id; write the id of the story or article this one translates";
            }
            else if (!byId.TryGetValue(target, out var original))
            {
                var near = Nearest.To(target, byId.Keys);
                problem = $"no story or article has the id '{target}'{(near is null ? string.Empty : $" (did you mean '{near}'?)")}; 'translation_of' is the 'id' in the front matter of the original";
            }
            else if (original.Get<ParsedContent>() is var source && source.Kind != parsed.Kind)
            {
                code = DiagnosticCodes.TranslationOtherKind;
                var kind = parsed.Kind.ToString().ToLowerInvariant();
                problem = $"'{target}' is {Article(source.Kind.ToString().ToLowerInvariant())} ({original.SourcePath}), but this file is {Article(kind)}; a {kind} translates a {kind} (only stories and articles have translations)";
            }
            else if (source.FrontMatter.TranslationOf is { } first)
            {
                code = DiagnosticCodes.TranslationOfTranslation;
                problem = $"'{target}' is itself a translation (of '{first}'); write 'translation_of: {first}': every translation names the original";
            }
            else if (LanguageNames.SameLanguage(lang, LanguageOf(original)))
            {
                code = DiagnosticCodes.TranslationSameLanguage;
                at = parsed.FrontMatter.Lang is null ? at : parsed.Locations["lang"];
                problem = parsed.FrontMatter.Lang is null
                    ? $"this translation has no 'lang', so it is in the site's language '{lang}', the language of its original '{target}'; add 'lang:' with the language it is written in, such as 'lang: es'"
                    : $"this translation is in '{lang}', the language of its original '{target}'; a translation is in another language (fix 'lang', or remove 'translation_of' if this is a separate story)";
            }
            else if (languages.TryGetValue((target, lang.ToLowerInvariant()), out var other))
            {
                code = DiagnosticCodes.TranslationLanguageTwice;
                at = parsed.FrontMatter.Lang is null ? at : parsed.Locations["lang"];
                problem = $"'{target}' already has a translation in '{lang}' ({other}); keep one version per language";
            }
            else
            {
                languages[(target, lang.ToLowerInvariant())] = document.SourcePath ?? document.Id;
            }

            if (problem is not null)
            {
                diagnostics.Report(Diagnostic.Error(code, at, problem));
                failed.Add(document.SourcePath ?? document.Id);
            }
        }

        return failed;
    }

    private static string Article(string noun) => ("aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;
}
