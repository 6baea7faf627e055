using StanceWatch.Pipeline.Ports;
using StanceWatch.Testing;

namespace StanceWatch.Storage.Tests;

[Collection(StorageCollection.Name)]
public sealed class TableStoreTests(AzuriteFixture azurite)
{
    private readonly ITableStore _tables = azurite.Tables;
    private readonly CancellationToken _ct = CancellationToken.None;

    private async Task<string> NewTableAsync()
    {
        var table = AzuriteFixture.UniqueName("t");
        await _tables.EnsureTableAsync(table, _ct);
        return table;
    }

    private static TableRow Row(string pk, string rk, params (string Name, object? Value)[] properties) =>
        new(pk, rk, properties.ToDictionary(p => p.Name, p => p.Value));

    [Fact]
    public async Task Insert_then_point_read_round_trips_every_supported_type()
    {
        var table = await NewTableAsync();
        var when = new DateTimeOffset(2024, 5, 31, 12, 0, 0, TimeSpan.Zero);
        var id = Guid.NewGuid();
        await _tables.InsertAsync(table, Row("US", "r1",
            ("Text", "Storm Shadow — “quoted”"), ("Flag", true), ("Count", 7), ("Big", 5_000_000_000L),
            ("Ratio", 0.75), ("Id", id), ("When", when), ("Bytes", new byte[] { 1, 2, 3 })), _ct);

        var row = await _tables.GetAsync(table, "US", "r1", _ct);

        Assert.NotNull(row);
        Assert.Equal("Storm Shadow — “quoted”", row.GetString("Text"));
        Assert.True(row.Get<bool>("Flag"));
        Assert.Equal(7, row.Get<int>("Count"));
        Assert.Equal(5_000_000_000L, row.Get<long>("Big"));
        Assert.Equal(0.75, row.Get<double>("Ratio"));
        Assert.Equal(id, row.Get<Guid>("Id"));
        Assert.Equal(when, row.Get<DateTimeOffset>("When"));
        Assert.Equal(new byte[] { 1, 2, 3 }, row.Get<byte[]>("Bytes"));
        Assert.False(string.IsNullOrEmpty(row.ETag));
    }

    [Fact]
    public async Task Point_read_of_a_missing_entity_is_null()
    {
        var table = await NewTableAsync();
        Assert.Null(await _tables.GetAsync(table, "US", "nothing", _ct));
    }

    [Fact]
    public async Task Second_insert_of_the_same_key_is_a_conflict()
    {
        var table = await NewTableAsync();
        await _tables.InsertAsync(table, Row("US", "r1", ("A", 1)), _ct);
        await Assert.ThrowsAsync<StorageConflictException>(() => _tables.InsertAsync(table, Row("US", "r1", ("A", 2)), _ct));
    }

    [Fact]
    public async Task Upsert_replaces_the_whole_entity()
    {
        var table = await NewTableAsync();
        await _tables.UpsertAsync(table, Row("US", "r1", ("A", 1), ("B", 2)), _ct);
        await _tables.UpsertAsync(table, Row("US", "r1", ("A", 3)), _ct);
        var row = await _tables.GetAsync(table, "US", "r1", _ct);
        Assert.Equal(3, row!.Get<int>("A"));
        Assert.False(row.Properties.ContainsKey("B"));
    }

