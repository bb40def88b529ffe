namespace Site.Content.FrontMatter;

/// <summary>A front matter record together with where each of its fields was written.</summary>
public sealed record Bound<T>(T Value, FieldLocations Locations)
    where T : class;
