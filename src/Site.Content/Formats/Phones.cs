using System.Net;
using System.Text;
using PhoneNumbers;

namespace Site.Content.Formats;

/// <summary>A phone number as people read it (<c>(555) 010-0100</c>) and as a <c>tel:</c> link in E.164 (<c>tel:+15550100100</c>).</summary>
public sealed record FormattedPhone(string Text, string Tel);

/// <summary>
/// The one place phone numbers are written for readers, with libphonenumber: in the national format of the site's
/// region (<c>organization.phone_region</c>, US by default) when the number belongs to that region, else in the
/// international format; linked as <c>tel:</c> in E.164, with <c>;ext=</c> for an extension. A number libphonenumber
/// can read but does not know as assigned (the fictional 555-01xx numbers of examples) is formatted the same way,
/// since its shape is known: only what cannot be a number at all is left as it was written.
/// </summary>
public static class Phones
{
    public const string DefaultRegion = "US";

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>Whether a region code (US, CA, GB...) is one libphonenumber knows.</summary>
    public static bool IsRegion(string region) => Util.GetSupportedRegions().Contains(region);

    /// <summary>The number written for readers and as a link; null when it cannot be a phone number.</summary>
    public static FormattedPhone? Format(string? phone, string region = DefaultRegion)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        try
        {
            return Format(Util.Parse(phone, region), region);
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>
    /// A text such as "Call +1-555-010-0100 or e-mail us" as HTML: the text escaped, and each phone number in it
    /// written for readers and linked with <c>tel:</c>.
    /// </summary>
    public static string LinkInText(string text, string region = DefaultRegion)
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (var match in Util.FindNumbers(text, region, PhoneNumberUtil.Leniency.POSSIBLE, long.MaxValue))
        {
            if (Format(match.Number, region) is not { } phone)
            {
                continue;
            }

            html.Append(WebUtility.HtmlEncode(text[at..match.Start]));
            html.Append("<a href=\"").Append(WebUtility.HtmlEncode(phone.Tel)).Append("\">").Append(WebUtility.HtmlEncode(phone.Text)).Append("</a>");
            at = match.Start + match.Length;
        }

        return html.Append(WebUtility.HtmlEncode(text[at..])).ToString();
    }

    private static FormattedPhone? Format(PhoneNumber number, string region)
    {
        if (!Util.IsPossibleNumber(number))
        {
            return null;
        }

        // A number of the site's own country is written as its people write it; any other, with its country code.
        var home = Util.GetCountryCodeForRegion(region) == number.CountryCode;
        var text = Util.Format(number, home ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
        var e164 = Util.Format(number, PhoneNumberFormat.E164);
        if (!text.Any(c => c is ' ' or '-' or '(' or '.'))
        {
            // No format of the region matched (an unassigned number whose leading digits no pattern covers): the
            // digits in groups of three and four, as most plans read.
            text = (home ? string.Empty : "+" + number.CountryCode + " ") + Group(number.NationalNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var extension = number.HasExtension && number.Extension.Length > 0 ? number.Extension : null;
        if (extension is not null && !text.Contains(extension, StringComparison.Ordinal))
        {
            text += " ext. " + extension;
        }

        return new FormattedPhone(text, "tel:" + e164 + (extension is null ? string.Empty : ";ext=" + extension));
    }

    private static string Group(string digits)
    {
        var groups = new List<string>();
        var rest = digits;
        while (rest.Length > 4)
        {
            groups.Add(rest[..3]);
            rest = rest[3..];
        }

        groups.Add(rest);
        return string.Join('-', groups);
    }
}
