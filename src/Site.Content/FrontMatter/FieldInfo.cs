using System.Reflection;

namespace Site.Content.FrontMatter;

/// <summary>What the binder knows about one constructor parameter of a front matter record.</summary>
internal sealed record FieldInfo(string Key, ParameterInfo Parameter, Type Type, bool Required, bool NonEmpty, object? Default, string? EmptyHint = null);
