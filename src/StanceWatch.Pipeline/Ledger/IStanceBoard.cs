using StanceWatch.Core.Model;

namespace StanceWatch.Pipeline.Ledger;

/// <summary>Read side of the stance ledger: what `stances`, the API and alerts show.</summary>
public interface IStanceBoard
{
    /// <summary>The current stance of every supplier and weapon class, ordered by supplier then class.</summary>
    Task<IReadOnlyList<StanceEntry>> GetBoardAsync(CancellationToken cancellationToken);

    /// <summary>Every recorded stance of one supplier, oldest first (including late arrivals that never became current).</summary>
    Task<IReadOnlyList<StanceHistoryEntry>> GetHistoryAsync(string supplier, CancellationToken cancellationToken);
}

/// <summary>A current stance.</summary>
/// <param name="Since">Event time of the statement that set it; null when no statement of it carried a date.</param>
/// <param name="Evidence">The evidence sentences that set or corroborate it.</param>
/// <param name="Sources">Article names that set or corroborate it.</param>
public sealed record StanceEntry(
    string Supplier,
    WeaponClass WeaponClass,
    Stance Stance,
    string? Scope,
    DateTimeOffset? Since,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<string> Sources);

/// <summary>One stance-bearing statement as the ledger recorded it.</summary>
/// <param name="BecameCurrent">False for statements that arrived late or did not move the ledger.</param>
public sealed record StanceHistoryEntry(
    string Supplier,
    WeaponClass WeaponClass,
    Stance Stance,
    StatementKind Kind,
    string? Scope,
    DateTimeOffset EventTime,
    string Evidence,
    string Source,
    bool BecameCurrent,
    string? ShiftId);
