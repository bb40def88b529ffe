namespace Site.Content.Formats;

/// <summary>
/// A page's language as Open Graph writes it (<c>og:locale</c>: language and territory joined by an underscore,
/// <c>en_US</c>). A tag with a region keeps it (<c>pt-BR</c> is <c>pt_BR</c>); a bare language gets the territory it is
/// most often published from (English, for this US site generator, is <c>en_US</c>); an unknown one stays bare.
/// </summary>
public static class OpenGraphLocale
{
    private static readonly Dictionary<string, string> Territories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["af"] = "ZA", ["ar"] = "AR", ["bn"] = "IN", ["de"] = "DE", ["el"] = "GR", ["en"] = "US", ["es"] = "ES", ["fa"] = "IR",
        ["fr"] = "FR", ["he"] = "IL", ["hi"] = "IN", ["it"] = "IT", ["ja"] = "JP", ["ko"] = "KR", ["nl"] = "NL", ["pl"] = "PL",
        ["pt"] = "BR", ["ru"] = "RU", ["so"] = "SO", ["tl"] = "PH", ["tr"] = "TR", ["uk"] = "UA", ["ur"] = "PK", ["vi"] = "VN",
        ["zh"] = "CN", ["ht"] = "HT",
    };

    public static string Of(string lang)
    {
        var parts = lang.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return "en_US";
        }

        var language = parts[0].ToLowerInvariant();
        var region = parts.Skip(1).FirstOrDefault(p => p.Length == 2 && p.All(char.IsAsciiLetter));
        if (region is not null)
        {
            return $"{language}_{region.ToUpperInvariant()}";
        }

        return Territories.TryGetValue(language, out var territory) ? $"{language}_{territory}" : language;
    }
}
