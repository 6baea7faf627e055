using System.Globalization;
using StanceWatch.Core.Articles;
using StanceWatch.Core.Evaluation;
using StanceWatch.Core.Extraction;
using StanceWatch.Core.Model;
using Xunit.Abstractions;

namespace StanceWatch.Core.Tests.Evaluation;

/// <summary>Measures against ../shared/corpus when it is beside the repository; passes with a note when it is not.</summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    private static string? CorpusDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StanceWatch.slnx")))
            {
                var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
                return File.Exists(Path.Combine(corpus, "gold.json")) ? corpus : null;
            }
        }

        return null;
    }

    private static Article Load(string corpus, GoldArticle article) =>
        ArticleParser.Parse(new ArticleInput(
            Path.GetFileName(article.File),
            ArticleDecoder.Decode(File.ReadAllBytes(Path.Combine(corpus, article.File))),
            null,
            DateTimeOffset.Parse(article.Published!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)));

    [Fact]
    public void Every_gold_evidence_sentence_is_one_parsed_sentence()
    {
        if (CorpusDirectory() is not { } corpus)
        {
            output.WriteLine("../shared/corpus is absent: nothing to check.");
            return;
        }

        var gold = GoldCorpus.Parse(File.ReadAllText(Path.Combine(corpus, "gold.json")));
        foreach (var article in gold.Articles)
        {
            var sentences = Load(corpus, article).Sentences.ToHashSet(StringComparer.Ordinal);
            foreach (var statement in article.Statements)
            {
                Assert.True(sentences.Contains(statement.Evidence!), $"{article.File}: not a parsed sentence: {statement.Evidence}");
            }
        }
    }

    [Fact]
    public void Extraction_meets_the_development_set_targets()
    {
        if (CorpusDirectory() is not { } corpus)
        {
            output.WriteLine("../shared/corpus is absent: nothing to score.");
            return;
        }

        var gold = GoldCorpus.Parse(File.ReadAllText(Path.Combine(corpus, "gold.json")));
        var extractor = new StatementExtractor();
        var predictions = gold.Articles.ToDictionary(a => a.File, a => extractor.Extract(Load(corpus, a)));
        var score = Scorer.Score(gold, predictions);
        output.WriteLine($"precision {score.Precision:F3} recall {score.Recall:F3} F1 {score.F1:F3}");
        Assert.True(score.Precision >= 0.90, $"precision {score.Precision:F3}");
        Assert.True(score.F1 >= 0.90, $"F1 {score.F1:F3}");
        Assert.All(predictions.Values.SelectMany(s => s), s => Assert.Contains(s.Evidence, predictions.Keys.Select(k => File.ReadAllText(Path.Combine(corpus, k))).First(t => t.Contains(s.Evidence, StringComparison.Ordinal)), StringComparison.Ordinal));
    }
}
