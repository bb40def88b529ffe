namespace Site.Content.Compliance;

/// <summary>A candidate identifier in a text: where it starts, its text, and for an e-mail address its domain.</summary>
internal readonly record struct PhiSpan(int Index, string Text, string Domain);
