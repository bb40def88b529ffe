using Site.Engine.Diagnostics;
using Site.Engine.Files;
using Site.Testing;
using Xunit;

namespace Site.Engine.Tests;

public sealed class SourceReaderTests
{
    [Fact]
    public void Invalid_utf8_is_reported_at_its_line_and_column()
    {
        var bag = new DiagnosticBag();
        var bytes = "---\ntitle: caf"u8.ToArray().Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();

        Assert.Null(SourceReader.Decode(bytes, "input/stories/a.md", bag));

        var diagnostic = Assert.Single(bag.ToSortedList());
        Assert.Equal("input/stories/a.md:2:11: error SG1010: the file is not valid UTF-8 (byte 0xE9 at offset 14); save it with UTF-8 encoding in your editor", diagnostic.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\r\n\t")]
    public void An_empty_file_is_an_error(string text)
    {
        var bag = new DiagnosticBag();
        Assert.Null(SourceReader.Decode(System.Text.Encoding.UTF8.GetBytes(text), "a.md", bag));
        Assert.Equal(DiagnosticCodes.FileEmpty, Assert.Single(bag.ToSortedList()).Code);
    }

    [Fact]
    public void A_byte_order_mark_is_dropped()
    {
        var text = SourceReader.Decode([0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i'], "a.md", new DiagnosticBag());
        Assert.Equal("hi", text!.Text);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_without_reading_it()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("big.md", new string('x', 2048));
        var bag = new DiagnosticBag();

        Assert.Null(new SourceReader(maxBytes: 1024).Read(path, "input/big.md", bag));
        Assert.Equal("input/big.md:1:1: error SG1011: the file is 2 KB; the limit is 1 KB. Split it into smaller files, or move large media to input/media/", Assert.Single(bag.ToSortedList()).ToString());
    }
}
