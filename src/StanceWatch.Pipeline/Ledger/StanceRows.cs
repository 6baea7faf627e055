using System.Text.Json;
using StanceWatch.Core.Json;
using StanceWatch.Core.Ledger;
using StanceWatch.Core.Model;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Pipeline.Ledger;

/// <summary>Maps current stances to and from <c>Stances</c> rows (partition = supplier, row = weapon class).</summary>
internal static class StanceRows
{
    public static TableRow ToRow(CurrentStance stance, string? etag) => new(
        stance.Supplier,
        stance.WeaponClass.ToSlug(),
        new Dictionary<string, object?>
        {
            ["Stance"] = stance.Stance.ToString(),
            ["Scope"] = stance.Scope,
            ["Since"] = stance.Since,
            ["LastConfirmed"] = stance.LastConfirmed,
            ["Kind"] = stance.Kind.ToString(),
            ["Confidence"] = stance.Confidence,
            ["SetBy"] = stance.SetBy,
            ["EvidenceJson"] = JsonSerializer.Serialize(stance.Evidence, StanceWatchJson.Options),
            ["SourcesJson"] = JsonSerializer.Serialize(stance.Sources, StanceWatchJson.Options),
            ["LastShiftJson"] = stance.LastShift is null ? null : JsonSerializer.Serialize(stance.LastShift, StanceWatchJson.Options),
        },
        etag);

    public static CurrentStance FromRow(TableRow row)
    {
        var weaponClass = WeaponClassNames.Parse(row.RowKey);
        var shiftJson = row.GetString("LastShiftJson");
        return new CurrentStance(
            row.PartitionKey,
            weaponClass,
            Enum.Parse<Stance>(row.GetString("Stance")!),
            row.GetString("Scope"),
            row.Get<DateTimeOffset>("Since"),
            row.Get<DateTimeOffset>("LastConfirmed"),
            Enum.Parse<StatementKind>(row.GetString("Kind")!),
            row.Get<double>("Confidence"),
            row.GetString("SetBy") ?? string.Empty,
            JsonSerializer.Deserialize<List<string>>(row.GetString("EvidenceJson") ?? "[]", StanceWatchJson.Options) ?? [],
            JsonSerializer.Deserialize<List<StatementSource>>(row.GetString("SourcesJson") ?? "[]", StanceWatchJson.Options) ?? [],
            shiftJson is null ? null : JsonSerializer.Deserialize<StanceShift>(shiftJson, StanceWatchJson.Options));
    }
}
