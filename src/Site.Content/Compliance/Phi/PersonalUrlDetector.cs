using System.Text.RegularExpressions;

namespace Site.Content.Compliance.Phi;

/// <summary>
/// Personal web addresses, with or without <c>https://</c> or <c>www.</c>: a page of a person or family on a
/// fundraising, care-update, meal sign-up, video, social, link or blog platform (<c>gofundme.com/f/...</c>,
/// <c>caringbridge.org/visit/...</c>, <c>mealtrain.com/trains/...</c>, <c>youtube.com/@...</c>,
/// <c>name.blogspot.com</c>); a family's own domain, told by the words around it ("the family's site", "Hank's
/// parents run") or by its name ("thelopezfamily.net"); and a host that imitates the organization's
/// ("riversidehealth-fans.com"). A platform's bare home page, a public health site and the organization's own
/// domains stay clean.
/// </summary>
public sealed partial class PersonalUrlDetector(OrganizationAllowlist organization) : IPhiDetector
{
    private static readonly HashSet<string> Platforms = new(StringComparer.OrdinalIgnoreCase)
    {
        // Fundraising
        "gofundme.com", "gf.me", "givebutter.com", "fundly.com", "spotfund.com", "givesendgo.com", "youcaring.com", "fundrazr.com", "ketto.org", "giveforward.com", "helphopelive.org", "donorbox.org", "classy.org", "justgiving.com", "everyaction.com", "gofund.me",
        // Care updates and help calendars
        "caringbridge.org", "carepages.com", "lotsahelpinghands.com", "mylifeline.org", "posthope.org", "carecalendar.org", "careflash.com", "sharingcare.com",
        // Meals and sign-ups
        "mealtrain.com", "takethemameal.com", "mealbaby.com", "signupgenius.com", "perfectpotluck.com", "foodtidings.com",
        // Video and streaming
        "youtube.com", "youtu.be", "m.youtube.com", "vimeo.com", "tiktok.com", "twitch.tv", "rumble.com",
        // Social and links
        "facebook.com", "fb.com", "fb.me", "m.facebook.com", "instagram.com", "instagr.am", "x.com", "twitter.com", "threads.net", "linkedin.com", "snapchat.com", "pinterest.com", "reddit.com", "tumblr.com", "bsky.app", "mastodon.social", "linktr.ee", "beacons.ai", "flickr.com", "nextdoor.com",
        // Payments to a person
        "venmo.com", "cash.app", "paypal.me", "paypal.com", "patreon.com", "buymeacoffee.com", "ko-fi.com", "zelle.com",
        // Blogs and personal sites
        "wordpress.com", "blogspot.com", "blogger.com", "medium.com", "substack.com", "wixsite.com", "weebly.com", "squarespace.com", "ghost.io", "carrd.co", "sites.google.com", "wix.com", "webnode.com", "jimdosite.com", "strikingly.com",
    };

    /// <summary>Platforms whose subdomains are people's own sites (<c>name.blogspot.com</c>).</summary>
    private static readonly string[] SiteHosts = ["blogspot.com", "wordpress.com", "substack.com", "wixsite.com", "weebly.com", "squarespace.com", "ghost.io", "carrd.co", "tumblr.com", "webnode.com", "jimdosite.com", "strikingly.com", "mystrikingly.com", "medium.com"];

    /// <summary>Well-known public health and patient-support sites that stories cite as resources.</summary>
    private static readonly HashSet<string> PublicSites = new(StringComparer.OrdinalIgnoreCase)
    {
        "heart.org", "cancer.org", "lung.org", "diabetes.org", "stroke.org", "marchofdimes.org", "rmhc.org", "nami.org", "988lifeline.org", "arthritis.org", "kidney.org", "alz.org", "aap.org", "healthychildren.org", "mayoclinic.org", "clevelandclinic.org", "webmd.com", "kidshealth.org", "mentalhealth.org", "samhsa.org", "redcross.org", "stjude.org", "childrensmiraclenetworkhospitals.org", "lls.org", "komen.org", "cff.org", "mda.org", "autismspeaks.org", "parkinson.org", "epilepsy.com", "crohnscolitisfoundation.org", "donatelife.net", "unos.org", "bethematch.org", "aha.org", "who.int", "wikipedia.org", "google.com", "apple.com", "zoom.us",
    };

