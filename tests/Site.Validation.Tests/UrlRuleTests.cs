using Site.Validation.Html;
using Site.Validation.Links;
using Xunit;

namespace Site.Validation.Tests;

/// <summary>The URL rules of the link check, one by one: tel: numbers, well-formed http(s) URLs, fragments, invisible characters.</summary>
public sealed class UrlRuleTests
{
    [Theory]
    [InlineData("+1-555-010-0100")]
    [InlineData("+1%20(555)%20010-0100")]
    [InlineData("+1-555-010-0100;ext=204")]
    [InlineData("+1-555-010-0100;isub=1411")]
    [InlineData("863-1234;phone-context=+1-914-555")]
    [InlineData("7042;phone-context=example.com")]
    [InlineData("*67;phone-context=+1")]
    [InlineData("555-0100")]
    [InlineData("+1-555-010-0100,204")]
    [InlineData("+1-555-010-0100,,204#")]
    [InlineData("+1-555-010-0100;204")]
    [InlineData("+1-555-010-0100;ext=204,1")]
    public void A_tel_number_of_RFC_3966_with_pauses_is_accepted(string number) => Assert.Null(TelNumber.Problem(number));

    [Theory]
    [InlineData("", "no number")]
    [InlineData("555-CARE", "'C' is not a digit")]
    [InlineData("12", "2 digits")]
    [InlineData("*67", "needs ;phone-context=")]
    [InlineData("+1-555-010-0100;phone-context=+1", "needs no ;phone-context=")]
    [InlineData("+1-555-010-0100;ext=desk", "must be digits")]
    [InlineData("+1-555-010-0100,menu", "after the pause")]
    public void A_tel_number_that_cannot_be_dialled_says_why(string number, string why) => Assert.Contains(why, TelNumber.Problem(number), StringComparison.Ordinal);

    [Theory]
    [InlineData("https://example.com:8080/")]
    [InlineData("https://[2001:db8::1]:443/")]
    [InlineData("http://192.0.2.1/")]
    [InlineData("https://café.example/")]
    [InlineData("//cdn.example.com/x")]
    [InlineData("https://example.com/a b?c#d e")]
    [InlineData("/relative/path")]
    [InlineData("mailto:a@example.org")]
    public void A_well_formed_or_non_web_URL_passes(string url) => Assert.Null(UrlSyntax.Problem(url));

    [Theory]
    [InlineData("https://example.com:99999/", "above 65535")]
    [InlineData("https://example.com:8o/", "not a number")]
    [InlineData("//////", "no host name")]
    [InlineData("https:/example.com/", "two slashes")]
    [InlineData("https://exa mple.com/", "a space")]
    [InlineData("https://256.0.0.1/", "not an IPv4 address")]
    [InlineData("https://[::1/", "IPv6")]
    public void A_malformed_web_URL_says_why(string url, string why) => Assert.Contains(why, UrlSyntax.Problem(url), StringComparison.Ordinal);

    [Theory]
    [InlineData("#café", "caf%C3%A9")]
    [InlineData("page.html#a b", "a%20b")]
    [InlineData("#100%", "100%")]
    [InlineData("#x\ty", "xy")]
    public void The_raw_fragment_is_what_a_browser_keeps(string target, string raw) => Assert.Equal(raw, ReferenceCheck.RawFragment(target));

    [Fact]
    public void A_fragment_is_tried_as_written_then_decoded_then_as_top()
    {
        var anchors = new HashSet<string>(["caf%C3%A9", "a b"], StringComparer.Ordinal);

        Assert.True(ReferenceCheck.Indicates(anchors, "caf%C3%A9", "café"));
        Assert.True(ReferenceCheck.Indicates(anchors, "a%20b", "a b"));
        Assert.True(ReferenceCheck.Indicates(anchors, "TOP", "TOP"));
        Assert.False(ReferenceCheck.Indicates(anchors, "Caf%C3%A9", "Café"));
    }

    [Theory]
    [InlineData("/about\u200B/", "/about\\u200B/")]
    [InlineData("\u202Eabout", "\\u202Eabout")]
    [InlineData("a\u00A0b", "a\\u00A0b")]
    [InlineData("a\u0085b\u0007", "a\\u0085b\\u0007")]
    [InlineData("tag\U000E0041", "tag\\U000E0041")]
    [InlineData("/café/a b", "/café/a b")]
    public void An_invisible_character_is_printed_as_its_escape(string text, string printed) => Assert.Equal(printed, Printable.Escape(text));
}
