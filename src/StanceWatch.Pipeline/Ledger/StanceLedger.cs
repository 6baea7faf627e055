using System.Text.Json;
using Microsoft.Extensions.Logging;
using StanceWatch.Core.Json;
using StanceWatch.Core.Ledger;
using StanceWatch.Core.Model;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Pipeline.Ledger;

/// <summary>
/// Applies evidence to the <c>Stances</c> table under optimistic concurrency, records every application in
/// <c>StanceHistory</c>, and records each shift in <c>ShiftOutbox</c> until it is on the queue.
/// </summary>
/// <remarks>
/// Crash safety: a history row means "this evidence is fully applied" and is written last. If a crash comes
/// after the stance row was written but before the history row, the redelivery finds the stance set by this
/// very evidence (<see cref="CurrentStance.SetBy"/>) and recovers the shift from the row itself.
/// </remarks>
public sealed class StanceLedger(ITableStore tables, TimeProvider time, ILogger<StanceLedger> logger)
{
    private const int MaxConcurrencyRetries = 20;

    /// <summary>Applies one piece of evidence; returns the shift it caused, if any.</summary>
    public async Task<StanceShift?> ApplyAsync(LedgerEvidence evidence, double minimumConfidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var statement = evidence.Statement;
        var historyKey = HistoryKey(evidence);
        if (await tables.GetAsync(StorageNames.StanceHistoryTable, statement.Supplier, historyKey, cancellationToken) is not null)
        {
            return null;
        }

        for (var attempt = 1; ; attempt++)
        {
            var row = await tables.GetAsync(StorageNames.StancesTable, statement.Supplier, statement.WeaponClass.ToSlug(), cancellationToken);
            var current = row is null ? null : StanceRows.FromRow(row);
            LedgerDecision decision;
            if (current is not null && current.SetBy == evidence.Key)
            {
                // Written before a crash: finish the bookkeeping with the shift the row remembers.
                var shift = current.LastShift;
                decision = shift is null
                    ? new LedgerDecision(LedgerOutcome.Corroborated, current, null, "same stance from another statement")
                    : new LedgerDecision(LedgerOutcome.Shift, current, shift, LedgerRules.ShiftReason(shift));
            }
            else
            {
                decision = LedgerRules.Apply(current, evidence, minimumConfidence, time.GetUtcNow());
                if (decision.Outcome != LedgerOutcome.HistoryOnly && decision.Current is { } next && next != current)
                {
                    try
                    {
                        var updated = StanceRows.ToRow(next, row?.ETag);
                        await (row is null
                            ? tables.InsertAsync(StorageNames.StancesTable, updated, cancellationToken)
                            : tables.ReplaceAsync(StorageNames.StancesTable, updated, cancellationToken));
                    }
                    catch (Exception ex) when (ex is StorageConcurrencyException or StorageConflictException && attempt < MaxConcurrencyRetries)
                    {
                        // Someone else moved this stance since we read it: decide again on what is there now.
                        logger.LogDebug("stance {Supplier}/{Class} changed concurrently; retrying ({Attempt})", statement.Supplier, statement.WeaponClass, attempt);
                        await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 30 * attempt)), cancellationToken);
                        continue;
                    }
                }
            }

            if (decision.Shift is { } shifted)
            {
                await tables.UpsertAsync(StorageNames.ShiftOutboxTable, new TableRow(evidence.Source.ContentHash, shifted.ShiftId,
                    new Dictionary<string, object?>
                    {
                        ["ShiftJson"] = JsonSerializer.Serialize(shifted, StanceWatchJson.Options),
                        ["Queued"] = false,
                    }), cancellationToken);
            }

            await tables.UpsertAsync(StorageNames.StanceHistoryTable, HistoryRow(evidence, historyKey, decision), cancellationToken);
            return decision.Shift;
        }
    }

    /// <summary>History sorts by weapon class, then event time.</summary>
    public static string HistoryKey(LedgerEvidence evidence) =>
        $"{evidence.Statement.WeaponClass.ToSlug()}-{TableKeys.Time(evidence.EventTime)}-{evidence.Key}";

    private static TableRow HistoryRow(LedgerEvidence evidence, string key, LedgerDecision decision) => new(
        evidence.Statement.Supplier,
        key,
        new Dictionary<string, object?>
        {
            ["WeaponClass"] = evidence.Statement.WeaponClass.ToSlug(),
            ["Stance"] = evidence.Statement.Stance.ToString(),
            ["Kind"] = evidence.Statement.Kind.ToString(),
            ["Scope"] = evidence.Statement.Scope,
            ["EventTime"] = evidence.EventTime,
            ["Evidence"] = evidence.Statement.Evidence.Length > 8000 ? evidence.Statement.Evidence[..8000] : evidence.Statement.Evidence,
            ["Source"] = evidence.Source.Article,
            ["Confidence"] = evidence.Statement.Confidence,
            ["Outcome"] = decision.Outcome.ToString(),
            ["Reason"] = decision.Reason,
            ["BecameCurrent"] = decision.Outcome == LedgerOutcome.Shift,
            ["ShiftId"] = decision.Shift?.ShiftId,
        });
}
