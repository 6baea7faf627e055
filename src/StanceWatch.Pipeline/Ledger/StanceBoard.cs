using System.Text.Json;
using StanceWatch.Core.Json;
using StanceWatch.Core.Ledger;
using StanceWatch.Core.Model;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Pipeline.Ledger;

/// <summary><see cref="IStanceBoard"/> over the <c>Stances</c> and <c>StanceHistory</c> tables.</summary>
public sealed class StanceBoard(ITableStore tables) : IStanceBoard
{
    public async Task<IReadOnlyList<StanceEntry>> GetBoardAsync(CancellationToken cancellationToken)
    {
        var entries = new List<StanceEntry>();
        await foreach (var row in tables.QueryAllAsync(StorageNames.StancesTable, null, cancellationToken))
        {
            var stance = StanceRows.FromRow(row);
            entries.Add(new StanceEntry(stance.Supplier, stance.WeaponClass, stance.Stance, stance.Scope, stance.Since == LedgerEvidence.Undated ? null : stance.Since,
                stance.Evidence, [.. stance.Sources.Select(s => s.Article)]));
        }

        return [.. entries.OrderBy(e => e.Supplier, StringComparer.Ordinal).ThenBy(e => e.WeaponClass)];
    }

    public async Task<IReadOnlyList<StanceHistoryEntry>> GetHistoryAsync(string supplier, CancellationToken cancellationToken)
    {
        var entries = new List<StanceHistoryEntry>();
        await foreach (var row in tables.QueryAllAsync(StorageNames.StanceHistoryTable, supplier.ToUpperInvariant(), cancellationToken))
        {
            var weaponClass = WeaponClassNames.Parse(row.GetString("WeaponClass"));
            entries.Add(new StanceHistoryEntry(
                row.PartitionKey,
                weaponClass,
                Enum.Parse<Stance>(row.GetString("Stance")!),
                Enum.Parse<StatementKind>(row.GetString("Kind")!),
                row.GetString("Scope"),
                row.Get<DateTimeOffset>("EventTime"),
                row.GetString("Evidence") ?? string.Empty,
                row.GetString("Source") ?? string.Empty,
                row.Get<bool>("BecameCurrent"),
                row.GetString("ShiftId")));
        }

        return [.. entries.OrderBy(e => e.EventTime).ThenBy(e => e.WeaponClass)];
    }
}
