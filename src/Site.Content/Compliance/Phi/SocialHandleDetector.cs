using System.Text.RegularExpressions;

namespace Site.Content.Compliance.Phi;

/// <summary>
/// A social media handle where the text presents it as someone's profile ("follow her on Instagram at @maria.runs",
/// "Her TikTok is @owenstrong", "Snapchat: @benji_o"). An '@' that is not a handle ("meet @ the lobby", "2 @ $15",
/// "Kids@Home"), an e-mail address, and the organization's own handle stay clean.
/// </summary>
public sealed partial class SocialHandleDetector(OrganizationAllowlist organization) : IPhiDetector
{
    public void Find(PhiText text, List<PhiSpan> found)
    {
        if (!text.HasAt)
        {
            return;
        }

        for (var match = Handle().Match(text.Value); match.Success; match = match.NextMatch())
        {
            var name = match.Groups["name"].Value.ToLowerInvariant().Replace(".", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
            if (name == organization.NameLabel)
            {
                continue;
            }

            var lineStart = text.Value.LastIndexOf('\n', Math.Max(0, match.Index - 1)) + 1;
            var from = Math.Max(lineStart, match.Index - 80);
            if (Profile().IsMatch(text.Value.AsSpan(from, match.Index - from)))
            {
                found.Add(PhiMatches.Hit(PhiKind.PersonalUrl, match, text.Value));
            }
        }
    }

    [GeneratedRegex(@"(?<![\w@.+-])(?<hit>@(?<name>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?))(?![\w@-]|\.[A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

    [GeneratedRegex(@"\b(?:instagram|insta|IG|tiktok|tik\s+tok|twitter|X|threads|facebook|FB|youtube|snapchat|snap|twitch|bluesky|mastodon|linkedin|pinterest|reddit|venmo|cash\s*app|handle|username|user\s+name|follow(?:s|ing|ed)?|DM|account)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Profile();
}
