using System.Reflection;
using Site.Content.FrontMatter;
using Site.Content.Model;
using Xunit;

namespace Site.Content.Tests;

/// <summary>Each kind's front matter record names it and its pages' folder as the list of kinds does.</summary>
public sealed class ContentFileAttributeTests
{
    public static TheoryData<string> Kinds() => [.. ContentKinds.All.Select(k => k.Kind.ToString())];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_binder_learns_the_same_noun_and_folder_as_the_model_has(string name)
    {
        var kind = ContentKinds.All.Single(k => k.Kind.ToString() == name);
        var marked = kind.FrontMatter.GetCustomAttribute<ContentFileAttribute>();
        Assert.NotNull(marked);
        Assert.Equal(kind.UrlPrefix, marked.UrlPrefix);
        Assert.Equal((kind.NewWord![0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an " : "a ") + kind.NewWord, marked.Noun);
    }
}
