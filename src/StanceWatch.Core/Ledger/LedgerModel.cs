using StanceWatch.Core.Model;

namespace StanceWatch.Core.Ledger;

/// <summary>Where a statement came from: enough to cite it in an alert and to key it idempotently.</summary>
/// <param name="ContentHash">SHA-256 of the article bytes (hex): the same content under two names is one source.</param>
public sealed record StatementSource(string Article, string ContentHash, string? Title, string? Url, string? Outlet);

/// <summary>A statement offered to the ledger, with its source and its stable key.</summary>
/// <param name="Key">Stable per (content, statement index): the ledger applies each key once.</param>
/// <param name="EventTime">When the statement was made (statement time, else the article's publication).</param>
public sealed record LedgerEvidence(string Key, Statement Statement, StatementSource Source, DateTimeOffset EventTime)
{
    /// <summary>The event time of a statement whose article gives no date anywhere: earlier than any dated one.</summary>
    public static readonly DateTimeOffset Undated = DateTimeOffset.UnixEpoch;

    public bool IsDated => EventTime != Undated;
}

/// <summary>The current stance of a supplier for one weapon class.</summary>
/// <param name="Since">Event time of the earliest statement of this stance seen without a contrary one between.</param>
/// <param name="LastConfirmed">Event time of the latest statement of this stance: only evidence newer than this can move it.</param>
/// <param name="SetBy">Key of the evidence that set it.</param>
/// <param name="LastShift">The shift that set it, kept so a crash after the write can still publish it.</param>
public sealed record CurrentStance(
    string Supplier,
    WeaponClass WeaponClass,
    Stance Stance,
    string? Scope,
    DateTimeOffset Since,
    DateTimeOffset LastConfirmed,
    StatementKind Kind,
    double Confidence,
    string SetBy,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<StatementSource> Sources,
    StanceShift? LastShift);

public enum LedgerOutcome
{
    /// <summary>The stance changed (or was seen for the first time): one shift, one alert.</summary>
    Shift,

    /// <summary>Another source for the current stance: evidence and source added, no alert.</summary>
    Corroborated,

    /// <summary>Recorded in history only; the reason says why it did not move the ledger.</summary>
    HistoryOnly,
}

/// <summary>What applying one piece of evidence does.</summary>
/// <param name="Current">The new current stance (unchanged for history-only).</param>
public sealed record LedgerDecision(LedgerOutcome Outcome, CurrentStance? Current, StanceShift? Shift, string Reason);
