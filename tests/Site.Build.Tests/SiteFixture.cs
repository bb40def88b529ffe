using Site.Testing;

namespace Site.Build.Tests;

/// <summary>
/// A small, valid site in a temporary folder: the repository's theme copied to <c>theme/</c>, and an
/// <c>input/</c> with site.yml, two stories and a page. Tests break one thing and build it.
/// </summary>
public sealed class SiteFixture : IDisposable
{
    public const string SiteYaml = """
        title: Test Stories
        description: Stories for tests.
        base_url: https://stories.test.example
        language: en
        time_zone: America/Chicago
        organization:
          name: Test Health
          address: "1 Test Road, Riverside"
          phone: "+1-555-010-0100"
          own_domains: [test.example]
          own_phones: ["+1-555-010-0100"]
        service_lines:
          - { slug: cardiology, name: Heart Care, description: "Heart stories." }
          - { slug: oncology, name: Cancer Care, description: "Cancer stories." }
        nav:
          - { title: Stories, url: /stories/ }
        """;

    private readonly TempDirectory temp = new();

    public SiteFixture()
    {
        temp.CopyIn(Repository.PathTo("theme"), "theme");
        Write("input/site.yml", SiteYaml);
        Write("input/stories/maria-walks-again.md", Story("st-2026-001", "Maria Walks Again", "2026-03-10", "cardiology"));
        Write("input/stories/tomas-gardens.md", Story("st-2026-002", "Tomas Gardens Again", "2026-04-10", "oncology"));
        Write("input/pages/about.md", "---\ntitle: About\nsummary: Who we are.\n---\n\nWe are a test.\n");
    }

    public string Root => temp.Path;

    public string Output => Path.Combine(Root, "output");

    public static string Story(string id, string title, string date, string serviceLine, string body = "## Home Again\n\nA short story.\n") => $"""
        ---
        id: {id}
        title: "{title}"
        summary: "A story for tests."
        date: {date}
        service_lines: [{serviceLine}]
        tags: [recovery]
        patient: {"{"} name: Sam, minor: false {"}"}
        consent:
          authorization_id: AUTH-{id}
          status: signed
          signed_on: 2026-01-01
          signed_by: patient
          expires: 2028-01-01
          identifiers: [name]
        review: {"{"} reviewed_by: "Dr. A. Smith, MD", reviewed_on: 2026-02-01, next_review: 2027-02-01 {"}"}
        approvals: {"{"} patient_approved_on: 2026-02-05, compliance_approved_by: J. Doe, compliance_approved_on: 2026-02-06 {"}"}
        ---

        {body}
        """;

    public string Write(string relativePath, string text) => temp.Write(relativePath, text);

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public Task<BuildResult> BuildAsync(BuildOptions? options = null) =>
        new SiteBuild((options ?? new BuildOptions()) with { WorkingDirectory = Root, Today = new DateOnly(2026, 11, 25) }, FixedClock.On(2026, 11, 25)).RunAsync();

    public void Dispose() => temp.Dispose();
}
