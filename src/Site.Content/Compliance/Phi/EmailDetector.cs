using System.Buffers;
using System.Text.RegularExpressions;

namespace Site.Content.Compliance.Phi;

/// <summary>
/// E-mail addresses, written plainly or spelled out against spam robots ("maria dot lopez at gmail dot com",
/// "tomas [at] yahoo [dot] com"), except those on the organization's own domains.
/// </summary>
public sealed partial class EmailDetector(OrganizationAllowlist organization) : IPhiDetector
{
    private static readonly SearchValues<string> DotWords = SearchValues.Create(["dot"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> BracketedAtWords = SearchValues.Create(["[at", "(at", "{at", "<at"], StringComparison.OrdinalIgnoreCase);

    public void Find(PhiText text, List<PhiSpan> found)
    {
        if (text.HasAt)
        {
            for (var match = Plain().Match(text.Value); match.Success; match = match.NextMatch())
            {
                if (!organization.IsOwnHost(match.Groups["domain"].Value))
                {
                    found.Add(PhiMatches.Hit(PhiKind.EmailAddress, match, text.Value));
                }
            }
        }

        // A spelled-out address has a "dot" word or a bracketed "at": the patterns run only around those.
        var windows = text.Around(DotWords, 80, 43).Concat(text.Around(BracketedAtWords, 60, 64)).OrderBy(w => w.Start);
        var seen = new HashSet<int>();
        foreach (var (start, length) in windows)
        {
            foreach (var pattern in new[] { SpelledOut(), BracketedAt() })
            {
                for (var match = pattern.Match(text.Value, start, length); match.Success; match = match.NextMatch())
                {
                    var domain = Dot().Replace(match.Groups["domain"].Value, ".");
                    if (seen.Add(match.Groups["hit"].Index) && !organization.IsOwnHost(domain))
                    {
                        found.Add(PhiMatches.Hit(PhiKind.EmailAddress, match, text.Value));
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"(?<![\w.%+-])(?<hit>[A-Za-z0-9][A-Za-z0-9._%+-]*@(?<domain>[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}))(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex Plain();

    private const string DotWord = @"(?:\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\{\s*dot\s*\}|<\s*dot\s*>)\s*|\s+dot\s+)";

    private const string Bracketed = @"\s*(?:\[\s*at\s*\]|\(\s*at\s*\)|\{\s*at\s*\}|<\s*at\s*>)\s*";

    private const string AtWord = @"(?:" + Bracketed + @"|\s+at\s+)";

    private const string Local = @"(?<![\p{L}\p{N}._-])(?<hit>[A-Za-z0-9][A-Za-z0-9_%+-]*(?:(?:\.|" + DotWord + @")[A-Za-z0-9_%+-]+)*";

    private const string Tld = @"(?:com|net|org|edu|gov|us|co|io|me|info|biz|uk|ca|de)))(?![\w-])";

    // "maria dot lopez at gmail dot com": with a plain "at", the address must spell out a "dot" before its ending.
    [GeneratedRegex(Local + AtWord + @"(?<domain>[A-Za-z0-9-]+(?:(?:\.|" + DotWord + @")[A-Za-z0-9-]+)*" + DotWord + Tld, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpelledOut();

    // "tomas.b [at] yahoo [dot] com" or "tomas [at] yahoo.com": a bracketed "at" is enough.
    [GeneratedRegex(Local + Bracketed + @"(?<domain>[A-Za-z0-9-]+(?:(?:\.|" + DotWord + @")[A-Za-z0-9-]+)*(?:\.|" + DotWord + @")" + Tld, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BracketedAt();

    [GeneratedRegex(@"\s*[\[({<]?\s*dot\s*[\])}>]?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Dot();
}
