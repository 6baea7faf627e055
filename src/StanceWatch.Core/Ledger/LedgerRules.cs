using System.Security.Cryptography;
using System.Text;
using StanceWatch.Core.Model;

namespace StanceWatch.Core.Ledger;

/// <summary>
/// How evidence moves a stance. In order:
/// <list type="number">
/// <item>Advocacy, and statements below the minimum confidence (background recalled from the past included),
/// never move the ledger: history only.</item>
/// <item>The first stance seen for a supplier and weapon class is a shift, marked first.</item>
/// <item>Event time rules, not arrival: evidence older than the latest confirmation of the current stance is
/// history only. At the same event time the more confident statement wins; a tie keeps what is there.</item>
/// <item>The same stance again corroborates: its source and evidence are added, no second alert.</item>
/// <item>A consideration can only move a prohibition to under review; it never turns an existing permission
/// (allowed, limited) into "under review".</item>
/// <item>A denial ("no change in our policy") affirms the status quo: it never moves an existing stance.</item>
/// <item>Any other newer decision or report of a different stance is a shift.</item>
/// </list>
/// </summary>
public static class LedgerRules
{
    public static LedgerDecision Apply(CurrentStance? current, LedgerEvidence evidence, double minimumConfidence, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var statement = evidence.Statement;
        if (statement.Kind == StatementKind.Advocacy)
        {
            return HistoryOnly(current, "advocacy is not a supplier's own policy");
        }

        if (statement.Confidence < minimumConfidence)
        {
            return HistoryOnly(current, $"confidence {statement.Confidence:0.00} is below {minimumConfidence:0.00}");
        }

        if (current is null)
        {
            var first = Set(evidence, null, now);
            return new LedgerDecision(LedgerOutcome.Shift, first, first.LastShift, ShiftReason(first.LastShift!));
        }

        if (current.SetBy == evidence.Key)
        {
            return new LedgerDecision(LedgerOutcome.HistoryOnly, current, null, "already applied");
        }

        var newer = evidence.EventTime > current.LastConfirmed
            || (evidence.EventTime == current.LastConfirmed && statement.Confidence > current.Confidence);
        if (statement.Stance == current.Stance)
        {
            return new LedgerDecision(LedgerOutcome.Corroborated, Corroborate(current, evidence), null, "same stance from another statement");
        }

        if (!newer)
        {
            return HistoryOnly(current, evidence.EventTime < current.LastConfirmed
                ? $"older than the current stance (last confirmed {current.LastConfirmed:u})"
                : "no more confident than the current stance at the same time");
        }

        if (statement.Stance == Stance.UnderReview && current.Stance != Stance.Prohibited)
        {
            return HistoryOnly(current, $"a consideration does not turn {current.Stance} into UnderReview");
        }

        if (statement.Kind == StatementKind.Denial)
        {
            return HistoryOnly(current, "a denial affirms the status quo and does not move it");
        }

        var next = Set(evidence, current, now);
        return new LedgerDecision(LedgerOutcome.Shift, next, next.LastShift, ShiftReason(next.LastShift!));
    }

    /// <summary>How a shift is described in history; the same whether decided now or recovered after a crash.</summary>
    public static string ShiftReason(StanceShift shift)
    {
        ArgumentNullException.ThrowIfNull(shift);
        return shift.IsFirst ? "first stance seen" : $"{shift.From} → {shift.To}";
    }

    /// <summary>Stable across redelivery: the same change evidenced by the same content has the same id.</summary>
    public static string ShiftId(string supplier, WeaponClass weaponClass, Stance? from, Stance to, DateTimeOffset eventTime, string contentHash)
    {
        var text = $"{supplier}|{weaponClass.ToSlug()}|{from?.ToString() ?? "none"}|{to}|{eventTime.UtcTicks}|{contentHash}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..24];
    }

    private static LedgerDecision HistoryOnly(CurrentStance? current, string reason) =>
        new(LedgerOutcome.HistoryOnly, current, null, reason);

    private static CurrentStance Set(LedgerEvidence evidence, CurrentStance? previous, DateTimeOffset now)
    {
        var statement = evidence.Statement;
        var shift = new StanceShift(
            ShiftId(statement.Supplier, statement.WeaponClass, previous?.Stance, statement.Stance, evidence.EventTime, evidence.Source.ContentHash),
            statement.Supplier,
            statement.WeaponClass,
            previous?.Stance,
            statement.Stance,
            previous is null,
            statement.Scope,
            [statement.Evidence],
            [new ShiftSource(evidence.Source.Article, evidence.Source.Title, evidence.Source.Url, evidence.Source.Outlet)],
            evidence.EventTime,
            now);
        return new CurrentStance(
            statement.Supplier, statement.WeaponClass, statement.Stance, statement.Scope, evidence.EventTime, evidence.EventTime, statement.Kind,
            statement.Confidence, evidence.Key, [statement.Evidence], [evidence.Source], shift);
    }

    private static CurrentStance Corroborate(CurrentStance current, LedgerEvidence evidence)
    {
        var sources = current.Sources.Any(s => s.ContentHash == evidence.Source.ContentHash)
            ? current.Sources
            : [.. current.Sources, evidence.Source];
        var quotes = current.Evidence.Contains(evidence.Statement.Evidence)
            ? current.Evidence
            : [.. current.Evidence, evidence.Statement.Evidence];
        // Keep the list bounded: the stance row must stay within one table entity.
        return current with
        {
            Sources = [.. sources.Take(20)],
            Evidence = [.. quotes.Take(10)],
            Scope = current.Scope ?? evidence.Statement.Scope,
            // An undated statement confirms the stance but says nothing about since when.
            Since = evidence.IsDated && (evidence.EventTime < current.Since || current.Since == LedgerEvidence.Undated) ? evidence.EventTime : current.Since,
            LastConfirmed = evidence.EventTime > current.LastConfirmed ? evidence.EventTime : current.LastConfirmed,
        };
    }
}
