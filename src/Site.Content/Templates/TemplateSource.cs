using Fluid;

namespace Site.Content.Templates;

/// <summary>A parsed theme template and the text it was parsed from (kept to point at lines in errors).</summary>
public sealed record TemplateSource(string Name, string DisplayPath, string Text, IFluidTemplate Template);
