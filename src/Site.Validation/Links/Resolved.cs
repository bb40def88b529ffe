namespace Site.Validation.Links;

/// <summary>Where a reference leads, once resolved against its page.</summary>
public abstract record Resolved
{
    /// <summary>Not followed: javascript:, data:, blob:, about: and schemes a browser hands to other programs.</summary>
    public sealed record Skip : Resolved;

    /// <summary>A file of the site: its path below the site folder (decoded, no query), whether it named a folder, and its fragment.</summary>
    public sealed record Internal(string Path, bool IsFolder, string? Fragment) : Resolved;

    /// <summary>A page on another site.</summary>
    public sealed record External(Uri Url) : Resolved;

    /// <summary>A relative path that climbs above the site folder.</summary>
    public sealed record LeavesRoot : Resolved;

    public sealed record Mailto(string Addresses) : Resolved;

    public sealed record Tel(string Number) : Resolved;
}
