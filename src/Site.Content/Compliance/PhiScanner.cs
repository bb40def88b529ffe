using Site.Content.Compliance.Phi;
using Site.Content.Model;

namespace Site.Content.Compliance;

/// <summary>
/// Finds the identifiers of HIPAA's Safe Harbor list that a pattern can find, one detector per family (see
/// <c>Compliance/Phi/</c>), leaving out what is the organization's own as whole identifiers. Where two detectors find
/// overlapping text, the earlier one in <see cref="Detectors"/> names it and the text is reported once. Thread-safe.
/// </summary>
public sealed class PhiScanner
{
    private readonly IReadOnlyList<IPhiDetector> detectors;

    public PhiScanner(Organization organization)
    {
        var own = new OrganizationAllowlist(organization);
        detectors =
        [
            new SocialSecurityDetector(),
            new EmailDetector(own),
            new PersonalUrlDetector(own),
            new SocialHandleDetector(own),
            new IpAddressDetector(),
            new UnlabelledIdDetector(),
            LabelledIdDetector.Records(),
            LabelledIdDetector.Licenses(),
            LabelledIdDetector.Plates(),
            LabelledIdDetector.Devices(),
            new BirthDateDetector(),
            new StreetAddressDetector(own),
            new ZipCodeDetector(own),
            new PhoneDetector(own),
        ];
    }

    public IReadOnlyList<IPhiDetector> Detectors => detectors;

    /// <summary>The consent identifier that would authorize a kind of hit, or null when no authorization can (an SSN, say).</summary>
    public static string? IdentifierFor(PhiKind kind) => kind switch
    {
        PhiKind.PhoneNumber => "phone",
        PhiKind.EmailAddress => "email",
        PhiKind.StreetAddress or PhiKind.ZipCode => "address",
        PhiKind.BirthDate => "birth-date",
        PhiKind.PersonalUrl => "social-media",
        _ => null,
    };

    /// <summary>What a hit looks like, in the words of a message.</summary>
    public static string Describe(PhiKind kind) => kind switch
    {
        PhiKind.SocialSecurityNumber => "a Social Security number",
        PhiKind.PhoneNumber => "a phone or fax number",
        PhiKind.EmailAddress => "an e-mail address",
        PhiKind.StreetAddress => "a street address",
        PhiKind.ZipCode => "a ZIP code",
        PhiKind.BirthDate => "a date of birth",
        PhiKind.RecordNumber => "a record, account, health plan or card number",
        PhiKind.IpAddress => "an IP address",
        PhiKind.LicenseNumber => "a licence or certificate number",
        PhiKind.VehicleIdentifier => "a licence plate or vehicle identification number",
        PhiKind.DeviceIdentifier => "a device serial number",
        _ => "a personal web address or social media handle",
    };

    public IReadOnlyList<PhiHit> Scan(string text)
    {
        var prepared = new PhiText(text);
        var spans = new List<PhiSpan>();
        var kept = new List<PhiSpan>();
        foreach (var detector in detectors)
        {
            spans.Clear();
            detector.Find(prepared, spans);
            foreach (var span in spans)
            {
                if (span.Length > 0 && !kept.Any(k => k.Overlaps(span)))
                {
                    kept.Add(span);
                }
            }
        }

        if (kept.Count == 0)
        {
            return [];
        }

        kept.Sort((a, b) => a.Index.CompareTo(b.Index));
        var hits = new List<PhiHit>(kept.Count);
        var line = 1;
        var lineStart = 0;
        var position = 0;
        foreach (var span in kept)
        {
            for (; position < span.Index; position++)
            {
                if (text[position] == '\n')
                {
                    line++;
                    lineStart = position + 1;
                }
            }

            // A pattern may run on over a line break (an address wrapped in a paragraph); the hit is cut there, so that it
            // is reported on the line where it starts.
            var length = text.AsSpan(span.Index, span.Length).IndexOfAny('\r', '\n') is >= 0 and var lineEnd ? lineEnd : span.Length;
            var hit = text.Substring(span.Index, length).TrimEnd();
            if (hit.Length > 0)
            {
                hits.Add(new PhiHit(span.Kind, hit, line, span.Index - lineStart + 1) { Index = span.Index });
            }
        }

        return hits;
    }
}
