using Site.Engine.Diagnostics;

namespace Site.Preview;

/// <summary>
/// What one rebuild of the preview gave: whether it succeeded, the URLs whose content changed (for the tabs to
/// reload), whether only stylesheets changed (applied without a reload), its diagnostics and its time.
/// </summary>
public sealed record PreviewUpdate(bool Succeeded, IReadOnlyList<string> ChangedUrls, bool StylesOnly, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed);
