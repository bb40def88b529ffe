using Site.Engine.Diagnostics;

namespace Site.Validation.Links;

/// <summary>
/// What a failed reference becomes once the site's own <c>_redirects</c> and its other files are looked at: a target
/// that the site redirects is followed (a warning naming the new URL when it arrives, an error saying where it went
/// when it does not), and a target still not found gets the nearest file, or a missing fragment the nearest ids of its
/// page ("did you mean"). Thread-safe.
/// </summary>
public static class LinkHints
{
    private const int MaxHops = 10;

    /// <summary>The failure to report instead of <paramref name="failure"/>: itself with a hint, another, or null when the redirect makes the reference good.</summary>
    /// <param name="failure">What <see cref="ReferenceCheck"/> found.</param>
    /// <param name="reference">The reference that failed.</param>
    /// <param name="page">The page it is on.</param>
    /// <param name="index">The site.</param>
    /// <param name="siteUrl">The site's own address, or null.</param>
    /// <param name="describe">Says where a redirect rule comes from ("301 in _redirects line 4" when null).</param>
    public static LinkFailure? Refine(LinkFailure failure, Reference reference, PageScan page, SiteIndex index, string? siteUrl, Func<RedirectRule, string>? describe = null)
    {
        var code = failure.Diagnostic.Code;
        var notFound = IsNotFound(code);
        if (!notFound && code != DiagnosticCodes.FragmentNotFound)
        {
            return failure;
        }

        if (TargetResolver.Resolve(page.Path, page.BaseHref, reference.Target, siteUrl) is not Resolved.Internal resolved)
        {
            return failure;
        }

        if (notFound && !index.Redirects.IsEmpty && TryFollow(failure, reference, page, resolved, index, siteUrl, describe ?? Describe, out var followed))
        {
            return followed;
        }

        return notFound ? WithNearestFile(failure, resolved, index, page.Path) : WithNearestIds(failure, resolved, index);
    }

    public static bool IsNotFound(string code) => code is DiagnosticCodes.LinkNotFound or DiagnosticCodes.ImageNotFound or DiagnosticCodes.ScriptNotFound
        or DiagnosticCodes.LinkedResourceNotFound or DiagnosticCodes.EmbeddedResourceNotFound or DiagnosticCodes.RefreshTargetNotFound;

    /// <summary>"301 in _redirects line 4".</summary>
    public static string Describe(RedirectRule rule) =>
        $"{rule.Status}{(rule.Force ? "!" : string.Empty)} in {SiteRedirects.FileName} line {rule.Line}";

