using Site.Content.Images;
using Site.Testing;
using SkiaSharp;
using Xunit;

namespace Site.Content.Tests;

/// <summary>
/// Share images as SkiaSharp draws them with the repository's theme (its colours and its font): 1200×630, decodable,
/// the same bytes for the same inputs, from the cache the second time, a different name when anything drawn changes,
/// and text that stays inside its margins however long the title.
/// </summary>
public sealed class ShareImageTests
{
    private static readonly ShareLook Look = ShareLook.FromTheme(Repository.PathTo("theme"));

    private static string Photo => Repository.PathTo("input", "media", "grace-hands-on-the-wheel.jpg");

    private static SKTypeface Font() => SKTypeface.FromFile(Look.FontPath!);

    [Fact]
    public void The_theme_gives_its_colours_and_its_own_font()
    {
        Assert.NotNull(Look.FontPath);
        Assert.EndsWith("share.ttf", Look.FontPath, StringComparison.Ordinal);
        Assert.Equal(new SKColor(0x0b, 0x3d, 0x62), Look.Band);
        Assert.True(ShareLook.Contrast(Look.Band, Look.Text) >= 4.5, $"{Look.Text} on {Look.Band}");
        using var typeface = Font();
        Assert.Equal("Open Sans", typeface.FamilyName);
    }

    [Fact]
    public void A_text_colour_without_enough_contrast_is_replaced()
    {
        using var temp = new TempDirectory();
        temp.Write("assets/css/site.css", ":root {\n  --brand: #0b3d62;\n  --footer-text: #1f2933;\n}\n");
        var look = ShareLook.FromTheme(temp.Path);
        Assert.Equal(SKColors.White, look.Text);
        Assert.Null(look.FontPath);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void It_is_1200_by_630_and_decodes(bool withPhoto)
    {
        using var typeface = Font();
        var bytes = ShareImageRenderer.Render(new ShareCard("Grace Gets Back to Her Pottery Wheel", "Riverside Health Stories", withPhoto ? File.ReadAllBytes(Photo) : null), Look, typeface);
        using var codec = SKCodec.Create(new MemoryStream(bytes));
        Assert.Equal(withPhoto ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png, codec.EncodedFormat);
        Assert.Equal(1200, codec.Info.Width);
        Assert.Equal(630, codec.Info.Height);
        using var bitmap = SKBitmap.Decode(bytes);
        Assert.NotNull(bitmap);
    }

    [Fact]
    public void The_same_inputs_give_the_same_bytes()
    {
        using var typeface = Font();
        var card = new ShareCard("Maria Walks Again", "Riverside Health Stories", File.ReadAllBytes(Photo));
        Assert.Equal(ShareImageRenderer.Render(card, Look, typeface), ShareImageRenderer.Render(card, Look, typeface));
        Assert.NotEqual(ShareImageRenderer.Render(card, Look, typeface), ShareImageRenderer.Render(card with { Title = "Maria Walks Again!" }, Look, typeface));
    }

    [Fact]
    public void A_long_title_wraps_within_the_margins_and_ends_with_an_ellipsis()
    {
        using var typeface = Font();
        var title = string.Join(' ', Enumerable.Repeat("Extraordinarily long words keep coming", 12)) + " Supercalifragilisticexpialidociousnessandmoreandmoreandmore";
        var laid = ShareImageRenderer.Lines(typeface, title, 80, 52, 3);
        Assert.Equal(3, laid.Lines.Count);
        Assert.EndsWith("…", laid.Lines[^1], StringComparison.Ordinal);
        using var font = new SKFont(typeface, laid.Size);
        Assert.All(laid.Lines, line => Assert.True(font.MeasureText(line) <= ShareImageRenderer.TextWidth, line));

        // Drawn: the margins (left, right, top and bottom bands of the picture) hold only the background colour.
        var bytes = ShareImageRenderer.Render(new ShareCard(title, "An organization with a very long name, " + title, null), Look, typeface);
        using var bitmap = SKBitmap.Decode(bytes);
        var margin = ShareImageRenderer.Margin - 4;
        var off = new List<string>();
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var inMargin = x < margin || x >= bitmap.Width - margin || y < margin - 20 || y >= bitmap.Height - 24;
                if (inMargin && bitmap.GetPixel(x, y) != Look.Band)
                {
                    off.Add($"({x},{y})");
                }
            }
        }

