using StanceWatch.Core.Model;

namespace StanceWatch.Core.Evaluation;

/// <summary>One distinct (supplier, weapon class, stance) triple, the unit the corpus is scored in.</summary>
public sealed record Triple(string Supplier, WeaponClass WeaponClass, Stance Stance)
{
    public override string ToString() => $"{Supplier} {WeaponClass.ToSlug()} {Stance}";
}

public sealed record Miss(string File, Triple Triple, string? Evidence);

public sealed record FalseStatement(string File, Triple Triple, string Evidence);

public sealed record Score(
    int Predicted,
    int Correct,
    int Required,
    int RequiredMatched,
    IReadOnlyList<Miss> Misses,
    IReadOnlyList<FalseStatement> FalseStatements)
{
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

    public double Recall => Required == 0 ? 1 : (double)RequiredMatched / Required;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Scores statements against gold by the corpus README: per article, predictions reduce to distinct
/// (supplier, weapon class, stance) triples; a triple is correct when it matches a gold statement of that
/// article (its stance or an accepted one). Precision = correct / predicted triples; recall = required gold
/// statements matched / required gold statements.
/// </summary>
public static class Scorer
{
    public static Score Score(GoldCorpus gold, IReadOnlyDictionary<string, IReadOnlyList<Statement>> predictionsByFile)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictionsByFile);
        int predicted = 0, correct = 0, required = 0, requiredMatched = 0;
        var misses = new List<Miss>();
        var falses = new List<FalseStatement>();
        foreach (var article in gold.Articles)
        {
            var statements = predictionsByFile.TryGetValue(article.File, out var found) ? found : [];
            var triples = statements
                .GroupBy(s => new Triple(s.Supplier, s.WeaponClass, s.Stance))
                .ToDictionary(g => g.Key, g => g.First().Evidence);
            predicted += triples.Count;
            foreach (var (triple, evidence) in triples)
            {
                if (article.Statements.Any(g => Matches(gold, g, triple)))
                {
                    correct++;
                }
                else
                {
                    falses.Add(new FalseStatement(article.File, triple, evidence));
                }
            }

            foreach (var statement in article.Statements.Where(s => s.Required))
            {
                required++;
                if (triples.Keys.Any(t => Matches(gold, statement, t)))
                {
                    requiredMatched++;
                }
                else
                {
                    misses.Add(new Miss(article.File, new Triple(statement.Supplier, gold.ClassOf(statement.Weapons), statement.Stance), statement.Evidence));
                }
            }
        }

        return new Score(predicted, correct, required, requiredMatched, misses, falses);
    }

    private static bool Matches(GoldCorpus gold, GoldStatement statement, Triple triple) =>
        string.Equals(statement.Supplier, triple.Supplier, StringComparison.OrdinalIgnoreCase)
        && gold.ClassOf(statement.Weapons) == triple.WeaponClass
        && (statement.Stance == triple.Stance || (statement.Accept?.Contains(triple.Stance) ?? false));
}
