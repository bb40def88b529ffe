namespace Site.Build.Tests.Hostile;

/// <summary>Valid documents of each kind, to break one thing in or to hide behind a hostile name.</summary>
public static class Documents
{
    public static string MariaStory(string body = "## Home Again\n\nA short story.\n") =>
        SiteFixture.Story("st-2026-001", "Maria Walks Again", "2026-03-10", "cardiology", body);

    public static string TomasStory(string body = "## Home Again\n\nA short story.\n") =>
        SiteFixture.Story("st-2026-002", "Tomas Gardens Again", "2026-04-10", "oncology", body);

    /// <summary>A valid story with its own id and the given words in its title and text (a marker, usually).</summary>
    public static string StoryAbout(string words, int number = 90) =>
        SiteFixture.Story($"st-2026-{number:D3}", $"Story {words}", "2026-05-10", "cardiology", $"## Text\n\n{words}\n");

    public static string Page(string title, string body) => $"---\ntitle: {title}\nsummary: A page for tests.\n---\n\n{body}\n";

    public const string Article = """
        ---
        id: ar-2026-001
        title: "Heart Tips"
        summary: "Tips for tests."
        date: 2026-03-01
        author: "Ann Lee, RN"
        service_lines: [cardiology]
        tags: [prevention]
        review:
          reviewed_by: "Dr. A. Smith, MD"
          reviewed_on: 2026-02-01
          next_review: 2027-02-01
        ---

        Eat well.

        """;

    public const string Event = """
        ---
        id: ev-2026-001
        title: "Open Day"
        summary: "An open day for tests."
        date: 2026-03-01
        start: 2026-12-01 09:00
        end: 2026-12-01 12:00
        location: "Main Hall, 1 Test Road"
        service_lines: [cardiology]
        tags: [prevention]
        registration: "Just come along."
        ---

        Come and see us.

        """;

    public const string Alert = """
        id: al-2026-001
        status: actual
        msg_type: alert
        category: infra
        event: Car park closure
        severity: minor
        urgency: expected
        certainty: observed
        effective: 2026-11-20 08:00
        expires: 2026-12-20 08:00
        headline: "Car park closed"
        description: "The car park is closed."
        contact: "Front desk"
        updated: 2026-11-20 08:00
        url: /about/

        """;

    /// <summary>A Liquid template that does not compile: if a build reads it, the build says so.</summary>
    public const string BrokenTemplate = "{% if page.title %}\n<p>never closed</p>\n";
}
