using System.Text;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Storage.Tables;

/// <summary>
/// Azure Table Storage's documented limits, checked before a request leaves us, because Azurite accepts
/// requests that Azure would reject.
/// </summary>
internal static class TableLimits
{
    public const int MaxBatchOperations = 100;
    public const int MaxBatchBytes = 4 * 1024 * 1024;
    public const int MaxEntityBytes = 1024 * 1024;
    public const int MaxCustomProperties = 252;
    public const int MaxKeyBytes = 1024;
    public const int MaxStringChars = 32 * 1024;

    // Rough per-operation envelope of a batch (changeset headers, JSON framing) on top of the entity itself.
    private const int BatchOperationOverheadBytes = 1024;

    public static void CheckRow(string table, TableRow row)
    {
        CheckKey(table, "PartitionKey", row.PartitionKey);
        CheckKey(table, "RowKey", row.RowKey);
        if (row.Properties.Count > MaxCustomProperties)
        {
            throw new StorageLimitException(
                $"entity '{row.PartitionKey}/{row.RowKey}' in '{table}' has {row.Properties.Count} properties; the limit is {MaxCustomProperties}.");
        }

        foreach (var (name, value) in row.Properties)
        {
            if (value is string s && s.Length > MaxStringChars)
            {
                throw new StorageLimitException(
                    $"property '{name}' of '{row.PartitionKey}/{row.RowKey}' in '{table}' is {s.Length:N0} characters; the limit is {MaxStringChars:N0}.");
            }
        }

        var size = EstimateBytes(row);
        if (size > MaxEntityBytes)
        {
            throw new StorageLimitException(
                $"entity '{row.PartitionKey}/{row.RowKey}' in '{table}' is about {size:N0} bytes; the limit is {MaxEntityBytes:N0}.");
        }
    }

    public static void CheckBatch(string table, IReadOnlyList<TableOperation> operations)
    {
        if (operations.Count == 0)
        {
            throw new StorageLimitException($"a batch for '{table}' must have at least one operation.");
        }

        if (operations.Count > MaxBatchOperations)
        {
            throw new StorageLimitException(
                $"a batch for '{table}' has {operations.Count} operations; the limit is {MaxBatchOperations}.");
        }

        var partition = operations[0].Row.PartitionKey;
        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        long bytes = 0;
        foreach (var operation in operations)
        {
            if (!string.Equals(operation.Row.PartitionKey, partition, StringComparison.Ordinal))
            {
                throw new StorageLimitException(
                    $"a batch for '{table}' spans partitions '{partition}' and '{operation.Row.PartitionKey}'; a batch must be one partition.");
            }

            if (!rowKeys.Add(operation.Row.RowKey))
            {
                throw new StorageLimitException(
                    $"a batch for '{table}' touches row '{operation.Row.RowKey}' twice; each entity may appear once per batch.");
            }

            CheckRow(table, operation.Row);
            bytes += EstimateBytes(operation.Row) + BatchOperationOverheadBytes;
        }

        if (bytes > MaxBatchBytes)
        {
            throw new StorageLimitException(
                $"a batch for '{table}' is about {bytes:N0} bytes; the limit is {MaxBatchBytes:N0}.");
        }
    }

    private static void CheckKey(string table, string which, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Encoding.UTF8.GetByteCount(key) > MaxKeyBytes)
        {
            throw new StorageLimitException($"{which} in '{table}' is longer than {MaxKeyBytes} bytes.");
        }

        foreach (var c in key)
        {
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                throw new StorageLimitException(
                    $"{which} '{Printable(key)}' in '{table}' contains '{Printable(c.ToString())}', which table keys may not contain (/ \\ # ? or control characters).");
            }
        }
    }

    // Table storage counts strings as UTF-16; binary and numbers by their size; names count too.
    private static long EstimateBytes(TableRow row)
    {
        long size = 4 + (row.PartitionKey.Length + row.RowKey.Length) * 2;
        foreach (var (name, value) in row.Properties)
        {
            size += 8 + name.Length * 2 + value switch
            {
                string s => 4 + s.Length * 2,
                byte[] b => 4 + b.Length,
                Guid => 16,
                _ => 8,
            };
        }

        return size;
    }

    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