    [Fact]
    public async Task Merge_with_a_stale_etag_is_a_concurrency_conflict_and_keeps_the_winner()
    {
        var table = await NewTableAsync();
        await _tables.InsertAsync(table, Row("US", "stance", ("Stance", "Prohibited")), _ct);
        var first = await _tables.GetAsync(table, "US", "stance", _ct);
        var second = await _tables.GetAsync(table, "US", "stance", _ct);

        var merged = await _tables.MergeAsync(table, Row("US", "stance", ("Stance", "Limited")) with { ETag = first!.ETag }, _ct);
        Assert.NotEqual(first.ETag, merged.ETag);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() =>
            _tables.MergeAsync(table, Row("US", "stance", ("Stance", "Allowed")) with { ETag = second!.ETag }, _ct));
        Assert.Equal("Limited", (await _tables.GetAsync(table, "US", "stance", _ct))!.GetString("Stance"));
    }

    [Fact]
    public async Task Replace_with_a_stale_etag_is_a_concurrency_conflict()
    {
        var table = await NewTableAsync();
        var inserted = await _tables.InsertAsync(table, Row("DE", "stance", ("Stance", "Prohibited")), _ct);
        await _tables.ReplaceAsync(table, Row("DE", "stance", ("Stance", "UnderReview")) with { ETag = inserted.ETag }, _ct);
        await Assert.ThrowsAsync<StorageConcurrencyException>(() =>
            _tables.ReplaceAsync(table, Row("DE", "stance", ("Stance", "Allowed")) with { ETag = inserted.ETag }, _ct));
    }

    [Fact]
    public async Task Merge_keeps_properties_it_does_not_mention()
    {
        var table = await NewTableAsync();
        await _tables.InsertAsync(table, Row("US", "r", ("A", 1), ("B", "kept")), _ct);
        await _tables.MergeAsync(table, Row("US", "r", ("A", 2)), _ct);
        var row = await _tables.GetAsync(table, "US", "r", _ct);
        Assert.Equal(2, row!.Get<int>("A"));
        Assert.Equal("kept", row.GetString("B"));
    }

    [Fact]
    public async Task Delete_reports_whether_the_entity_existed_and_honours_etags()
    {
        var table = await NewTableAsync();
        var row = await _tables.InsertAsync(table, Row("US", "r", ("A", 1)), _ct);
        await _tables.MergeAsync(table, Row("US", "r", ("A", 2)), _ct);
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => _tables.DeleteAsync(table, "US", "r", row.ETag, _ct));
        Assert.True(await _tables.DeleteAsync(table, "US", "r", null, _ct));
        Assert.False(await _tables.DeleteAsync(table, "US", "r", null, _ct));
    }

    [Fact]
    public async Task Batch_over_one_partition_is_applied_as_a_whole()
    {
        var table = await NewTableAsync();
        var operations = Enumerable.Range(0, 100)
            .Select(i => new TableOperation(TableOperationKind.Insert, Row("US", $"r{i:D3}", ("I", i))))
            .ToList();
        await _tables.ExecuteBatchAsync(table, operations, _ct);

        var rows = await _tables.QueryAllAsync(table, "US", _ct).ToListAsync();
        Assert.Equal(100, rows.Count);
    }

    [Fact]
    public async Task A_failing_operation_rolls_back_the_whole_batch()
    {
        var table = await NewTableAsync();
        await _tables.InsertAsync(table, Row("US", "exists", ("I", 0)), _ct);
        var operations = new List<TableOperation>
        {
            new(TableOperationKind.Insert, Row("US", "new", ("I", 1))),
            new(TableOperationKind.Insert, Row("US", "exists", ("I", 2))),
        };

        await Assert.ThrowsAnyAsync<StanceWatchException>(() => _tables.ExecuteBatchAsync(table, operations, _ct));
        Assert.Null(await _tables.GetAsync(table, "US", "new", _ct));
    }

    [Fact]
    public async Task Batch_rules_that_Azurite_does_not_enforce_are_enforced_by_the_adapter()
    {
        var table = await NewTableAsync();
        var twoPartitions = new List<TableOperation>
        {
            new(TableOperationKind.Insert, Row("US", "a")),
            new(TableOperationKind.Insert, Row("GB", "b")),
        };
        var tooMany = Enumerable.Range(0, 101)
            .Select(i => new TableOperation(TableOperationKind.Upsert, Row("US", $"r{i}")))
            .ToList();
        var duplicate = new List<TableOperation>
        {
            new(TableOperationKind.Upsert, Row("US", "same")),
            new(TableOperationKind.Merge, Row("US", "same")),
        };
        var big = new string('x', 30_000);
        var tooLarge = Enumerable.Range(0, 80)
            .Select(i => new TableOperation(TableOperationKind.Upsert, Row("US", $"r{i}", ("A", big), ("B", big))))
            .ToList();

        var partitions = await Assert.ThrowsAsync<StorageLimitException>(() => _tables.ExecuteBatchAsync(table, twoPartitions, _ct));
        Assert.Contains("one partition", partitions.Message, StringComparison.Ordinal);
        var count = await Assert.ThrowsAsync<StorageLimitException>(() => _tables.ExecuteBatchAsync(table, tooMany, _ct));
        Assert.Contains("101 operations", count.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<StorageLimitException>(() => _tables.ExecuteBatchAsync(table, duplicate, _ct));
        var size = await Assert.ThrowsAsync<StorageLimitException>(() => _tables.ExecuteBatchAsync(table, tooLarge, _ct));
        Assert.Contains("4,194,304", size.Message, StringComparison.Ordinal);
        Assert.Empty(await _tables.QueryAllAsync(table, null, _ct).ToListAsync());
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\\b")]
    [InlineData("a\tb")]
    public async Task Keys_with_characters_Azure_forbids_are_rejected(string key)
    {
        var table = await NewTableAsync();
        await Assert.ThrowsAsync<StorageLimitException>(() => _tables.UpsertAsync(table, Row(key, "r"), _ct));
        await Assert.ThrowsAsync<StorageLimitException>(() => _tables.UpsertAsync(table, Row("p", key), _ct));
    }

    [Fact]
    public async Task Strings_over_32K_characters_are_rejected()
    {
        var table = await NewTableAsync();
        await Assert.ThrowsAsync<StorageLimitException>(() =>
            _tables.UpsertAsync(table, Row("p", "r", ("Text", new string('a', 32 * 1024 + 1))), _ct));
    }

    [Fact]
    public async Task A_partition_of_more_than_1000_rows_is_read_with_continuation_tokens()
    {
        var table = await NewTableAsync();
        const int total = 1_250;
        for (var start = 0; start < total; start += 100)
        {
            var batch = Enumerable.Range(start, Math.Min(100, total - start))
                .Select(i => new TableOperation(TableOperationKind.Insert, Row("US", $"r{i:D5}", ("I", i))))
                .ToList();
            await _tables.ExecuteBatchAsync(table, batch, _ct);
        }

        await _tables.InsertAsync(table, Row("GB", "other", ("I", -1)), _ct);

        var first = await _tables.QueryAsync(table, "US", null, null, _ct);
        Assert.Equal(1000, first.Rows.Count);
        Assert.NotNull(first.ContinuationToken);

        var second = await _tables.QueryAsync(table, "US", first.ContinuationToken, null, _ct);
        Assert.Equal(total - 1000, second.Rows.Count);
        Assert.Null(second.ContinuationToken);

        var all = await _tables.QueryAllAsync(table, "US", _ct).ToListAsync();
        Assert.Equal(Enumerable.Range(0, total), all.Select(r => r.Get<int>("I")));
    }

    [Fact]
    public async Task Small_pages_follow_tokens_across_the_whole_table()
    {
        var table = await NewTableAsync();
        foreach (var pk in new[] { "DE", "FR", "US" })
        {
            for (var i = 0; i < 3; i++)
            {
                await _tables.InsertAsync(table, Row(pk, $"r{i}"), _ct);
            }
        }

        var keys = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await _tables.QueryAsync(table, null, token, 4, _ct);
            keys.AddRange(page.Rows.Select(r => $"{r.PartitionKey}/{r.RowKey}"));
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null);

        Assert.Equal(9, keys.Count);
        Assert.True(pages >= 3);
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
    }

    [Fact]
    public async Task A_forged_continuation_token_is_a_clear_error()
    {
        var table = await NewTableAsync();
        var error = await Assert.ThrowsAsync<StanceWatchException>(() => _tables.QueryAsync(table, "US", "not-a-token!", null, _ct));
        Assert.Contains("continuation token", error.Message, StringComparison.Ordinal);
    }
}