        Assert.True(off.Count == 0, $"{off.Count} pixels of text in the margins, e.g. {string.Join(' ', off.Take(5))}");
    }

    [Fact]
    public void A_long_single_word_is_cut_to_fit()
    {
        using var typeface = Font();
        var laid = ShareImageRenderer.Lines(typeface, new string('W', 200), 54, 40, 3);
        using var font = new SKFont(typeface, laid.Size);
        Assert.InRange(laid.Lines.Count, 1, 3);
        Assert.All(laid.Lines, line => Assert.True(font.MeasureText(line) <= ShareImageRenderer.TextWidth, line));
    }

    [Fact]
    public void Text_the_font_cannot_show_is_left_out_rather_than_drawn_as_boxes()
    {
        using var typeface = Font();
        Assert.Empty(ShareImageRenderer.Lines(typeface, "شفاء", 54, 40, 3).Lines);
        Assert.NotEmpty(ShareImageRenderer.Lines(typeface, "Tomás", 54, 40, 3).Lines);
    }

    [Fact]
    public void The_second_build_takes_every_image_from_the_cache_and_a_change_makes_a_new_name()
    {
        using var temp = new TempDirectory();
        var media = temp.Combine("media");
        Directory.CreateDirectory(media);
        File.Copy(Photo, Path.Combine(media, "hero.jpg"));
        var cache = temp.Combine("cache");

        var first = new ShareImages(media, Look, cache, "Riverside Health Stories", "Riverside Health");
        var story = first.For("/stories/maria/", "Maria Walks Again", "/media/hero.jpg")!;
        Assert.Matches(@"^/img/share/stories/maria/[0-9a-f]{10}\.jpg$", story.Url);
        Assert.Matches(@"^/img/share/site\.[0-9a-f]{10}\.png$", first.Default.Url);
        var made = Bytes(first.Make(story));
        _ = first.Make(first.Default);
        Assert.Equal((2, 0), first.Counts);

        var second = new ShareImages(media, Look, cache, "Riverside Health Stories", "Riverside Health");
        var again = second.For("/stories/maria/", "Maria Walks Again", "/media/hero.jpg")!;
        Assert.Equal(story.Url, again.Url);
        Assert.Equal(made, Bytes(second.Make(again)));
        _ = second.Make(second.Default);
        Assert.Equal((0, 2), second.Counts);

        Assert.NotEqual(story.Url, second.For("/stories/maria/", "Maria Walks Again Today", "/media/hero.jpg")!.Url);
        Assert.NotEqual(second.Default.Url, new ShareImages(media, Look, cache, "Riverside Stories", "Riverside Health").Default.Url);
        Assert.NotEqual(second.Default.Url, new ShareImages(media, Look with { Band = SKColors.DarkGreen }, cache, "Riverside Health Stories", "Riverside Health").Default.Url);
        File.WriteAllBytes(Path.Combine(media, "hero.jpg"), File.ReadAllBytes(Repository.PathTo("input", "media", "grace-three-glazed-bowls.jpg")));
        Assert.NotEqual(story.Url, new ShareImages(media, Look, cache, "Riverside Health Stories", "Riverside Health").For("/stories/maria/", "Maria Walks Again", "/media/hero.jpg")!.Url);
    }

    [Fact]
    public void Only_a_readable_photo_or_a_page_that_always_has_one_gets_its_own_image()
    {
        using var temp = new TempDirectory();
        var shares = new ShareImages(temp.Combine("media"), Look, null, "Site", "Org");
        Assert.Null(shares.For("/about/", "About", null));
        Assert.Null(shares.For("/about/", "About", "/media/drawing.svg"));
        Assert.Null(shares.For("/about/", "About", "/media/missing.jpg"));
        var card = shares.For("/stories/x/", "X", "/media/drawing.svg", always: true);
        Assert.NotNull(card);
        Assert.EndsWith(".png", card.Url, StringComparison.Ordinal);
        Assert.Null(card.HeroFile);
    }

    [Fact]
    public void An_svg_hero_is_drawn_behind_the_title()
    {
        using var temp = new TempDirectory();
        temp.Write("media/drawing.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 60\" width=\"120\" height=\"60\"><rect width=\"120\" height=\"60\" fill=\"#c0392b\"/><circle cx=\"60\" cy=\"30\" r=\"10\" fill=\"#2e86c1\"/></svg>");
        var shares = new ShareImages(temp.Combine("media"), Look, null, "Site", "Org");
        var card = shares.For("/stories/x/", "X", "/media/drawing.svg");
        Assert.NotNull(card);
        Assert.EndsWith(".jpg", card.Url, StringComparison.Ordinal);
        Assert.Equal(temp.Combine("media", "drawing.svg"), card.HeroFile);
        using var bitmap = SKBitmap.Decode(Bytes(shares.Make(card)));
        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
        // Above the band: the drawing's red at a corner, its blue circle in the middle (JPEG leaves a little error).
        AssertNear(new SKColor(0xc0, 0x39, 0x2b), bitmap.GetPixel(20, 20));
        AssertNear(new SKColor(0x2e, 0x86, 0xc1), bitmap.GetPixel(600, 300));
    }

    [Fact]
    public void An_svg_hero_that_could_load_or_run_something_is_not_drawn()
    {
        using var temp = new TempDirectory();
        temp.Write("media/script.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>");
        temp.Write("media/outside.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\"><image xlink:href=\"http://127.0.0.1:9/x.png\" width=\"10\" height=\"10\"/></svg>");
        var shares = new ShareImages(temp.Combine("media"), Look, null, "Site", "Org");
        Assert.Null(shares.For("/about/", "About", "/media/script.svg"));
        Assert.Null(shares.For("/about/", "About", "/media/outside.svg"));
        Assert.Null(SvgPicture.Load(File.ReadAllText(temp.Combine("media", "outside.svg"))));
        Assert.Null(SvgPicture.Load("<svg"));
    }

    private static void AssertNear(SKColor expected, SKColor actual)
    {
        var distance = Math.Max(Math.Abs(expected.Red - actual.Red), Math.Max(Math.Abs(expected.Green - actual.Green), Math.Abs(expected.Blue - actual.Blue)));
        Assert.True(distance <= 12, $"expected about {expected}, got {actual}");
    }

    private static byte[] Bytes(Site.Engine.Documents.DocumentContent content) => content switch
    {
        Site.Engine.Documents.BytesContent bytes => bytes.Bytes.ToArray(),
        Site.Engine.Documents.FileContent file => File.ReadAllBytes(file.FullPath),
        _ => throw new InvalidOperationException(content.GetType().Name),
    };
}
