using System.Text;

namespace Site.Content.Feeds;

/// <summary>A string writer that declares UTF-8, so XML written through it says encoding="utf-8".</summary>
internal sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture)
{
    public override Encoding Encoding => new UTF8Encoding(false);
}
