using Site.Content.Images;
using Site.Content.Model;
using Site.Testing;
using Xunit;

namespace Site.Content.Tests;

/// <summary>How a page's images are made responsive (<see cref="ResponsiveImages"/>), on a photo, a PNG and an SVG in a temporary media folder.</summary>
public sealed class ResponsiveImagesTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly ResponsiveImages images;

    public ResponsiveImagesTests()
    {
        var media = temp.Combine("media");
        Directory.CreateDirectory(Path.Combine(media, "team"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Photos", "gps-serial.jpg"), Path.Combine(media, "team", "walk.jpg"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Photos", "plain.png"), Path.Combine(media, "sign.png"));
        File.WriteAllText(Path.Combine(media, "map.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 150\"><rect width=\"1\" height=\"1\"/></svg>");
        images = new ResponsiveImages(new ImageCatalog(media, new ImageSettings(Widths: [400, 800]), null), "100vw");
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_photo_becomes_a_picture_with_webp_first_its_size_and_lazy_loading()
    {
        var html = images.Rewrite("<p><img src=\"/media/team/walk.jpg\" alt=\"Sam &amp; Ana on the path\" class=\"wide\"></p>", "/stories/a/");
        Assert.Matches("""^<p><picture><source type="image/webp" srcset="/img/team/walk-400\.[0-9a-f]{10}\.webp 400w, /img/team/walk-800\.[0-9a-f]{10}\.webp 800w" sizes="100vw"><img src="/img/team/walk-800\.[0-9a-f]{10}\.jpg" srcset="/img/team/walk-400\.[0-9a-f]{10}\.jpg 400w, /img/team/walk-800\.[0-9a-f]{10}\.jpg 800w" sizes="100vw" width="2000" height="1500" alt="Sam &amp; Ana on the path" class="wide" loading="lazy" decoding="async"></picture></p>$""", html);
    }

    [Fact]
    public void The_template_s_sizes_and_eager_loading_are_kept()
    {
        var html = images.Rewrite("<img src=\"/media/sign.png\" alt=\"\" sizes=\"50vw\" loading=\"eager\" fetchpriority=\"high\">", "/");
        Assert.Contains("sizes=\"50vw\"", html, StringComparison.Ordinal);
        Assert.Contains("loading=\"eager\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("lazy", html, StringComparison.Ordinal);
        Assert.Contains("fetchpriority=\"high\"", html, StringComparison.Ordinal);
        Assert.Contains("width=\"600\" height=\"400\"", html, StringComparison.Ordinal);
        Assert.Contains("/img/sign-400.", html, StringComparison.Ordinal);
        Assert.Contains("/img/sign-600.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sign-800", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_address_is_resolved_against_the_page()
    {
        Assert.Contains("<picture>", images.Rewrite("<img src=\"../../media/sign.png\" alt=\"x\">", "/stories/a/"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<img src=\"https://example.com/media/sign.png\" alt=\"x\">")]
    [InlineData("<img src=\"/media/missing.jpg\" alt=\"x\">")]
    [InlineData("<img src=\"/media/sign.png\" srcset=\"/a.png 2x\" alt=\"x\">")]
    [InlineData("<picture><source srcset=\"/a.avif\"><img src=\"/media/sign.png\" alt=\"x\"></picture>")]
    [InlineData("<img alt=\"no source\">")]
    [InlineData("<p>an <imgur> tag and text: <img</p>")]
    public void What_is_not_a_photo_of_the_site_or_is_already_responsive_keeps_its_bytes(string page)
    {
        Assert.Same(page, images.Rewrite(page, "/"));
    }

    [Fact]
    public void An_svg_gets_the_size_it_declares()
    {
        Assert.Equal("<img src=\"/media/map.svg\" width=\"300\" height=\"150\" alt=\"Map\" loading=\"lazy\" decoding=\"async\">", images.Rewrite("<img src=\"/media/map.svg\" alt=\"Map\">", "/"));
        Assert.Equal("<img src=\"/media/map.svg\" width=\"30\" alt=\"Map\">", images.Rewrite("<img src=\"/media/map.svg\" width=\"30\" alt=\"Map\">", "/"));
    }

    [Fact]
    public void A_video_poster_photo_is_its_resized_copy()
    {
        var html = images.Rewrite("<video controls preload=\"none\" poster=\"/media/sign.png\"><source src=\"/media/v.webm\" type=\"video/webm\"></video>", "/");
        Assert.Matches("""^<video controls preload="none" poster="/img/sign-600\.[0-9a-f]{10}\.png"><source src="/media/v\.webm" type="video/webm"></video>$""", html);
    }

    [Fact]
    public void Every_image_of_a_page_is_rewritten_and_the_rest_is_unchanged()
    {
        var page = "<h1>T</h1>\n<img src=\"/media/sign.png\" alt=\"a\">\n<p>between</p>\n<img src=\"/media/map.svg\" alt=\"b\">\n<footer>end</footer>";
        var html = images.Rewrite(page, "/");
        Assert.StartsWith("<h1>T</h1>\n<picture>", html, StringComparison.Ordinal);
        Assert.Contains("</picture>\n<p>between</p>\n<img src=\"/media/map.svg\" width=\"300\"", html, StringComparison.Ordinal);
        Assert.EndsWith("decoding=\"async\">\n<footer>end</footer>", html, StringComparison.Ordinal);
    }
}
