using Site.Validation.Links;

namespace Site.Validation.Stage;

/// <summary>
/// Scans of pages kept from an earlier build (a build's cache): a page whose path and text are exactly those of a page
/// checked before with the same checks, and found clean (nothing wrong on the page alone), is not parsed again; its
/// anchors and references are taken as they were. Thread-safe.
/// </summary>
public interface IPageScanStore
{
    /// <summary>The scan of a clean page with exactly this path and text, or null when none is kept.</summary>
    PageScan? Find(string path, string text);

    /// <summary>Keeps the scan of a clean page (one with no finding on the page alone) for later builds.</summary>
    void Keep(string path, string text, PageScan scan);
}
