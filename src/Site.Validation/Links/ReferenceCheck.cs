using System.Text.RegularExpressions;
using Site.Engine.Diagnostics;

namespace Site.Validation.Links;

/// <summary>
/// Checks one reference of a page against the site: the file must exist among the site's own files, a fragment
/// must name an <c>id</c> or <c>a[name]</c> of the target page (exactly; only HTML targets are checked),
/// <c>mailto:</c> and <c>tel:</c> must hold an address or a number. External URLs are returned for the
/// external check. Thread-safe.
/// </summary>
public static partial class ReferenceCheck
{
    public static LinkFailure? Check(Reference reference, PageScan page, SiteIndex index, string? siteUrl, out Uri? external)
    {
        external = null;
        var target = reference.Target;
        if (target.Trim().Length == 0)
        {
            return Fail(DiagnosticCodes.EmptyHref, reference, "empty", $"{Noun(reference.Kind)} has an empty URL; write the address it should lead to, or remove it");
        }

        switch (TargetResolver.Resolve(page.Path, page.BaseHref, target, siteUrl))
        {
            case Resolved.Skip:
                return null;
            case Resolved.External url:
                external = url.Url;
                return null;
            case Resolved.LeavesRoot:
                return Fail(DiagnosticCodes.LeavesSiteRoot, reference, "link", $"{Noun(reference.Kind)} {target} climbs above the site's root folder; write it as a site path starting with '/', such as /stories/");
            case Resolved.Mailto mailto:
                return IsMailto(mailto.Addresses) ? null : Fail(DiagnosticCodes.InvalidMailto, reference, "mailto", $"{target} is not a valid e-mail address; write it as mailto:name@example.org");
            case Resolved.Tel tel:
                return IsTel(tel.Number) ? null : Fail(DiagnosticCodes.InvalidTel, reference, "tel", $"{target} is not a valid phone number; write tel: and 3 to 15 digits, optionally with a leading + and hyphens, such as tel:+1-555-010-0100");
            case Resolved.Internal resolved:
                var file = index.FileFor(resolved);
                if (file is null)
                {
                    return Fail(NotFoundCode(reference.Kind), reference, KindName(reference.Kind), $"{Noun(reference.Kind)} {target} not found");
                }

                if (resolved.Fragment is { Length: > 0 } fragment && fragment != "top" && IsHtml(file)
                    && index.Page(file) is { } targetPage && !targetPage.Anchors.Contains(fragment))
                {
                    return Fail(DiagnosticCodes.FragmentNotFound, reference, "anchor", $"{Noun(reference.Kind)} {target}: no element with id or name '{fragment}' on {file}");
                }

                return null;
            default:
                return null;
        }
    }

    public static string KindName(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Link => "link",
        ReferenceKind.Image => "image",
        ReferenceKind.Script => "script",
        ReferenceKind.Stylesheet => "stylesheet",
        ReferenceKind.LinkElement => "link-element",
        ReferenceKind.Frame => "frame",
        ReferenceKind.Media => "media",
        ReferenceKind.Object => "object",
        _ => "refresh",
    };

    public static string Noun(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Link => "link target",
        ReferenceKind.Image => "image",
        ReferenceKind.Script => "script",
        ReferenceKind.Stylesheet => "stylesheet",
        ReferenceKind.LinkElement => "<link> target",
        ReferenceKind.Frame => "frame source",
        ReferenceKind.Media => "media source",
        ReferenceKind.Object => "embedded object",
        _ => "refresh target",
    };

    private static string NotFoundCode(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Link => DiagnosticCodes.LinkNotFound,
        ReferenceKind.Image => DiagnosticCodes.ImageNotFound,
        ReferenceKind.Script => DiagnosticCodes.ScriptNotFound,
        ReferenceKind.Stylesheet or ReferenceKind.LinkElement => DiagnosticCodes.LinkedResourceNotFound,
        ReferenceKind.Refresh => DiagnosticCodes.RefreshTargetNotFound,
        _ => DiagnosticCodes.EmbeddedResourceNotFound,
    };

    private static LinkFailure Fail(string code, Reference reference, string kind, string message) =>
        new(Diagnostic.Error(code, reference.Location, message), kind, reference.Target);

    private static bool IsHtml(string file) =>
        file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private static bool IsMailto(string value)
    {
        var addresses = Uri.UnescapeDataString(value.Split('?')[0]);
        var list = addresses.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        // "mailto:?subject=...&body=..." (RFC 6068) opens a message without a recipient, who the visitor then picks:
        // what a "share by e-mail" link is.
        if (addresses.Length == 0 && value.IndexOf('?') is var query and >= 0)
        {
            return value[(query + 1)..].Split('&').Any(p => p.StartsWith("subject=", StringComparison.OrdinalIgnoreCase) || p.StartsWith("body=", StringComparison.OrdinalIgnoreCase));
        }

        return list.Length > 0 && list.All(a => EmailPattern().IsMatch(a));
    }

    private static bool IsTel(string value)
    {
        var number = Uri.UnescapeDataString(value.Split(';')[0]);
        var digits = PhoneSeparators().Replace(number, string.Empty);
        return PhonePattern().IsMatch(digits);
    }

    [GeneratedRegex(@"^[^@\s<>()\[\],;:""]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"[\s\-.()]", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneSeparators();

    [GeneratedRegex(@"^\+?[0-9]{3,15}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
