namespace Site.Bench;

/// <summary>
/// Writes a Hugo site that builds the same pages from a generated corpus as <c>site build</c> does: each story at
/// <c>/stories/&lt;file&gt;/</c> (title, summary, date, hero, content, service-line and tag links), the home page with
/// the newest stories, the story listing paginated by 20, a page per tag (<c>/tags/&lt;tag&gt;/</c>) and per service line
/// (<c>/services/&lt;slug&gt;/</c>), each paginated, the feed, the sitemap and the 404 page. The stories' Markdown files
/// are copied as they are (Hugo keeps our extra front matter in <c>.Params</c>), the media into <c>static/</c>.
/// Hugo does none of our checks (links, fragments, compliance, PHI, first-party); that is the point of the race.
/// </summary>
public static class HugoSite
{
    public static void Write(string input, string hugo)
    {
        if (Directory.Exists(hugo))
        {
            Directory.Delete(hugo, recursive: true);
        }

        Copy(Path.Combine(input, "stories"), Path.Combine(hugo, "content", "stories"));
        Copy(Path.Combine(input, "media"), Path.Combine(hugo, "static", "media"));
        File.WriteAllText(Path.Combine(hugo, "content", "stories", "_index.md"), "---\ntitle: Patient stories\n---\n");
        Write(hugo, "hugo.toml", """
            baseURL = "https://bench.example/"
            languageCode = "en"
            title = "Benchmark Health Stories"
            paginate = 20
            disableKinds = ["robotsTXT"]
            [taxonomies]
              tag = "tags"
              service = "service_lines"
            [permalinks]
              service_lines = "/services/:slug/"
            [outputs]
              home = ["HTML", "RSS"]
              section = ["HTML"]
              taxonomy = ["HTML"]
              term = ["HTML"]
            """);
        Write(hugo, "layouts/_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} | {{ site.Title }}{{ end }}</title>
            <meta name="description" content="{{ with .Params.summary }}{{ . }}{{ else }}{{ site.Title }}{{ end }}">
            <link rel="canonical" href="{{ .Permalink }}">
            <link rel="alternate" type="application/rss+xml" title="{{ site.Title }}" href="/index.xml">
            <link rel="stylesheet" href="/assets/site.css">
            </head>
            <body>
            <a class="skip-link" href="#main">Skip to main content</a>
            <header class="site-header"><div class="wrap"><a class="site-title" href="/">{{ site.Title }}</a>
            <nav aria-label="Main"><ul><li><a href="/stories/">Stories</a></li><li><a href="/tags/">Topics</a></li><li><a href="/services/">Services</a></li></ul></nav></div></header>
            <main id="main" tabindex="-1">
            {{ block "main" . }}{{ end }}
            </main>
            <footer class="site-footer"><div class="wrap"><nav aria-label="Services"><h2>Our services</h2><ul>
            {{ range site.Taxonomies.service_lines }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a></li>{{ end }}
            </ul></nav><p class="emergency"><strong>In an emergency, call 911.</strong></p></div></footer>
            </body>
            </html>
            """);
        Write(hugo, "layouts/_default/single.html", """
            {{ define "main" }}<article class="entry story wrap">
            <header class="page-header">
            <p class="eyebrow">Patient story{{ range .GetTerms "service_lines" }} · <a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</p>
            <h1>{{ .Title }}</h1>
            <p class="summary">{{ .Params.summary }}</p>
            <p class="meta">Published <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "January 2, 2006" }}</time> · {{ .ReadingTime }} minute read</p>
            </header>
            {{ with .Params.image }}<figure class="hero"><img src="/{{ .src }}" alt="{{ .alt }}"></figure>{{ end }}
            <div class="prose">
            {{ .Content }}
            </div>
            {{ with .GetTerms "tags" }}<nav class="tags" aria-label="Topics"><h2>Topics</h2><ul class="chips">{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>{{ end }}
            </article>{{ end }}
            """);
        const string list = """
            {{ define "main" }}<section class="wrap">
            <h1>{{ .Title }}</h1>
            {{ $pager := .Paginate .Pages.ByDate.Reverse }}
            <ul class="entries">
            {{ range $pager.Pages }}<li class="entry-card"><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Params.summary }}</p><p class="meta"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "January 2, 2006" }}</time></p></li>
            {{ end }}</ul>
            {{ if gt $pager.TotalPages 1 }}<nav class="pagination" aria-label="Pages">{{ with $pager.Prev }}<a href="{{ .URL }}">Newer</a>{{ end }} Page {{ $pager.PageNumber }} of {{ $pager.TotalPages }} {{ with $pager.Next }}<a href="{{ .URL }}">Older</a>{{ end }}</nav>{{ end }}
            </section>{{ end }}
            """;
        Write(hugo, "layouts/_default/list.html", list);
        Write(hugo, "layouts/_default/term.html", list);
        Write(hugo, "layouts/_default/terms.html", """
            {{ define "main" }}<section class="wrap"><h1>{{ .Title }}</h1><ul>
            {{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>
            {{ end }}</ul></section>{{ end }}
            """);
        Write(hugo, "layouts/index.html", """
            {{ define "main" }}<section class="wrap"><h1>{{ site.Title }}</h1><ul class="entries">
            {{ range first 10 (where site.RegularPages "Section" "stories").ByDate.Reverse }}<li class="entry-card"><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Params.summary }}</p></li>
            {{ end }}</ul><p><a href="/stories/">All patient stories</a></p></section>{{ end }}
            """);
        Write(hugo, "layouts/404.html", """
            {{ define "main" }}<section class="wrap"><h1>Page not found</h1><p><a href="/">Go to the home page</a></p></section>{{ end }}
            """);
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
