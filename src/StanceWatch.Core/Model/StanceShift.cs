namespace StanceWatch.Core.Model;

/// <summary>
/// A change of a supplier's stance for one weapon class: the message on the <c>stance-shifts</c> queue
/// and the subject of every alert email.
/// </summary>
/// <param name="ShiftId">Stable id: the same change detected again yields the same id (alert idempotency keys on it).</param>
/// <param name="From">The stance before; null when this is the first stance ever seen (<paramref name="IsFirst"/>).</param>
/// <param name="EventTime">When the change happened (statement time), not when we noticed it.</param>
/// <param name="DetectedAt">When the ledger recorded it.</param>
public sealed record StanceShift(
    string ShiftId,
    string Supplier,
    WeaponClass WeaponClass,
    Stance? From,
    Stance To,
    bool IsFirst,
    string? Scope,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<ShiftSource> Sources,
    DateTimeOffset EventTime,
    DateTimeOffset DetectedAt);

/// <summary>An article that evidences a shift.</summary>
public sealed record ShiftSource(string Article, string? Title, string? Url, string? Source);
