using System.Collections.Frozen;

namespace Site.Content.Formats;

/// <summary>
/// What the site knows of languages besides their tags' shape (<see cref="PageLanguage.IsWellFormed"/>): whether a
/// tag's primary language subtag names a language (every ISO 639-1 code, and the ISO 639-3 codes of languages that
/// US taglines are commonly written in, such as Hmong and Chuukese), and the name of common languages in their own
/// language, for a link that leads to a page in it. The build runs with invariant globalization, so .NET's culture
/// data is not there to ask. Thread-safe.
/// </summary>
public static class LanguageNames
{
    private static readonly FrozenSet<string> Primary = FrozenSet.ToFrozenSet(
    [
        "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bi", "bm", "bn", "bo", "br",
        "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et",
        "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht",
        "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj", "kk",
        "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg",
        "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny",
        "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se",
        "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk",
        "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi", "yo",
        "za", "zh", "zu",

        // Three-letter codes of languages US hospitals' taglines are written in (ISO 639-3).
        "aii", "bsq", "cak", "ceb", "chk", "chr", "ckb", "cmn", "dak", "din", "esu", "fil", "ful", "haw", "hak", "hmn", "ilo",
        "ium", "kar", "kea", "kjb", "kmr", "kos", "kri", "lkt", "mam", "nan", "nus", "pdc", "pon", "prs", "quc", "syr", "wuu",
        "ypk", "yue",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> Endonyms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["am"] = "አማርኛ", ["ar"] = "العربية", ["bn"] = "বাংলা", ["de"] = "Deutsch", ["el"] = "Ελληνικά", ["en"] = "English",
        ["es"] = "Español", ["fa"] = "فارسی", ["fil"] = "Filipino", ["fr"] = "Français", ["gu"] = "ગુજરાતી", ["he"] = "עברית",
        ["hi"] = "हिन्दी", ["hmn"] = "Hmoob", ["ht"] = "Kreyòl ayisyen", ["hy"] = "Հայերեն", ["it"] = "Italiano", ["ja"] = "日本語",
        ["km"] = "ខ្មែរ", ["ko"] = "한국어", ["lo"] = "ລາວ", ["my"] = "မြန်မာ", ["ne"] = "नेपाली", ["nv"] = "Diné bizaad",
        ["pa"] = "ਪੰਜਾਬੀ", ["pl"] = "Polski", ["prs"] = "دری", ["ps"] = "پښتو", ["pt"] = "Português", ["ru"] = "Русский",
        ["so"] = "Soomaali", ["sw"] = "Kiswahili", ["th"] = "ไทย", ["ti"] = "ትግርኛ", ["tl"] = "Tagalog", ["tr"] = "Türkçe",
        ["uk"] = "Українська", ["ur"] = "اردو", ["vi"] = "Tiếng Việt", ["yi"] = "ייִדיש", ["zh"] = "中文", ["zh-hans"] = "简体中文",
        ["zh-hant"] = "繁體中文",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="tag"/> is well formed and its primary subtag names a language.</summary>
    public static bool IsKnown(string tag) => PageLanguage.IsWellFormed(tag) && Primary.Contains(tag.Split('-')[0]);

    /// <summary>The language of <paramref name="tag"/> named in itself (Español for es-MX), or the tag when it is not one of the common ones.</summary>
    public static string Endonym(string tag)
    {
        var parts = tag.Split('-');
        return Endonyms.TryGetValue(tag, out var name) || (parts.Length > 1 && Endonyms.TryGetValue(parts[0] + "-" + parts[1], out name)) || Endonyms.TryGetValue(parts[0], out name)
            ? name
            : tag;
    }

    /// <summary>
    /// Whether two tags name the same language for a reader: equal, or one is the other's bare language (en and en-US).
    /// Two versions of one language (zh-Hans and zh-Hant, es-ES and es-MX) are different.
    /// </summary>
    public static bool SameLanguage(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var (first, second) = (a.Split('-'), b.Split('-'));
        return (first.Length == 1 || second.Length == 1) && string.Equals(first[0], second[0], StringComparison.OrdinalIgnoreCase);
    }
}
