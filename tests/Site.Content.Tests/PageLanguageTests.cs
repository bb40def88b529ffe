using Site.Content.Formats;
using Xunit;

namespace Site.Content.Tests;

public sealed class PageLanguageTests
{
    private const string Spanish = "Traiga su tarjeta de seguro y una lista de sus medicamentos. Llegue quince minutos antes de su cita para completar los formularios. Si necesita un intérprete, díganos cuando haga su cita y tendremos uno listo sin costo para usted. La clínica abre de lunes a viernes.";

    private const string English = "Bring your insurance card and a list of your medicines. Come fifteen minutes before your visit to fill in the forms. If you need an interpreter, tell us when you book and we will have one ready at no cost to you. The clinic is open Monday to Friday.";

    [Theory]
    [InlineData("es", true)]
    [InlineData("zh-Hans", true)]
    [InlineData("pt-BR", true)]
    [InlineData("es-419", true)]
    [InlineData("sr-Latn-RS", true)]
    [InlineData("spanish", false)]
    [InlineData("e", false)]
    [InlineData("en_US", false)]
    [InlineData("", false)]
    public void A_lang_must_be_a_well_formed_language_tag(string tag, bool wellFormed) => Assert.Equal(wellFormed, PageLanguage.IsWellFormed(tag));

    [Theory]
    [InlineData("ar", true)]
    [InlineData("he", true)]
    [InlineData("fa-IR", true)]
    [InlineData("ur", true)]
    [InlineData("ku-Arab", true)]
    [InlineData("az-Arab-IR", true)]
    [InlineData("en", false)]
    [InlineData("zh-Hant", false)]
    [InlineData("es", false)]
    public void Right_to_left_follows_the_language_or_its_script(string tag, bool rightToLeft) => Assert.Equal(rightToLeft, PageLanguage.IsRightToLeft(tag));

    [Fact]
    public void A_spanish_text_on_an_english_site_is_named_and_an_english_one_is_not()
    {
        Assert.Equal(("es", "Spanish"), PageLanguage.Other(Spanish, "en"));
        Assert.Null(PageLanguage.Other(English, "en"));
        Assert.Null(PageLanguage.Other(Spanish, "es-MX"));
        Assert.Equal("en", PageLanguage.Other(English, "es")?.Code);
    }

    [Fact]
    public void Short_or_half_and_half_text_is_not_judged()
    {
        Assert.Null(PageLanguage.Other("Hola, bienvenidos a la clínica.", "en"));
        Assert.Null(PageLanguage.Other(string.Join("\n", Enumerable.Range(0, 6).Select(_ => English + "\n" + Spanish)), "en"));
    }
}
