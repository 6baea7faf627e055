using StanceWatch.Core.Articles;
using StanceWatch.Core.Extraction;
using StanceWatch.Core.Model;

namespace StanceWatch.Core.Tests.Extraction;

/// <summary>Runs the parser and extractor the way ingestion does, for tests that give the article as a string.</summary>
internal static class Reading
{
    public static readonly DateTimeOffset Published = new(2024, 11, 18, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<Statement> Statements(string text, string name = "test.txt") =>
        new StatementExtractor().Extract(ArticleParser.Parse(new ArticleInput(name, text, null, Published)));

    /// <summary>The distinct (supplier, class, stance) triples, as the corpus scoring counts them.</summary>
    public static List<(string Supplier, WeaponClass WeaponClass, Stance Stance)> Triples(string text) =>
        Statements(text)
            .Select(s => (s.Supplier, s.WeaponClass, s.Stance))
            .Distinct()
            .OrderBy(t => t.Supplier, StringComparer.Ordinal)
            .ToList();
}
