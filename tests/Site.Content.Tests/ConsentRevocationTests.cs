using Site.Content.Compliance;
using Xunit;

namespace Site.Content.Tests;

/// <summary>
/// What <c>site withdraw</c> writes into a story: the status and the revocation date, nothing else, byte for byte;
/// and what it refuses.
/// </summary>
public sealed class ConsentRevocationTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private const string Story = """
        ---
        id: st-2026-001   # never change
        title: "Maria Walks Again"
        consent:
          authorization_id: AUTH-1
          status: signed    # from the signed form
          signed_on: 2026-01-01
          expires: 2028-01-01
          identifiers: [name]
        review: { reviewed_by: "A, MD" }
        ---

        Text with --- in it.
        """;

    [Fact]
    public void Only_the_status_changes_and_one_line_is_added_after_it()
    {
        var changed = ConsentRevocation.Apply(Story, Today, "patient called\nticket 42", out _);

        Assert.Equal(Story.Replace("  status: signed    # from the signed form\n", "  status: revoked    # from the signed form\n  revoked_on: 2026-12-01  # withdrawn: patient called ticket 42\n", StringComparison.Ordinal), changed);
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_are_kept()
    {
        var windows = "\uFEFF" + Story.ReplaceLineEndings("\r\n");

        var changed = ConsentRevocation.Apply(windows, Today, "asked", out _);

        Assert.Equal(windows.Replace("  status: signed    # from the signed form\r\n", "  status: revoked    # from the signed form\r\n  revoked_on: 2026-12-01  # withdrawn: asked\r\n", StringComparison.Ordinal), changed);
    }

    [Theory]
    [InlineData("consent: { authorization_id: AUTH-1, status: signed, signed_on: 2026-01-01, expires: 2028-01-01 }", "consent: { authorization_id: AUTH-1, status: revoked, revoked_on: 2026-12-01, signed_on: 2026-01-01, expires: 2028-01-01 }")]
    [InlineData("consent: { status: \"signed\", expires: 2028-01-01 }", "consent: { status: revoked, revoked_on: 2026-12-01, expires: 2028-01-01 }")]
    [InlineData("consent:\n    status: 'pending'\n    expires: 2028-01-01", "consent:\n    status: revoked\n    revoked_on: 2026-12-01  # withdrawn: asked\n    expires: 2028-01-01")]
    [InlineData("consent:\n  expires: 2028-01-01\n  status: signed", "consent:\n  expires: 2028-01-01\n  status: revoked\n  revoked_on: 2026-12-01  # withdrawn: asked")]
    public void Flow_style_quoted_pending_and_last_line_consent_blocks_are_changed_in_place(string consent, string expected)
    {
        var text = $"---\ntitle: x\n{consent}\n---\nBody\n";

        Assert.Equal($"---\ntitle: x\n{expected}\n---\nBody\n", ConsentRevocation.Apply(text, Today, "asked", out var problem));
        Assert.Equal(string.Empty, problem);
    }

    [Theory]
    [InlineData("consent:\n  status: revoked\n  revoked_on: 2026-11-30\n  expires: 2028-01-01", "already revoked (on 2026-11-30)")]
    [InlineData("consent:\n  status: signed\n  expires: 2026-11-30", "expired on 2026-11-30")]
    [InlineData("title: x", "no 'consent'")]
    public void A_story_already_withdrawn_or_not_a_story_is_refused(string frontMatter, string reason)
    {
        Assert.Null(ConsentRevocation.Apply($"---\n{frontMatter}\n---\n", Today, "asked", out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no front matter\n")]
    [InlineData("---\ntitle: x\n")]
    [InlineData("---\nconsent: [\n---\n")]
    public void A_file_that_cannot_be_read_as_front_matter_is_refused(string text)
    {
        Assert.Null(ConsentRevocation.Apply(text, Today, "asked", out var problem));
        Assert.NotEqual(string.Empty, problem);
    }

    [Fact]
    public void The_day_it_expires_it_can_still_be_revoked()
    {
        Assert.NotNull(ConsentRevocation.Apply("---\nconsent:\n  status: signed\n  expires: 2026-12-01\n---\n", Today, "asked", out _));
    }
}
