using System.Text.RegularExpressions;
using Lingua;

namespace Site.Content.Formats;

/// <summary>
/// The language of a page: whether a <c>lang</c> is a well-formed language tag, which way its script runs, and
/// whether a page's text reads as a language other than the site's. Detection is Lingua's (Apache-2.0), in its
/// low-accuracy mode (trigram models only) over the languages most spoken by the patients of US and European
/// hospitals; it answers only when it is sure (the language of the whole text is also that of the paragraphs that hold most
/// of its words), on text long enough to judge. An English site first counts English
/// function words, so that an English page, by far the most common case, costs no detection at all. Thread-safe.
/// </summary>
public static partial class PageLanguage
{
    /// <summary>The languages detection chooses among (their models are the ones Directory.Build.targets copies).</summary>
    public static readonly IReadOnlyList<Language> Candidates =
    [
        Language.Afrikaans, Language.Arabic, Language.Bengali, Language.German, Language.Greek, Language.English, Language.Spanish,
        Language.Persian, Language.French, Language.Hebrew, Language.Hindi, Language.Italian, Language.Japanese, Language.Korean,
        Language.Dutch, Language.Polish, Language.Portuguese, Language.Russian, Language.Somali, Language.Tagalog, Language.Turkish,
        Language.Ukrainian, Language.Urdu, Language.Vietnamese, Language.Chinese,
    ];

    /// <summary>Fewer words than this are too few to judge.</summary>
    public const int MinimumWords = 40;

    private static readonly Lazy<LanguageDetector> Detector = new(() => LanguageDetectorBuilder
        .FromLanguages([.. Candidates])
        .WithLowAccuracyMode()
        .WithMinimumRelativeDistance(0.1)
        .Build());

    /// <summary>The scripts and languages written right to left.</summary>
    private static readonly HashSet<string> RightToLeft = new(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku-arab", "ps", "sd", "syr", "ug", "ur", "yi",
        "arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg", "mand", "samr",
    };

    private static readonly System.Collections.Frozen.FrozenSet<string> EnglishFunctionWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "the", "and", "of", "to", "a", "in", "is", "you", "for", "that", "it", "with", "on", "are", "your", "be", "as", "at", "or",
        "this", "we", "our", "can", "was", "have", "not", "by", "from", "will", "if", "an", "they", "i", "my", "he", "she", "her", "his",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = EnglishFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether <paramref name="tag"/> is a well-formed BCP 47 language tag (<c>es</c>, <c>zh-Hans</c>, <c>pt-BR</c>).
    /// The build runs with invariant globalization, so .NET's culture list is not there to ask; the shape is RFC 5646's.
    /// </summary>
    public static bool IsWellFormed(string tag) => TagShape().IsMatch(tag);

    /// <summary>Whether a page in <paramref name="tag"/> is written right to left (its language or script subtag says so).</summary>
    public static bool IsRightToLeft(string tag)
    {
        var parts = tag.Split('-');
        return RightToLeft.Contains(parts[0]) || parts.Skip(1).Any(p => p.Length == 4 && RightToLeft.Contains(p)) || RightToLeft.Contains(string.Join('-', parts.Take(2)));
    }

    /// <summary>
    /// The language the text is written in, as an ISO 639-1 code, when it is surely not <paramref name="siteLanguage"/>;
    /// otherwise null (the site's language, too short, mixed or unsure).
    /// </summary>
    public static (string Code, string Name)? Other(string text, string siteLanguage)
    {
        var site = siteLanguage.Split('-')[0].ToLowerInvariant();
        var english = site == "en";
        var (words, function, letters, ideographic) = (0, 0, 0, 0);
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                ideographic += text[i] is >= '\u3040' and <= '\u9fff' or >= '\uac00' and <= '\ud7af' ? 1 : 0;
                i++;
            }

            words++;
            letters += i - start;
            if (english && i - start <= 4 && FunctionWords.Contains(text.AsSpan(start, i - start)))
            {
                function++;
            }

            // Most pages of an English site are in English: enough words read, and enough of them English function
            // words, settle it without reading on (and without detection).
            if (english && words >= 2 * MinimumWords && function * 6 >= words && ideographic * 4 < letters)
            {
                return null;
            }
        }

        if (words < MinimumWords && ideographic < MinimumWords * 2)
        {
            return null;
        }

        if (english && ideographic * 4 < letters && function * 6 >= words)
        {
            return null;
        }

        // Whole-text detection is sure of itself even on mixed text (a bilingual glossary reads as Tagalog), so the
        // language it names must also be that of the paragraphs (of six words or more) holding most of the words.
        var found = Detector.Value.DetectLanguageOf(text);
        if (found == Language.Unknown)
        {
            return null;
        }

        var (agree, judged) = (0, 0);
        foreach (var block in text.Split('\n'))
        {
            var count = Words().Matches(block).Count;
            if (count >= 6)
            {
                judged += count;
                agree += Detector.Value.DetectLanguageOf(block) == found ? count : 0;
            }
        }

        if (agree * 2 < judged)
        {
            return null;
        }

        var code = found.IsoCode6391().ToString().ToLowerInvariant();
        return code == site ? null : (code, found.ToString());
    }

    [GeneratedRegex(@"^[a-zA-Z]{2,3}(-[a-zA-Z]{3}){0,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?(-([a-zA-Z0-9]{5,8}|[0-9][a-zA-Z0-9]{3}))*$")]
    private static partial Regex TagShape();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
