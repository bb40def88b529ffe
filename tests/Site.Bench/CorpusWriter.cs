using System.Globalization;
using System.Text;

namespace Site.Bench;

/// <summary>
/// Writes a deterministic corpus of patient stories in our schema: the same (count, seed) gives the same bytes.
/// Story i's text depends only on (seed, i); its links point at other stories of the same corpus (with anchors
/// to headings that exist), so a generated site builds without errors.
/// </summary>
public static class CorpusWriter
{
    private static readonly string[] Names = ["Maria", "James", "Aisha", "Tom", "Mei", "Carlos", "Priya", "Daniel", "Fatima", "Liam", "Sofia", "Noah", "Grace", "Omar", "Hannah", "Lucas", "Chloe", "Ethan", "Amara", "Ben", "Elena", "Marcus", "Yuki", "Isaac", "Layla", "Samuel", "Ingrid", "Diego", "Ruth", "Kwame", "Nora", "Zoë", "José", "Renée"];

    private static readonly (string Slug, string Name, string Clinic, string[] Conditions, string[] Treatments, string[] Activities)[] Services =
    [
        ("cardiology", "Heart and Vascular Care", "Heart and Vascular Institute", ["atrial fibrillation", "a blocked artery", "heart failure", "a leaking valve"], ["a catheter ablation", "a coronary stent", "valve repair surgery", "cardiac rehabilitation"], ["hiking", "dancing", "gardening", "cycling"]),
        ("oncology", "Cancer Care", "Cancer Center", ["breast cancer", "colon cancer", "lymphoma", "early lung cancer"], ["chemotherapy", "targeted radiation", "a clinical trial", "immunotherapy"], ["painting", "running", "baking", "traveling"]),
        ("orthopedics", "Bone and Joint Care", "Bone and Joint Center", ["a torn ligament", "hip arthritis", "a broken wrist", "a herniated disc"], ["a knee replacement", "a hip replacement", "arthroscopic surgery", "physical therapy"], ["skiing", "playing tennis", "walking the dog", "golfing"]),
        ("neurology", "Brain and Nerve Care", "Neuroscience Institute", ["a stroke", "epilepsy", "multiple sclerosis", "chronic migraines"], ["a clot retrieval", "a new medication plan", "speech therapy", "neurosurgery"], ["reading", "writing poetry", "woodworking", "teaching"]),
        ("pediatrics", "Children's Health", "Children's Hospital", ["asthma", "type one diabetes", "a broken leg", "a heart defect"], ["a care plan", "surgery", "an insulin pump", "family-centered therapy"], ["playing soccer", "swimming", "building robots", "drawing"]),
        ("behavioral-health", "Behavioral Health", "Behavioral Health Clinic", ["depression", "anxiety", "post-traumatic stress", "an eating disorder"], ["group therapy", "cognitive behavioral therapy", "peer support", "a day program"], ["journaling", "making music", "volunteering", "photography"]),
    ];

    private static readonly string[] Tags = ["survivorship", "family-support", "clinical-trials", "robotic-surgery", "telehealth", "nursing", "volunteers", "research", "rural-health", "recovery", "active-aging", "second-opinion"];

    private static readonly string[] Sections = ["The Diagnosis", "First Symptoms", "Finding the Right Team", "A Second Opinion", "The Treatment Plan", "Surgery Day", "Coming Home", "The Road to Recovery", "Support From Family", "Back to Everyday Life", "What Comes Next", "Advice for Other Patients", "Looking Back", "Celebrating Progress"];

    private static readonly string[] Subsections = ["Week One", "Month Three", "Six Months Later", "Physical Therapy", "Nutrition", "Sleep and Rest", "Returning to Work", "Staying Active", "Practical Tips"];

    private static readonly string[] Sentences =
    [
        "{name} never expected to become a patient at the {clinic}.",
        "For years, {name} had spent every spare weekend {activity}.",
        "The care team explained every option in plain language and drew diagrams on the whiteboard.",
        "The team recommended {treatment}, and {name} agreed after talking it over with family.",
        "Recovery was slower than hoped, but each week brought a small victory.",
        "Nurses on the unit learned {name}'s favorite music and played it during long evenings.",
        "The hardest part, {name} says, was learning to ask for help.",
        "A social worker helped with rides to appointments and paperwork.",
        "By spring, {name} was {activity} again, a little slower but with a big smile.",
        "Looking back, {name} is grateful for the small kindnesses as much as the medicine.",
        "Living with {condition} meant learning a new routine, one day at a time.",
        "Follow-up visits moved to video calls, which saved hours of driving.",
    ];

