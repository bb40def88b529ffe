using Site.Content.Formats;
using Xunit;

namespace Site.Content.Tests;

/// <summary>Phone numbers as readers see them and as tel: links, and tags by a readable name.</summary>
public sealed class BrandFormatsTests
{
    [Theory]
    // An assigned US number in any common shape: the national format, E.164 in the link.
    [InlineData("+1 650-253-0000", "US", "(650) 253-0000", "tel:+16502530000")]
    [InlineData("(650) 253 0000", "US", "(650) 253-0000", "tel:+16502530000")]
    [InlineData("650.253.0000", "US", "(650) 253-0000", "tel:+16502530000")]
    // The demo's fictional 555-01xx numbers: libphonenumber reads them but does not know them as assigned; they are
    // formatted the same way all the same.
    [InlineData("+1-555-010-0100", "US", "(555) 010-0100", "tel:+15550100100")]
    [InlineData("555-010-0150", "US", "(555) 010-0150", "tel:+15550100150")]
    // An extension is kept, in the text and in the link.
    [InlineData("+1-555-010-0100 ext. 42", "US", "(555) 010-0100 ext. 42", "tel:+15550100100;ext=42")]
    // A number of another country keeps its country code; one of the site's region is written nationally.
    [InlineData("+44 20 7946 0958", "US", "+44 20 7946 0958", "tel:+442079460958")]
    [InlineData("+44 20 7946 0958", "GB", "020 7946 0958", "tel:+442079460958")]
    [InlineData("+1 416-555-0199", "CA", "(416) 555-0199", "tel:+14165550199")]
    public void A_phone_is_shown_in_the_national_format_and_linked_in_E164(string written, string region, string text, string tel)
    {
        var phone = Phones.Format(written, region);

        Assert.NotNull(phone);
        Assert.Equal(text, phone.Text);
        Assert.Equal(tel, phone.Tel);
    }

    [Theory]
    [InlineData("call us")]
    [InlineData("12")]
    [InlineData("")]
    [InlineData(null)]
    public void What_cannot_be_a_phone_number_is_not_formatted(string? written) => Assert.Null(Phones.Format(written, "US"));

    [Fact]
    public void Phones_in_a_text_are_linked_and_the_rest_is_escaped()
    {
        var html = Phones.LinkInText("Call +1-555-010-0100 or <the front desk> at 555-010-0120 & ask", "US");

        Assert.Equal("Call <a href=\"tel:+15550100100\">(555) 010-0100</a> or &lt;the front desk&gt; at <a href=\"tel:+15550100120\">(555) 010-0120</a> &amp; ask", html);
    }

    [Fact]
    public void A_text_without_a_phone_is_only_escaped() => Assert.Equal("Ask at the &quot;desk&quot;", Phones.LinkInText("Ask at the \"desk\"", "US"));

    [Theory]
    [InlineData("US", true)]
    [InlineData("CA", true)]
    [InlineData("us", false)]
    [InlineData("USA", false)]
    [InlineData("ZZ", false)]
    public void A_phone_region_is_a_region_code_libphonenumber_knows(string region, bool known) => Assert.Equal(known, Phones.IsRegion(region));

    [Theory]
    [InlineData("heart-health", "Heart health")]
    [InlineData("recovery", "Recovery")]
    [InlineData("kids-health", "Kids health")]
    [InlineData("covid-19", "Covid 19")]
    [InlineData("a", "A")]
    public void A_tag_without_a_name_is_shown_as_a_readable_form_of_its_slug(string slug, string shown) => Assert.Equal(shown, TagNames.Readable(slug));

    [Fact]
    public void A_tag_named_in_the_settings_is_shown_by_that_name()
    {
        var settings = new Site.Content.Model.SiteSettings(
            "T", "D", "https://example.org", "en", "America/Chicago",
            new Site.Content.Model.Organization("Org", "1 Road", "+1-555-010-0100", [], []),
            [new Site.Content.Model.ServiceLine("cardiology", "Heart", "Hearts.")], [],
            Tags: [new Site.Content.Model.TagName("kids-health", "Children’s health")]);

        Assert.Equal("Children’s health", settings.TagDisplayName("kids-health"));
        Assert.Equal("Heart health", settings.TagDisplayName("heart-health"));
    }
}
