using Site.Engine.Diagnostics;
using Site.Validation.Html;

namespace Site.Validation;

/// <summary>A check of one rendered page. Implementations are stateless and thread-safe.</summary>
public interface IPageCheck
{
    IEnumerable<Diagnostic> Check(HtmlPage page);
}
