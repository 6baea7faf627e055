using StanceWatch.Core.Model;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Pipeline.Subscriptions;

/// <summary>
/// The <c>Subscribers</c> table: one partition, row key = id from the normalised email. Dispatch reads the
/// partition and filters by supplier in memory: fine for tens of thousands of subscribers; beyond that, an
/// index partition per supplier would be the next step.
/// </summary>
public sealed class SubscriberStore(ITableStore tables, TimeProvider time)
{
    private const string Partition = "subscriber";

    public async Task<Subscriber?> GetAsync(string id, CancellationToken cancellationToken) =>
        await tables.GetAsync(StorageNames.SubscribersTable, Partition, id, cancellationToken) is { } row ? FromRow(row) : null;

    public async Task<Subscriber> SaveAsync(string email, IReadOnlyList<string> suppliers, IReadOnlyList<WeaponClass> weaponClasses, SubscriberStatus status, CancellationToken cancellationToken)
    {
        var subscriber = new Subscriber(Subscriber.IdFor(email), email, suppliers, weaponClasses, status, time.GetUtcNow());
        await tables.UpsertAsync(StorageNames.SubscribersTable, ToRow(subscriber), cancellationToken);
        return subscriber;
    }

    public async Task<Subscriber?> SetStatusAsync(string id, SubscriberStatus status, CancellationToken cancellationToken)
    {
        var current = await GetAsync(id, cancellationToken);
        if (current is null)
        {
            return null;
        }

        var updated = current with { Status = status, UpdatedAt = time.GetUtcNow() };
        await tables.UpsertAsync(StorageNames.SubscribersTable, ToRow(updated), cancellationToken);
        return updated;
    }

    public async Task<List<Subscriber>> AllAsync(CancellationToken cancellationToken) =>
        await tables.QueryAllAsync(StorageNames.SubscribersTable, Partition, cancellationToken).Select(FromRow).ToListAsync(cancellationToken);

    private static TableRow ToRow(Subscriber s) => new(Partition, s.Id, new Dictionary<string, object?>
    {
        ["Email"] = s.Email,
        ["Suppliers"] = string.Join(',', s.Suppliers),
        ["WeaponClasses"] = string.Join(',', s.WeaponClasses.Select(c => c.ToSlug())),
        ["Status"] = s.Status.ToString(),
        ["UpdatedAt"] = s.UpdatedAt,
    });

    private static Subscriber FromRow(TableRow row) => new(
        row.RowKey,
        row.GetString("Email") ?? string.Empty,
        (row.GetString("Suppliers") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries),
        [.. (row.GetString("WeaponClasses") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(WeaponClassNames.Parse)],
        Enum.Parse<SubscriberStatus>(row.GetString("Status") ?? nameof(SubscriberStatus.Pending)),
        row.Get<DateTimeOffset>("UpdatedAt"));
}
