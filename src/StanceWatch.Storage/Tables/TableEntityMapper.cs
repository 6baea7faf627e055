using Microsoft.WindowsAzure.Storage.Table;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Storage.Tables;

/// <summary>Converts between the pipeline's <see cref="TableRow"/> and the SDK's dynamic entity.</summary>
internal static class TableEntityMapper
{
    public static DynamicTableEntity ToEntity(TableRow row)
    {
        var properties = new Dictionary<string, EntityProperty>(row.Properties.Count, StringComparer.Ordinal);
        foreach (var (name, value) in row.Properties)
        {
            if (value is not null)
            {
                properties[name] = ToProperty(name, value);
            }
        }

        return new DynamicTableEntity(row.PartitionKey, row.RowKey, row.ETag ?? "*", properties);
    }

    public static TableRow ToRow(DynamicTableEntity entity)
    {
        var properties = new Dictionary<string, object?>(entity.Properties.Count, StringComparer.Ordinal);
        foreach (var (name, property) in entity.Properties)
        {
            // The SDK surfaces dates as DateTime; the pipeline speaks DateTimeOffset (always UTC in storage).
            properties[name] = property.PropertyType == EdmType.DateTime
                ? property.DateTimeOffsetValue
                : property.PropertyAsObject;
        }

        return new TableRow(entity.PartitionKey, entity.RowKey, properties, entity.ETag, entity.Timestamp);
    }

    private static EntityProperty ToProperty(string name, object value) => value switch
    {
        string s => new EntityProperty(s),
        bool b => new EntityProperty(b),
        int i => new EntityProperty(i),
        long l => new EntityProperty(l),
        double d => new EntityProperty(d),
        Guid g => new EntityProperty(g),
        DateTimeOffset t => new EntityProperty(t),
        DateTime t => new EntityProperty(new DateTimeOffset(t.ToUniversalTime())),
        byte[] bytes => new EntityProperty(bytes),
        Enum e => new EntityProperty(e.ToString()),
        _ => throw new StorageLimitException(
            $"property '{name}' has type {value.GetType().Name}, which table storage cannot store."),
    };
}
