using System.Text;

namespace StanceWatch.Benchmarks;

/// <summary>A seeded, news-like synthetic corpus: stance sentences among filler, in text, HTML, Markdown and JSON.</summary>
public static class CorpusGenerator
{
    private static readonly string[] Suppliers = ["The US", "Britain", "France", "Germany", "Italy", "The Netherlands", "Poland", "Canada", "Washington", "Downing Street"];
    private static readonly string[] Owners = ["US-supplied", "British", "French", "German", "Italian", "Dutch", "Polish", "Canadian", "American", "UK-made"];
    private static readonly string[] Verbs = ["has allowed Ukraine to use", "still refuses to let Kyiv fire", "is considering lifting restrictions on", "has partially lifted a ban on Ukraine using", "insists Ukraine must not use"];
    private static readonly string[] Weapons = ["weapons", "ATACMS missiles", "Storm Shadow missiles", "long-range missiles", "arms", "F-16 jets", "Taurus missiles"];
    private static readonly string[] Targets = ["against targets inside Russia", "on Russian territory", "near the border with the Kharkiv region", "deep inside Russia", "against Russian forces massing over the border"];
    private static readonly string[] Filler =
    [
        "Officials met in Brussels on Tuesday to discuss the next aid package.",
        "The Kremlin said the move would escalate the conflict, according to state media.",
        "Mr. Smith, a U.S. analyst, said the situation near the front line remained difficult.",
        "Energy infrastructure across the country was hit overnight, the ministry said.",
        "“We are watching closely,” a diplomat told reporters in Kyiv.",
        "Prices for grain exports rose by 2.5 per cent in the last quarter.",
        "Lt. Gen. Jones visited troops near Kharkiv and spoke about training.",
        "Air defence units shot down 32 drones and seven missiles overnight.",
    ];

    public static List<(string Name, string Text)> Generate(long targetBytes, int seed = 42)
    {
        var random = new Random(seed);
        var articles = new List<(string, string)>();
        long total = 0;
        for (var i = 0; total < targetBytes; i++)
        {
            var body = Body(random);
            var (name, text) = (i % 4) switch
            {
                0 => ($"a{i}.txt", body),
                1 => ($"a{i}.html", "<html><head><title>Story</title></head><body><nav>Home</nav><article>"
                    + string.Concat(body.Split('\n').Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>")) + "</article><footer>© 2024</footer></body></html>"),
                2 => ($"a{i}.md", "# Story\n\n" + body.Replace("\n", "\n\n", StringComparison.Ordinal)),
                _ => ($"a{i}.json", System.Text.Json.JsonSerializer.Serialize(new { title = "Story", content = body, publishedAt = "2024-05-30T12:00:00Z", source = "Wire" })),
            };
            articles.Add((name, text));
            total += Encoding.UTF8.GetByteCount(text);
        }

        return articles;
    }

    private static string Body(Random random)
    {
        var builder = new StringBuilder();
        var paragraphs = random.Next(12, 30);
        for (var p = 0; p < paragraphs; p++)
        {
            for (var s = 0; s < random.Next(2, 5); s++)
            {
                builder.Append(random.Next(4) == 0 ? Statement(random) : Filler[random.Next(Filler.Length)]).Append(' ');
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    private static string Statement(Random random) =>
        $"{Suppliers[random.Next(Suppliers.Length)]} {Verbs[random.Next(Verbs.Length)]} {Owners[random.Next(Owners.Length)]} {Weapons[random.Next(Weapons.Length)]} {Targets[random.Next(Targets.Length)]}, officials said.";

    /// <summary>One huge article of about <paramref name="bytes"/>: ordinary text, or text built to trip naive parsers.</summary>
    public static string OneArticle(int bytes, BigInput kind, int seed = 7)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(bytes + 1024);
        while (builder.Length < bytes)
        {
            if (kind == BigInput.Unbroken)
            {
                // Statements, pronouns and "such weapons" with no sentence end anywhere: one run of megabytes.
                builder.Append(Statement(random).TrimEnd('.')).Append(random.Next(2) == 0 ? ", and he says such weapons may strike Russia; " : ", while ");
                continue;
            }

            if (kind == BigInput.Ordinary)
            {
                builder.Append(random.Next(3) == 0 ? Statement(random) : Filler[random.Next(Filler.Length)]).Append(' ');
                if (random.Next(20) == 0)
                {
                    builder.Append('\n');
                }

                continue;
            }

            // Dots, abbreviations, nested quotes and brackets, dashes and long runs without spaces, all on one line.
            builder.Append(random.Next(6) switch
            {
                0 => "U.S. U.K. Mr. Lt. Gen. J. D. e.g. i.e. a.m. p.m. ",
                1 => "“‘“[[(( quoted ))]]”’” ",
                2 => new string('.', 200) + " ",
                3 => new string('x', 500) + " ",
                4 => "— – - — ",
                _ => "The US allows US weapons in Russia " + new string(',', 50) + " ",
            });
        }

        return builder.ToString();
    }
}

/// <summary>The kinds of huge input the linearity run times.</summary>
public enum BigInput
{
    /// <summary>News-like sentences.</summary>
    Ordinary,

    /// <summary>Dots, abbreviations, nested quotes, dashes and 500-character words, all on one line.</summary>
    Pathological,

    /// <summary>Statements joined by commas and semicolons with no sentence end at all.</summary>
    Unbroken,
}
