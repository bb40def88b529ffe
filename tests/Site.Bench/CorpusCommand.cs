namespace Site.Bench;

/// <summary><c>corpus --count N --out DIR [--seed S]</c>: writes a generated site.</summary>
public static class CorpusCommand
{
    public static int Run(string[] args)
    {
        var count = 1000;
        string? output = null;
        var seed = 42;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--count": count = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--out": output = args[i + 1]; break;
                case "--seed": seed = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }

        if (output is null)
        {
            Console.Error.WriteLine("corpus: --out DIR is required");
            return 2;
        }

        var stats = CorpusWriter.Write(output, count, seed);
        Console.WriteLine($"wrote {stats.Stories} stories, {stats.Words} words, {stats.Links} internal links, {stats.Images} images to {output}");
        return 0;
    }
}