    public void Find(PhiText text, List<PhiSpan> found)
    {
        if (!text.HasWebAddress)
        {
            return;
        }

        for (var match = Address().Match(text.Value); match.Success; match = match.NextMatch())
        {
            var host = match.Groups["host"].Value.ToLowerInvariant();
            var path = match.Groups["path"].Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', '\'', '"');
            if (IsPersonal(text.Value, match.Index, host, path))
            {
                var hit = PhiMatches.Hit(PhiKind.PersonalUrl, match, text.Value);
                found.Add(hit);
            }
        }
    }

    private bool IsPersonal(string text, int index, string host, string path)
    {
        var bare = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        if (organization.IsOwnHost(bare))
        {
            return false;
        }

        if (organization.DomainLabels.Any(label => bare.Contains(label, StringComparison.Ordinal)) || (organization.NameLabel.Length >= 6 && bare.Contains(organization.NameLabel, StringComparison.Ordinal)))
        {
            return true;
        }

        var meaningfulPath = path.Trim('/').Length > 0;
        if (Platforms.Contains(bare))
        {
            return meaningfulPath && !GenericPath().IsMatch(path);
        }

        foreach (var site in SiteHosts)
        {
            if (bare.EndsWith("." + site, StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (PublicTld().IsMatch(bare) || PublicSites.Contains(bare) || PublicSites.Any(p => bare.EndsWith("." + p, StringComparison.Ordinal)))
        {
            return false;
        }

        // Any other site: a family's own, when its name or the words before it say so.
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var before = text.AsSpan(Math.Max(lineStart, index - 70), index - Math.Max(lineStart, index - 70));
        var after = text.AsSpan(index, Math.Min(text.Length - index, host.Length + path.Length + 40));
        return PersonalName().IsMatch(bare) || PersonalContext().IsMatch(before) || PersonalAfter().IsMatch(after);
    }

    [GeneratedRegex(@"(?<![\w@.%+-])(?<hit>(?:https?://)?(?<host>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|org|net|edu|gov|mil|int|io|co|us|me|ee|be|ai|app|tv|info|biz|blog|page|site|online|link|ly|gg|fm|social|health|care|family|world|life|love|xyz|example|uk|ca|de|au|nz|ie))(?<path>/[^\s<>""'\[\]{}|\\^`]*)?)(?![\w-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [GeneratedRegex(@"^/?(?:about|help|login|signup|sign-up|start|create|search|support|terms|privacy|discover|explore|c/fundraiser-categories|[a-z]{2}(?:-[a-z]{2})?/?)?/?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GenericPath();

    [GeneratedRegex(@"\.(?:gov|mil|edu|int)(?:\.[a-z]{2})?$|^(?:[a-z0-9-]+\.)*(?:nih|cdc|who|fda|cms)\.", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PublicTld();

    [GeneratedRegex(@"(?:family|familia|journey|strong|warrior|fight|hope|team|fans|updates|blog|diary|heal|miracle|prayers|brave|4[a-z]|for[a-z]{3,})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PersonalName();

    [GeneratedRegex(@"(?:\b(?:his|her|their|our|my|own)\b|\w+['’]s\b|\b(?:blog|site|website|web\s+site|page|fundraiser|donat\w*|updates?|journal|diary|channel|newsletter|run(?:s|ning)?\s+by|run|runs|started|set\s+up)\b)[^.!?\n]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PersonalContext();

    [GeneratedRegex(@"^\S+\s*(?:\)|,)?\s*(?:is|was)\s+(?:a|an|the|our|their|his|her)?\s*(?:\w+['’]?s?\s+)?(?:blog|site|page|fundraiser|website)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PersonalAfter();
}
