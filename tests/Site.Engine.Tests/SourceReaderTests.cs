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

    [Fact]
    public void The_limit_counts_the_bytes_read_not_the_length_a_file_reports()
    {
        // /proc files say their length is 0 whatever they hold; a link to /dev/zero would never end.
        const string lying = "/proc/self/maps";
        Assert.SkipUnless(File.Exists(lying) && new FileInfo(lying).Length == 0, "needs Linux /proc, whose files report length 0");
        var bag = new DiagnosticBag();

        Assert.Null(new SourceReader(maxBytes: 1024).Read(lying, "input/maps.md", bag));
        Assert.Equal("input/maps.md:1:1: error SG1011: the file is more than 1 KB; the limit is 1 KB. Split it into smaller files, or move large media to input/media/", Assert.Single(bag.ToSortedList()).ToString());
    }

    [Fact]
    public void A_symbolic_link_a_named_pipe_and_a_folder_are_refused_without_opening_them()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "named pipes are made with mkfifo");
        using var temp = new TempDirectory();
        var target = temp.Write("outside.md", "---\ntitle: x\n---\n");
        File.CreateSymbolicLink(temp.Combine("link.md"), target);
        NamedPipe.Create(temp.Combine("pipe.md"));
        Directory.CreateDirectory(temp.Combine("folder.md"));
        var bag = new DiagnosticBag();
        var reader = new SourceReader();

        Assert.Null(reader.Read(temp.Combine("link.md"), "input/link.md", bag));
        Assert.Null(reader.Read(temp.Combine("pipe.md"), "input/pipe.md", bag));
        Assert.Null(reader.Read(temp.Combine("folder.md"), "input/folder.md", bag));

        Assert.Equal(
            [
                "input/folder.md:1:1: error SG1013: the file cannot be read: it is a folder",
                $"input/link.md:1:1: error SG1022: this is a symbolic link to '{target}'; the site is built only from what is inside its folders, so put the file or folder itself here instead of a link",
                "input/pipe.md:1:1: error SG1023: this is a named pipe, not a file; the build reads only regular files, so delete it",
            ],
            bag.ToSortedList().Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("a\u0000b", 1, 2, "0000")]
    [InlineData("line one\nsecond \u001B[31m red", 2, 8, "001B")]
    [InlineData("x\u007F", 1, 2, "007F")]
    [InlineData("\u0085next", 1, 1, "0085")]
    public void A_control_character_is_an_error_at_its_line_and_column(string text, int line, int column, string hex)
    {
        var bag = new DiagnosticBag();

        Assert.NotNull(SourceReader.Decode(System.Text.Encoding.UTF8.GetBytes(text), "input/a.md", bag));

        var error = Assert.Single(bag.ToSortedList());
        Assert.Equal($"input/a.md:{line}:{column}: error SG2015: an invisible control character (U+{hex}) is here; delete it (it usually comes from pasting out of another program), since a page cannot show it", error.ToString());
    }

    [Fact]
    public void Tab_line_feed_and_carriage_return_are_not_control_characters_to_refuse()
    {
        var bag = new DiagnosticBag();

        SourceReader.Decode("a\tb\r\nc\n"u8, "input/a.md", bag);

        Assert.Empty(bag.ToSortedList());
    }
}
