using System.Globalization;
using StanceWatch.Core.Ledger;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Pipeline.Ingest;

/// <summary>
/// The <c>Statements</c> table: partition = supplier, row key = statement time, content hash, index, so a
/// partition reads in time order and writing the same article again rewrites the same rows.
/// </summary>
public sealed class StatementStore(ITableStore tables)
{
    private const int BatchSize = 100;

    public static string RowKey(LedgerEvidence evidence) =>
        $"{TableKeys.Time(evidence.EventTime)}-{evidence.Key}";

    public async Task SaveAsync(IReadOnlyList<LedgerEvidence> evidence, CancellationToken cancellationToken)
    {
        foreach (var supplier in evidence.GroupBy(e => e.Statement.Supplier))
        {
            foreach (var chunk in supplier.Chunk(BatchSize))
            {
                var operations = chunk.Select(e => new TableOperation(TableOperationKind.Upsert, ToRow(e))).ToList();
                await tables.ExecuteBatchAsync(StorageNames.StatementsTable, operations, cancellationToken);
            }
        }
    }

    private static TableRow ToRow(LedgerEvidence e) => new(e.Statement.Supplier, RowKey(e), new Dictionary<string, object?>
    {
        ["Article"] = e.Source.Article,
        ["ContentHash"] = e.Source.ContentHash,
        ["Weapons"] = e.Statement.Weapons,
        ["WeaponClass"] = Core.Model.WeaponClassNames.ToSlug(e.Statement.WeaponClass),
        ["Stance"] = e.Statement.Stance.ToString(),
        ["Kind"] = e.Statement.Kind.ToString(),
        ["Scope"] = e.Statement.Scope,
        ["Evidence"] = Truncate(e.Statement.Evidence),
        ["Speaker"] = e.Statement.Speaker,
        ["Confidence"] = e.Statement.Confidence,
        ["StatedAt"] = e.EventTime,
        ["Title"] = e.Source.Title,
        ["Url"] = e.Source.Url,
    });

    private static string Truncate(string text) =>
        text.Length <= 8000 ? text : string.Create(CultureInfo.InvariantCulture, $"{text[..8000]}…");
}
