namespace Site.Content.Compliance;

/// <summary>The Safe Harbor identifiers (45 CFR 164.514(b)(2)) that a pattern can find in text.</summary>
public enum PhiKind
{
    SocialSecurityNumber,
    PhoneNumber,
    EmailAddress,
    StreetAddress,
    ZipCode,
    BirthDate,
    RecordNumber,
    IpAddress,
    PersonalUrl,
    LicenseNumber,
    VehicleIdentifier,
    DeviceIdentifier,
}
