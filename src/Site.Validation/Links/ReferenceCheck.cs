using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Site.Engine.Diagnostics;
using Site.Validation.Html;

namespace Site.Validation.Links;

/// <summary>
/// Checks one reference of a page against the site: an absolute <c>http(s)</c> URL must be well formed
/// (<see cref="UrlSyntax"/>), the file must exist among the site's own files, a fragment must name an <c>id</c> or
/// <c>a[name]</c> of the target page as a browser looks for it (the fragment as written, then percent-decoded;
/// exactly, case matters; only HTML targets are checked), <c>mailto:</c> must hold an address and <c>tel:</c> a
/// number (<see cref="TelNumber"/>). External URLs are returned for the external check. A URL is printed with its
/// invisible characters escaped (<see cref="Printable"/>). Thread-safe.
/// </summary>
public static partial class ReferenceCheck
{
    private static readonly char[] TrailingSpace = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];

    public static LinkFailure? Check(Reference reference, PageScan page, SiteIndex index, string? siteUrl, out Uri? external)
    {
        external = null;
        var target = reference.Target;
        if (target.Trim().Length == 0)
        {
            return Fail(DiagnosticCodes.EmptyHref, reference, "empty", $"{Noun(reference.Kind)} has an empty URL; write the address it should lead to, or remove it");
        }

        if (UrlSyntax.Problem(target) is { } malformed)
        {
            return Fail(DiagnosticCodes.MalformedUrl, reference, "url", $"{Noun(reference.Kind)} {Printable.Escape(target)} is not a valid URL: {malformed}");
        }

        switch (TargetResolver.Resolve(page.Path, page.BaseHref, target, siteUrl))
        {
            case Resolved.Skip:
                return null;
            case Resolved.External url:
                external = url.Url;
                return null;
            case Resolved.LeavesRoot:
                return Fail(DiagnosticCodes.LeavesSiteRoot, reference, "link", $"{Noun(reference.Kind)} {Printable.Escape(target)} climbs above the site's root folder; write it as a site path starting with '/', such as /stories/");
            case Resolved.Mailto mailto:
                return IsMailto(mailto.Addresses) ? null : Fail(DiagnosticCodes.InvalidMailto, reference, "mailto", $"{Printable.Escape(target)} is not a valid e-mail address; write it as mailto:name@example.org");
            case Resolved.Tel tel:
                return TelNumber.Problem(tel.Number) is not { } problem ? null : Fail(DiagnosticCodes.InvalidTel, reference, "tel", $"{Printable.Escape(target)} is not a valid phone number: {Printable.Escape(problem)}; write it as tel:+1-555-010-0100 (+ and the country code; ',' for a pause)");
            case Resolved.Internal resolved:
                var file = index.FileFor(resolved);
                if (file is null)
                {
                    return Fail(NotFoundCode(reference.Kind), reference, KindName(reference.Kind), $"{Noun(reference.Kind)} {Printable.Escape(target)} not found");
                }

                if (resolved.Fragment is { Length: > 0 } fragment && IsHtml(file) && index.Page(file) is { } targetPage
                    && !targetPage.Anchors.Contains(fragment) && !Indicates(targetPage.Anchors, RawFragment(target), fragment))
                {
                    return Fail(DiagnosticCodes.FragmentNotFound, reference, "anchor", $"{Noun(reference.Kind)} {Printable.Escape(target)}: no element with id or name '{Printable.Escape(fragment)}' on {file}");
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

        return list.Length > 0 && list.All(a => EmailPattern().IsMatch(a) && !a.EnumerateRunes().Any(Printable.Invisible));
    }

    /// <summary>
    /// Whether a fragment leads somewhere on a page, as HTML finds the indicated part of a document: an element whose id
    /// (or an <c>a</c> whose name) is the fragment as the URL holds it, else the same for the percent-decoded fragment,
    /// else <c>top</c> in any case.
    /// </summary>
    public static bool Indicates(IReadOnlySet<string> anchors, string? raw, string decoded) =>
        (raw is not null && anchors.Contains(raw)) || anchors.Contains(decoded) || string.Equals(decoded, "top", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The fragment of a URL as a browser's URL parser keeps it: after the first '#', with tabs and newlines removed,
    /// and spaces, controls, quotes, angle brackets, backticks and non-ASCII characters percent-encoded (UTF-8).
    /// </summary>
    public static string? RawFragment(string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0)
        {
            return null;
        }

        var builder = new StringBuilder();
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in target[(hash + 1)..].TrimEnd(TrailingSpace).EnumerateRunes())
        {
            if (rune.Value is '\t' or '\n' or '\r')
            {
                continue;
            }

            if (rune.Value is <= 0x20 or '"' or '<' or '>' or '`' or > 0x7E)
            {
                var length = rune.EncodeToUtf8(bytes);
                foreach (var b in bytes[..length])
                {
                    builder.Append(CultureInfo.InvariantCulture, $"%{b:X2}");
                }
            }
            else
            {
                builder.Append((char)rune.Value);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^[^@\s<>()\[\],;:""]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