    private static bool TryFollow(LinkFailure failure, Reference reference, PageScan page, Resolved.Internal resolved, SiteIndex index, string? siteUrl, Func<RedirectRule, string> describe, out LinkFailure? result)
    {
        var hops = new List<RedirectRule>();
        var current = resolved;
        var shown = string.Empty;
        var raw = ReferenceCheck.RawFragment(reference.Target);
        while (index.Redirects.Find("/" + current.Path) is { } rule)
        {
            if (hops.Contains(rule) || hops.Count == MaxHops)
            {
                result = Error(failure, $"{ReferenceCheck.Noun(reference.Kind)} {reference.Target} is redirected in a loop ({string.Join(", ", hops.Select(describe))}); make the last rule lead to a page that exists");
                return true;
            }

            hops.Add(rule);
            var next = TargetResolver.Resolve(string.Empty, null, rule.To, siteUrl);
            var fragment = current.Fragment;
            if (next is Resolved.External external)
            {
                // Another site: where it leads is the external check's business.
                shown = rule.To + (external.Url.Fragment.Length == 0 && fragment is { Length: > 0 } ? "#" + fragment : string.Empty);
                result = Moved(failure, reference, shown, hops, describe);
                return true;
            }

            if (next is not Resolved.Internal inside)
            {
                break;
            }

            raw = inside.Fragment is null ? raw : ReferenceCheck.RawFragment(rule.To);
            current = inside with { Fragment = inside.Fragment ?? fragment };
            shown = rule.To + (inside.Fragment is null && fragment is { Length: > 0 } ? "#" + fragment : string.Empty);
            if (index.FileFor(current) is not { } file)
            {
                continue;
            }

            if (current.Fragment is { Length: > 0 } wanted && wanted != "top" && IsHtml(file) && index.Page(file) is { } target && !ReferenceCheck.Indicates(target.Anchors, raw, wanted))
            {
                var missing = Error(failure, $"{ReferenceCheck.Noun(reference.Kind)} {reference.Target} is redirected to {shown} ({string.Join(", ", hops.Select(describe))}), which has no element with id or name '{wanted}'");
                result = WithIds(missing with { Diagnostic = missing.Diagnostic with { Code = DiagnosticCodes.FragmentNotFound }, Kind = "anchor" }, target, wanted);
                return true;
            }

            // A rewrite serves the other file at the old address: nothing to change.
            result = rule.IsRewrite && hops.Count == 1 ? null : Moved(failure, reference, shown, hops, describe);
            return true;
        }

        if (hops.Count == 0)
        {
            result = null;
            return false;
        }

        var lost = Error(failure, $"{ReferenceCheck.Noun(reference.Kind)} {reference.Target} not found: it is redirected to {shown} ({string.Join(", ", hops.Select(describe))}), which is not found either");
        result = WithNearestFile(lost, current, index, page.Path);
        return true;
    }

    private static LinkFailure Moved(LinkFailure failure, Reference reference, string shown, List<RedirectRule> hops, Func<RedirectRule, string> describe) =>
        failure with
        {
            Kind = "redirect",
            Diagnostic = Diagnostic.Warning(
                DiagnosticCodes.RedirectedLink,
                failure.Diagnostic.Location,
                $"{ReferenceCheck.Noun(reference.Kind)} {reference.Target} is redirected to {shown} ({string.Join(", ", hops.Select(describe))}); link to {shown} directly",
                failure.Diagnostic.Via),
        };

    private static LinkFailure Error(LinkFailure failure, string message) =>
        failure with { Diagnostic = failure.Diagnostic with { Message = message } };

    /// <summary>The failure with the nearest file of the site, unless that is the page the link is on (a relative "g" near "./").</summary>
    private static LinkFailure WithNearestFile(LinkFailure failure, Resolved.Internal target, SiteIndex index, string pagePath)
    {
        if (index.Nearest(target) is not { } nearest || nearest == SiteIndex.UrlOf(pagePath))
        {
            return failure;
        }

        var wanted = "/" + target.Path + (target.IsFolder && target.Path.Length > 0 ? "/" : string.Empty);
        var caseOnly = string.Equals(nearest.TrimEnd('/'), wanted.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
        var hint = caseOnly ? $"; did you mean {nearest}? Only the case differs, and addresses are case-sensitive" : $"; did you mean {nearest}?";
        return Error(failure, failure.Diagnostic.Message + hint);
    }

    private static LinkFailure WithNearestIds(LinkFailure failure, Resolved.Internal target, SiteIndex index) =>
        target.Fragment is { Length: > 0 } fragment && index.FileFor(target) is { } file && index.Page(file) is { } page
            ? WithIds(failure, page, fragment)
            : failure;

    private static LinkFailure WithIds(LinkFailure failure, PageScan page, string fragment)
    {
        var (ids, close) = SiteIndex.NearestIds(page, fragment);
        var list = string.Join(", ", ids.Select(i => $"'{i}'"));
        var hint = ids.Count == 0 ? "; the page has no ids" : close ? $"; did you mean {list}?" : $"; no id on the page is close to it (the nearest: {list})";
        return Error(failure, failure.Diagnostic.Message + hint);
    }

    private static bool IsHtml(string file) =>
        file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
}
