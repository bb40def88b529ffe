using PhoneNumbers;
using Site.Content.FrontMatter;
using Site.Content.Model;
using Site.Engine.Diagnostics;

namespace Site.Content.Sources;

/// <summary>
/// The rules of an event's front matter that need only the file and the site's time zone: times written in the form
/// the event needs (dates for an all-day event), times that exist in the zone, an end after the start, somewhere to
/// go or to join, and links a reader can use (https addresses, a phone number, an e-mail address).
/// </summary>
public static class CheckEvent
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>The region a phone number written without a country code is read in.</summary>
    public const string PhoneRegion = "US";

    public static void Check(EventFrontMatter happening, FieldLocations locations, TimeZoneInfo zone, DiagnosticBag diagnostics)
    {
        var formsRight = Form(happening.Start, "start", happening.AllDay, locations, diagnostics)
            & (happening.End is not { } end || Form(end, "end", happening.AllDay, locations, diagnostics));
        if (happening.End is null && !happening.AllDay)
        {
            formsRight = false;
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.MissingField, locations.Root, $"required field 'end' is missing; write when the event ends, such as end: {happening.Start.Date:yyyy-MM-dd} 12:00 (only an event with all_day: true may leave it out)"));
        }

        if (formsRight)
        {
            CheckOrder(happening, locations, zone, diagnostics);
        }

        CheckPlace(happening, locations, diagnostics);
        CheckLinks(happening, locations, diagnostics);
    }

    private static bool Form(EventTime time, string name, bool allDay, FieldLocations locations, DiagnosticBag diagnostics)
    {
        if (allDay && time.HasTime)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.WrongType, locations[name], $"'{name}' must be a date in the form YYYY-MM-DD, since the event has all_day: true; found '{time}' (write the date alone, or remove all_day)"));
            return false;
        }

        if (!allDay && !time.HasTime)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.WrongType, locations[name], $"'{name}' must be a date and time such as {time} 09:00; found the date '{time}' alone (add the time, or write all_day: true for an event of whole days)"));
            return false;
        }

        return true;
    }

    private static void CheckOrder(EventFrontMatter happening, FieldLocations locations, TimeZoneInfo zone, DiagnosticBag diagnostics)
    {
        var skipped = false;
        foreach (var (time, name) in new[] { (happening.Start, "start"), (happening.End ?? happening.Start, "end") })
        {
            if ((name == "start" || happening.End is not null) && time.SkippedIn(zone))
            {
                skipped = true;
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.EventTimeSkipped, locations[name], $"'{name}' ({time}) does not exist in the site's time zone ({zone.Id}): the clocks skip that hour as daylight saving time starts; write a time an hour later, or give the offset"));
            }
        }

        if (skipped || happening.End is not { } end)
        {
            return;
        }

        if (happening.AllDay)
        {
            if (end.Date < happening.Start.Date)
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.EventTimes, locations["end"], $"'end' ({end}) must be on or after 'start' ({happening.Start}); an all-day event's 'end' is its last day"));
            }

            return;
        }

        if (end.In(zone) <= happening.Start.In(zone))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.EventTimes, locations["end"], $"'end' ({end}) must be after 'start' ({happening.Start})"));
        }
    }

    private static void CheckPlace(EventFrontMatter happening, FieldLocations locations, DiagnosticBag diagnostics)
    {
        if (happening.Location is null && happening.OnlineUrl is null)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.EventPlaceMissing, locations.Root, "an event needs 'location' (where to go) or 'online_url' (where to join online), or both"));
        }
        else if (happening.Location is { } location && string.IsNullOrWhiteSpace(location.Name) && string.IsNullOrWhiteSpace(location.Address))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.MissingField, locations["location"], "'location' is empty; write where the event takes place, as one line of text or as a 'name' and an 'address'"));
        }

        if (happening.Status == EventStatus.MovedOnline && happening.OnlineUrl is null)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.EventPlaceMissing, locations["status"], "the event has moved online, so 'online_url' must say where to join it"));
        }
    }

    private static void CheckLinks(EventFrontMatter happening, FieldLocations locations, DiagnosticBag diagnostics)
    {
        Https(happening.OnlineUrl, "online_url", locations, diagnostics);
        Https(happening.Location?.MapUrl, "location.map_url", locations, diagnostics);
        if (happening.Registration is not { } registration)
        {
            return;
        }

        Https(registration.Url, "registration.url", locations, diagnostics);
        if (registration.Phone is { } phone && PhoneLink(phone) is null)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.EventContact, locations["registration.phone"], $"'registration.phone' must be a phone number people can call, such as +1-555-010-0150; found '{phone}'"));
        }

        if (registration.Email is { } email && !IsEmail(email))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.EventContact, locations["registration.email"], $"'registration.email' must be an e-mail address such as events@riversidehealth.example; found '{email}'"));
        }

        if (registration is { Url: null, Phone: null, Email: null } && string.IsNullOrWhiteSpace(registration.Note))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.MissingField, locations["registration"], "'registration' is empty; write how to sign up, as one line of text or as a 'url', a 'phone', an 'email' and a 'note'"));
        }
    }

    private static void Https(string? url, string name, FieldLocations locations, DiagnosticBag diagnostics)
    {
        if (url is not null && !IsHttps(url))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.EventContact, locations[name], $"'{name}' must be a whole web address that starts with https://; found '{url}'"));
        }
    }

    /// <summary>Whether a text is a whole https address with a host.</summary>
    public static bool IsHttps(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0 && !url.Any(char.IsWhiteSpace);

    /// <summary>Whether a text has the shape of one e-mail address (one @, a dotted domain, no spaces).</summary>
    public static bool IsEmail(string email)
    {
        var at = email.IndexOf('@');
        return at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.') && !email.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '"' or ',' or ';' or ':');
    }

    /// <summary>
    /// A phone number as a <c>tel:</c> link (E.164, such as <c>tel:+15550100150</c>) and as people read it
    /// (<c>+1 555-010-0150</c>), read with libphonenumber; null when it cannot be a number. Possible numbers are
    /// accepted, not only assigned ones, so the fictional 555 numbers of examples and tests pass.
    /// </summary>
    public static (string Link, string Text)? PhoneLink(string phone)
    {
        try
        {
            var number = Phones.Parse(phone, PhoneRegion);
            return Phones.IsPossibleNumber(number)
                ? ("tel:" + Phones.Format(number, PhoneNumberFormat.E164), Phones.Format(number, PhoneNumberFormat.INTERNATIONAL))
                : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