    /// <summary>Writes the corpus; with <paramref name="photos"/> more than 0, that many JPEG photos (1600 by 1067, made here with SkiaSharp) too, story i showing photo i mod N as its hero.</summary>
    public static CorpusStats Write(string root, int count, int seed, int photos = 0)
    {
        var input = Path.Combine(root, "input");
        Directory.CreateDirectory(Path.Combine(input, "stories"));
        Directory.CreateDirectory(Path.Combine(input, "media"));
        File.WriteAllText(Path.Combine(input, "site.yml"), SiteYaml());
        for (var s = 0; s < Services.Length; s++)
        {
            File.WriteAllText(Path.Combine(input, "media", $"{Services[s].Slug}.svg"), Svg(s));
        }

        for (var p = 0; p < photos; p++)
        {
            File.WriteAllBytes(Path.Combine(input, "media", $"photo-{p:D4}.jpg"), Photo(p));
        }

        var words = 0L;
        var links = 0L;
        for (var i = 0; i < count; i++)
        {
            var (text, storyWords, storyLinks) = Story(i, count, seed);
            if (photos > 0)
            {
                text = text.Replace($"image: {{ src: media/{Services[i % Services.Length].Slug}.svg,", $"image: {{ src: media/photo-{i % photos:D4}.jpg,", StringComparison.Ordinal);
            }

            File.WriteAllText(Path.Combine(input, "stories", Slug(i) + ".md"), text, new UTF8Encoding(false));
            words += storyWords;
            links += storyLinks;
        }

        return new CorpusStats(count, words, links, Services.Length);
    }

    public static string Slug(int i) => $"story-{i:D5}";

