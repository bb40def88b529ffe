using Site.Testing;
using Tomlyn;
using Tomlyn.Model;
using Xunit;

namespace Site.Build.Tests;

/// <summary>netlify.toml, parsed with Tomlyn: where Netlify publishes from, what it runs in each context, the daily build.</summary>
public sealed class NetlifyConfigTests
{
    private static readonly TomlTable Config = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Repository.PathTo("netlify.toml")))!;

    [Fact]
    public void Netlify_publishes_output_and_runs_the_build_script_in_every_context()
    {
        var build = (TomlTable)Config["build"];
        Assert.Equal("output", build["publish"]);
        Assert.Equal(".ci/netlify-build", build["command"]);
        var contexts = (TomlTable)Config["context"];
        foreach (var name in new[] { "production", "deploy-preview", "branch-deploy" })
        {
            Assert.Equal(".ci/netlify-build", ((TomlTable)contexts[name])["command"]);
        }
    }

    [Fact]
    public void The_image_cache_plugin_is_used_and_exists()
    {
        var plugins = (TomlTableArray)Config["plugins"];
        var package = Assert.Single(plugins.Select(p => (string)p["package"]), p => p == "./.ci/netlify-plugins/site-cache");
        Assert.True(File.Exists(Repository.PathTo(package[2..], "manifest.yml")));
        var plugin = File.ReadAllText(Repository.PathTo(package[2..], "index.js"));
        Assert.Contains("const CACHE = '.site-cache';", plugin, StringComparison.Ordinal);
        Assert.Contains("utils.cache.restore(CACHE)", plugin, StringComparison.Ordinal);
        Assert.Contains("utils.cache.save(CACHE)", plugin, StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_script_installs_dotnet_only_when_missing_and_passes_the_context()
    {
        var script = File.ReadAllText(Repository.PathTo(".ci", "netlify-build"));

        Assert.Contains("if ! command -v dotnet", script, StringComparison.Ordinal);
        Assert.Contains("global.json", script, StringComparison.Ordinal);
        Assert.Contains("build --context \"${CONTEXT:-production}\" --search required", script, StringComparison.Ordinal);
        Assert.Contains("(cd tools/pagefind && npm ci", script, StringComparison.Ordinal);
        Assert.True(script.IndexOf("tools/pagefind", StringComparison.Ordinal) < script.IndexOf("site build", StringComparison.Ordinal), "Pagefind must be installed before the build");
        Assert.True(OperatingSystem.IsWindows() || (File.GetUnixFileMode(Repository.PathTo(".ci", "netlify-build")) & UnixFileMode.UserExecute) != 0, ".ci/netlify-build must be executable");
    }

    [Fact]
    public void A_scheduled_function_rebuilds_daily_with_a_hook_url_from_the_environment()
    {
        var folder = (string)((TomlTable)Config["functions"])["directory"];
        var function = File.ReadAllText(Repository.PathTo(folder, "daily-build.mjs"));

        Assert.Contains("schedule: '@daily'", function, StringComparison.Ordinal);
        Assert.Contains("process.env.DAILY_BUILD_HOOK_URL", function, StringComparison.Ordinal);
        var tracked = Directory.EnumerateFiles(Repository.Root, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/.git/", StringComparison.Ordinal) && !f.Contains("node_modules", StringComparison.Ordinal))
            .Where(f => f.EndsWith(".toml", StringComparison.Ordinal) || f.EndsWith(".mjs", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal));
        Assert.DoesNotContain(tracked, f => File.ReadAllText(f).Contains("api.netlify.com/build_hooks/", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_value_is_on_one_line()
    {
        // A multi-line string value (such as a long policy) breaks `netlify dev`.
        Assert.DoesNotContain("\"\"\"", File.ReadAllText(Repository.PathTo("netlify.toml")), StringComparison.Ordinal);
        Assert.DoesNotContain("'''", File.ReadAllText(Repository.PathTo("netlify.toml")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_file_is_an_error_not_a_silent_default()
    {
        Assert.Throws<TomlException>(() => TomlSerializer.Deserialize<TomlTable>("[build\npublish = \"output\"\n"));
    }
}
