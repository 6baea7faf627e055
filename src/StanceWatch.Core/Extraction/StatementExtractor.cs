using StanceWatch.Core.Articles;
using StanceWatch.Core.Model;

namespace StanceWatch.Core.Extraction;

/// <summary>Finds every restriction-change statement in an article.</summary>
/// <remarks>
/// Sentences are read one by one (<see cref="SentenceAnalyzer"/>); then the article is read as a whole:
/// a headline's plain "allows" becomes the body's "Limited" when the body states the limit, and a general
/// consideration folds into the long-range one it is about. Advocacy is never reported as a supplier's policy.
/// </remarks>
public sealed class StatementExtractor(ExtractionOptions? options = null)
{
    private readonly ExtractionOptions _options = options ?? new ExtractionOptions();
    private readonly Lexicon _lexicon = Lexicon.Default;

    public IReadOnlyList<Statement> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var found = new List<SentenceStatement>();
        foreach (var section in article.Sections)
        {
            var statedAt = section.Time ?? article.Published;
            foreach (var sentence in section.Paragraphs.SelectMany(p => p.Sentences))
            {
                found.AddRange(SentenceAnalyzer.Analyze(sentence, statedAt, _lexicon));
            }
        }

        return Consolidate(found)
            .Where(s => s.Confidence >= _options.MinimumConfidence)
            .ToList();
    }

    private static List<Statement> Consolidate(List<SentenceStatement> found)
    {
        var limited = found
            .Where(s => s.Statement.Stance == Stance.Limited)
            .Select(s => (s.Statement.Supplier, s.Statement.WeaponClass))
            .ToHashSet();
        var reviewedLongRange = found
            .Where(s => s.Statement.Stance == Stance.UnderReview && s.Statement.WeaponClass == WeaponClass.LongRange)
            .Select(s => s.Statement.Supplier)
            .ToHashSet(StringComparer.Ordinal);

        var statements = new List<Statement>();
        var seen = new HashSet<(string, string, Stance, string)>();
        foreach (var (statement, background) in found)
        {
            var current = statement;
            if (!background && current.Stance == Stance.Allowed && limited.Contains((current.Supplier, current.WeaponClass)))
            {
                current = current with { Stance = Stance.Limited };
            }

            if (current.Stance == Stance.UnderReview && current.WeaponClass == WeaponClass.General && reviewedLongRange.Contains(current.Supplier))
            {
                continue;
            }

            if (seen.Add((current.Supplier, current.Weapons, current.Stance, current.Evidence)))
            {
                statements.Add(current);
            }
        }

        return statements;
    }
}

/// <param name="MinimumConfidence">Statements below this confidence are not reported.</param>
public sealed record ExtractionOptions(double MinimumConfidence = 0.0);
