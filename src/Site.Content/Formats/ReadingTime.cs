namespace Site.Content.Formats;

/// <summary>
/// How long a page takes to read: its words at <see cref="WordsPerMinute"/>, rounded up, at least one minute. Words
/// are counted in the rendered HTML's text (tags, comments and the contents of script and style left out), as runs of
/// characters that hold a letter or digit; "heart-healthy" and "10:30" are one word each.
/// </summary>
public static class ReadingTime
{
    /// <summary>
    /// A plain-language pace, below the 238 words a minute measured for adults reading non-fiction silently
    /// (Brysbaert 2019): readers of health stories include people reading in a second language or after an illness.
    /// </summary>
    public const int WordsPerMinute = 200;

    public static int Minutes(string html) => Math.Max(1, (Words(html) + WordsPerMinute - 1) / WordsPerMinute);

    /// <summary>"1 minute read", "4 minute read".</summary>
    public static string Label(int minutes) => minutes == 1 ? "1 minute read" : $"{minutes} minute read";

    public static int Words(string html)
    {
        var words = 0;
        var inWord = false;
        var hasLetter = false;
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                End();
                i = HtmlText.SkipMarkup(html, i);
                continue;
            }

            if (c == '&')
            {
                // An entity is one character of text: &amp; joins nothing, &nbsp; separates.
                var semicolon = html.IndexOf(';', i);
                if (semicolon > i && semicolon - i <= 10)
                {
                    var name = html.AsSpan(i + 1, semicolon - i - 1);
                    if (name is "nbsp" or "#160" or "#xA0" or "#xa0")
                    {
                        End();
                    }
                    else if (!inWord)
                    {
                        inWord = true;
                    }

                    i = semicolon + 1;
                    continue;
                }
            }

            if (char.IsWhiteSpace(c))
            {
                End();
            }
            else
            {
                inWord = true;
                hasLetter |= char.IsLetterOrDigit(c);
            }

            i++;
        }

        End();
        return words;

        void End()
        {
            if (inWord && hasLetter)
            {
                words++;
            }

            inWord = false;
            hasLetter = false;
        }
    }
}
