using StanceWatch.Core.Evaluation;
using StanceWatch.Core.Model;

namespace StanceWatch.Core.Tests.Evaluation;

public sealed class ScorerTests
{
    private const string Gold = """
        {"schema":"stancewatch-gold/1",
         "weapon_classes":{"long-range":["ATACMS","long-range"],"general":["general"]},
         "articles":[{"file":"a.txt","published":"2024-05-30","statements":[
           {"supplier":"US","weapons":"general","stance":"Limited","accept":["Allowed"],"kind":"Report","required":true,"evidence":"e1"},
           {"supplier":"US","weapons":"ATACMS","stance":"Prohibited","kind":"Report","required":true,"evidence":"e2"},
           {"supplier":"DE","weapons":"general","stance":"Prohibited","kind":"Report","required":false,"evidence":"e3"}]}]}
        """;

    private static Statement S(string supplier, WeaponClass weaponClass, Stance stance) =>
        new(supplier, "x", weaponClass, stance, StatementKind.Report, null, "evidence", null, 0.9, null);

    [Fact]
    public void Triples_are_distinct_accepted_stances_count_and_optional_gold_is_neither_rewarded_nor_required()
    {
        var predictions = new Dictionary<string, IReadOnlyList<Statement>>
        {
            ["a.txt"] =
            [
                S("US", WeaponClass.General, Stance.Allowed),
                S("US", WeaponClass.General, Stance.Allowed),
                S("DE", WeaponClass.General, Stance.Prohibited),
                S("FR", WeaponClass.General, Stance.Allowed),
            ],
        };

        var score = Scorer.Score(GoldCorpus.Parse(Gold), predictions);

        Assert.Equal(3, score.Predicted);
        Assert.Equal(2, score.Correct);
        Assert.Equal(2, score.Required);
        Assert.Equal(1, score.RequiredMatched);
        Assert.Equal(2.0 / 3, score.Precision, 6);
        Assert.Equal(0.5, score.Recall, 6);
        Assert.Equal(2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5), score.F1, 6);
        Assert.Equal("US long-range Prohibited", Assert.Single(score.Misses).Triple.ToString());
        Assert.Equal("FR", Assert.Single(score.FalseStatements).Triple.Supplier);
    }

    [Fact]
    public void No_predictions_gives_full_precision_and_zero_recall()
    {
        var score = Scorer.Score(GoldCorpus.Parse(Gold), new Dictionary<string, IReadOnlyList<Statement>>());
        Assert.Equal(1, score.Precision);
        Assert.Equal(0, score.Recall);
        Assert.Equal(0, score.F1);
    }
}
