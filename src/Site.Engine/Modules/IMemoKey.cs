using Site.Engine.Documents;

namespace Site.Engine.Modules;

/// <summary>
/// A per-document module whose output depends on something besides its input document and the run's fixed
/// settings (a layout that can change while a preview runs, the alerts in effect...) gives that dependency as a
/// key; a remembered result is used only when the key is the same.
/// </summary>
public interface IMemoKey
{
    string MemoKey(Document input);
}