    private static (string Text, int Words, int Links) Story(int i, int count, int seed)
    {
        var random = new Random(HashCode.Combine(seed, i) & int.MaxValue);
        var service = Services[i % Services.Length];
        var name = Names[random.Next(Names.Length)];
        var condition = Pick(random, service.Conditions);
        var treatment = Pick(random, service.Treatments);
        var activity = Pick(random, service.Activities);
        var date = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 1000));
        var tags = Tags.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Order(StringComparer.Ordinal).ToList();
        var sections = Sections.OrderBy(_ => random.Next()).Take(random.Next(4, 7)).ToList();
        string Fill(string sentence) => sentence.Replace("{name}", name).Replace("{clinic}", service.Clinic).Replace("{activity}", activity).Replace("{treatment}", treatment).Replace("{condition}", condition);

        var builder = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        builder.Append(culture, $"""
            ---
            id: st-bench-{i:D5}
            title: "{name} Gets Back to {Capitalize(activity)} After {Capitalize(condition)}"
            summary: "How {treatment} at the {service.Clinic} helped {name} return to {activity}."
            date: {date:yyyy-MM-dd}
            service_lines: [{service.Slug}]
            tags: [{string.Join(", ", tags)}]
            patient: {"{"} name: {name}, minor: false {"}"}
            consent:
              authorization_id: AUTH-BENCH-{i:D5}
              status: signed
              signed_on: {date.AddDays(-30):yyyy-MM-dd}
              signed_by: patient
              expires: {date.AddYears(3):yyyy-MM-dd}
              identifiers: [name, photo, condition]
            review: {"{"} reviewed_by: "Dr. Helen Fischer, MD", reviewed_on: {date.AddDays(-10):yyyy-MM-dd}, next_review: {date.AddYears(3):yyyy-MM-dd} {"}"}
            approvals: {"{"} patient_approved_on: {date.AddDays(-5):yyyy-MM-dd}, compliance_approved_by: J. Doe, compliance_approved_on: {date.AddDays(-3):yyyy-MM-dd} {"}"}
            image: {"{"} src: media/{service.Slug}.svg, alt: "An illustration for the {service.Name} service" {"}"}
            ---

            """);
        var words = 0;
        var links = 0;
        foreach (var section in sections)
        {
            builder.Append(culture, $"## {section}\n\n");
            var paragraphs = random.Next(2, 4);
            for (var p = 0; p < paragraphs; p++)
            {
                var sentences = Enumerable.Range(0, random.Next(4, 7)).Select(_ => Fill(Pick(random, Sentences))).ToList();
                if (random.Next(4) == 0 && count > 1)
                {
                    var target = (i + 1 + random.Next(count - 1)) % count;
                    sentences.Add($"Read [another patient's story](/stories/{Slug(target)}/) about a similar journey.");
                    links++;
                }

                var paragraph = string.Join(' ', sentences);
                words += paragraph.Count(c => c == ' ') + 1;
                builder.Append(paragraph).Append("\n\n");
            }

            if (random.Next(3) == 0)
            {
                builder.Append(culture, $"### {Pick(random, Subsections)}\n\n- Ask questions at every visit.\n- Keep a notebook of symptoms.\n- Bring someone you trust.\n\n");
            }
        }

        builder.Append(culture, $"> \"I would tell anyone facing {condition}: you are not alone,\" {name} says.\n");
        return (builder.ToString(), words, links);
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string Capitalize(string text) =>
        string.Join(' ', text.Split(' ').Select(w => w is "a" or "an" or "the" or "of" or "to" ? w : char.ToUpperInvariant(w[0]) + w[1..])).Replace("A ", "a ", StringComparison.Ordinal);

    private static string SiteYaml()
    {
        var builder = new StringBuilder("""
            title: Benchmark Health Stories
            description: A generated corpus for measuring build speed.
            base_url: https://bench.example
            language: en
            time_zone: America/Chicago
            organization:
              name: Benchmark Health
              address: "1 Example Road, Riverside"
              phone: "+1-555-010-0100"
              own_domains: [bench.example]
              own_phones: ["+1-555-010-0100"]
            service_lines:

            """);
        foreach (var service in Services)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  - {{ slug: {service.Slug}, name: \"{service.Name}\", description: \"Stories from the {service.Clinic}.\" }}\n");
        }

        builder.Append("nav:\n  - { title: Stories, url: /stories/ }\n");
        return builder.ToString();
    }

    /// <summary>A photo-sized JPEG: a gradient sky, a sun, hills and grain, different for each index (JPEG quality 88, about 150 to 250 KB).</summary>
    private static byte[] Photo(int index)
    {
        var random = new Random(index);
        using var bitmap = new SkiaSharp.SKBitmap(1600, 1067);
        using (var canvas = new SkiaSharp.SKCanvas(bitmap))
        {
            var hue = index * 37 % 360;
            using var sky = SkiaSharp.SKShader.CreateLinearGradient(new SkiaSharp.SKPoint(0, 0), new SkiaSharp.SKPoint(0, 1067), [SkiaSharp.SKColor.FromHsl(hue, 60, 70), SkiaSharp.SKColor.FromHsl((hue + 40) % 360, 50, 40)], SkiaSharp.SKShaderTileMode.Clamp);
            using var paint = new SkiaSharp.SKPaint { Shader = sky };
            canvas.DrawRect(0, 0, 1600, 1067, paint);
            using var shape = new SkiaSharp.SKPaint { IsAntialias = true };
            for (var k = 0; k < 12; k++)
            {
                shape.Color = SkiaSharp.SKColor.FromHsl(random.Next(360), 40 + random.Next(40), 30 + random.Next(50)).WithAlpha((byte)(120 + random.Next(130)));
                canvas.DrawCircle(random.Next(1600), random.Next(1067), 40 + random.Next(300), shape);
            }
        }

        // Grain, as a camera sensor gives, so that the JPEG has the size of a photo rather than a drawing.
        var pixels = bitmap.Pixels;
        for (var k = 0; k < pixels.Length; k++)
        {
            var c = pixels[k];
            var n = random.Next(-12, 13);
            pixels[k] = new SkiaSharp.SKColor((byte)Math.Clamp(c.Red + n, 0, 255), (byte)Math.Clamp(c.Green + n, 0, 255), (byte)Math.Clamp(c.Blue + n, 0, 255));
        }

        bitmap.Pixels = pixels;
        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 88);
        return data.ToArray();
    }

    private static string Svg(int index)
    {
        var hue = index * 57 % 360;
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1200 675\"><title>Illustration {index}</title><rect width=\"1200\" height=\"675\" fill=\"hsl({hue},40%,85%)\"/><circle cx=\"600\" cy=\"337\" r=\"200\" fill=\"hsl({hue},45%,45%)\"/></svg>\n";
    }
}
