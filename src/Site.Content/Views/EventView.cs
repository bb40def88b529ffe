namespace Site.Content.Views;

/// <summary>When and where an event happens, formatted for reading and as ISO 8601 local times.</summary>
public sealed record EventView(string When, string StartsIso, string EndsIso, string Location, string? Registration);
