using StanceWatch.Core.Ledger;
using StanceWatch.Core.Model;

namespace StanceWatch.Core.Tests.Ledger;

public sealed class LedgerRulesTests
{
    private static readonly DateTimeOffset May1 = new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2024, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static LedgerEvidence Evidence(Stance stance, int day, StatementKind kind = StatementKind.Report, double confidence = 0.8, string hash = "h1", int index = 0) => new(
        $"{hash}-{index}",
        new Statement("US", "general", WeaponClass.General, stance, kind, null, $"{stance} on day {day}", null, confidence, null),
        new StatementSource($"{hash}.txt", hash, null, null, null),
        May1.AddDays(day));

    private static CurrentStance Current(params LedgerEvidence[] history)
    {
        CurrentStance? current = null;
        foreach (var evidence in history)
        {
            current = LedgerRules.Apply(current, evidence, 0.5, Now).Current;
        }

        return current!;
    }

    [Fact]
    public void An_undated_statement_confirms_a_stance_without_moving_its_since()
    {
        var undated = Evidence(Stance.Prohibited, 0, hash: "h2") with { EventTime = LedgerEvidence.Undated };
        var current = Current(Evidence(Stance.Prohibited, 3), undated);
        Assert.Equal(May1.AddDays(3), current.Since);
        Assert.Contains(current.Sources, s => s.ContentHash == "h2");

        // The other way round: a dated statement gives an undated stance its first real time.
        Assert.Equal(May1.AddDays(3), Current(undated, Evidence(Stance.Prohibited, 3)).Since);
    }

    [Fact]
    public void The_first_stance_is_a_shift_marked_first()
    {
        var decision = LedgerRules.Apply(null, Evidence(Stance.Prohibited, 0), 0.5, Now);
        Assert.Equal(LedgerOutcome.Shift, decision.Outcome);
        Assert.True(decision.Shift!.IsFirst);
        Assert.Null(decision.Shift.From);
    }

    [Fact]
    public void A_newer_decision_shifts_and_an_older_one_is_history_only()
    {
        var current = Current(Evidence(Stance.Prohibited, 0));
        var newer = LedgerRules.Apply(current, Evidence(Stance.Limited, 5, StatementKind.Decision, hash: "h2"), 0.5, Now);
        Assert.Equal((LedgerOutcome.Shift, Stance.Prohibited, Stance.Limited), (newer.Outcome, newer.Shift!.From!.Value, newer.Shift.To));

        var older = LedgerRules.Apply(newer.Current, Evidence(Stance.Allowed, 2, StatementKind.Decision, hash: "h3"), 0.5, Now);
        Assert.Equal(LedgerOutcome.HistoryOnly, older.Outcome);
        Assert.Equal(Stance.Limited, older.Current!.Stance);
    }

    [Fact]
    public void A_later_corroboration_pushes_back_what_counts_as_newer()
    {
        var current = Current(Evidence(Stance.Allowed, 1), Evidence(Stance.Allowed, 9, hash: "h2"));
        var between = LedgerRules.Apply(current, Evidence(Stance.Prohibited, 5, hash: "h3"), 0.5, Now);
        Assert.Equal(LedgerOutcome.HistoryOnly, between.Outcome);
        Assert.Equal(2, current.Sources.Count);
    }

    [Fact]
    public void A_consideration_moves_a_prohibition_to_review_but_never_a_permission()
    {
        var prohibited = Current(Evidence(Stance.Prohibited, 0));
        Assert.Equal(LedgerOutcome.Shift, LedgerRules.Apply(prohibited, Evidence(Stance.UnderReview, 3, StatementKind.Consideration, hash: "h2"), 0.5, Now).Outcome);

        var limited = Current(Evidence(Stance.Limited, 0));
        var decision = LedgerRules.Apply(limited, Evidence(Stance.UnderReview, 3, StatementKind.Consideration, hash: "h2"), 0.5, Now);
        Assert.Equal(LedgerOutcome.HistoryOnly, decision.Outcome);
        Assert.Contains("consideration", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decision_overrides_an_earlier_denial_and_a_later_denial_does_not_undo_it()
    {
        var denied = Current(Evidence(Stance.Prohibited, 0, StatementKind.Denial));
        var decided = LedgerRules.Apply(denied, Evidence(Stance.Limited, 1, StatementKind.Decision, hash: "h2"), 0.5, Now);
        Assert.Equal(LedgerOutcome.Shift, decided.Outcome);

        var laterDenial = LedgerRules.Apply(decided.Current, Evidence(Stance.Prohibited, 2, StatementKind.Denial, hash: "h3"), 0.5, Now);
        Assert.Equal(LedgerOutcome.HistoryOnly, laterDenial.Outcome);
        Assert.Equal(Stance.Limited, laterDenial.Current!.Stance);
    }

    [Theory]
    [InlineData(StatementKind.Advocacy, 0.9)]
    [InlineData(StatementKind.Decision, 0.45)]
    public void Advocacy_and_low_confidence_never_move_the_ledger(StatementKind kind, double confidence)
    {
        Assert.Equal(LedgerOutcome.HistoryOnly, LedgerRules.Apply(null, Evidence(Stance.Allowed, 0, kind, confidence), 0.5, Now).Outcome);
    }

    [Fact]
    public void At_the_same_time_the_more_confident_statement_wins_and_a_tie_keeps_what_is_there()
    {
        var current = Current(Evidence(Stance.Prohibited, 0, confidence: 0.8));
        Assert.Equal(LedgerOutcome.HistoryOnly, LedgerRules.Apply(current, Evidence(Stance.Allowed, 0, confidence: 0.8, hash: "h2"), 0.5, Now).Outcome);
        Assert.Equal(LedgerOutcome.Shift, LedgerRules.Apply(current, Evidence(Stance.Allowed, 0, confidence: 0.9, hash: "h2"), 0.5, Now).Outcome);
    }

    [Fact]
    public void Shift_ids_are_stable_and_distinguish_changes()
    {
        var a = LedgerRules.ShiftId("US", WeaponClass.General, Stance.Prohibited, Stance.Limited, May1, "h");
        Assert.Equal(a, LedgerRules.ShiftId("US", WeaponClass.General, Stance.Prohibited, Stance.Limited, May1, "h"));
        Assert.NotEqual(a, LedgerRules.ShiftId("US", WeaponClass.LongRange, Stance.Prohibited, Stance.Limited, May1, "h"));
        Assert.NotEqual(a, LedgerRules.ShiftId("US", WeaponClass.General, Stance.Prohibited, Stance.Limited, May1, "other content"));
    }
}
