using Microsoft.Extensions.DependencyInjection;
using StanceWatch.Pipeline.Ingest;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Pipeline.Tests;

/// <summary>A crash at any step, then redelivery, ends in the same tables and queue as a clean run.</summary>
public sealed class CrashRecoveryTests
{
    private const string Article = """
        Britain lets Ukraine strike Russia

        Britain has given Ukraine permission to use British weapons against targets inside Russia, Downing Street said.
        Storm Shadow missiles must still only be used within Ukrainian territory, officials added.
        """;

    [Theory]
    [InlineData(IngestCheckpoint.StatementsStored)]
    [InlineData(IngestCheckpoint.LedgerApplied)]
    public async Task A_crash_between_steps_then_redelivery_matches_a_clean_run(string checkpoint)
    {
        var crash = new CrashOnce(checkpoint);
        await using var crashed = await PipelineHarness.StartAsync(s => s.AddSingleton<IIngestCheckpoints>(crash));
        await using var clean = await PipelineHarness.StartAsync();
        await crashed.DropAsync("a.txt", Article, "2024-05-31");
        await clean.DropAsync("a.txt", Article, "2024-05-31");

        await Assert.ThrowsAsync<SimulatedCrashException>(() => crashed.IngestAsync("a.txt"));
        var redelivered = await crashed.IngestAsync("a.txt");
        await clean.IngestAsync("a.txt");

        Assert.True(crash.Crashed);
        Assert.Equal(ArticleStatus.Processed, redelivered.Status);
        await AssertSameStateAsync(clean, crashed);
    }

    [Fact]
    public async Task A_crash_after_the_stance_is_written_but_before_its_history_still_publishes_the_shift_once()
    {
        var faults = FaultyTables.BeforeHistory();
        await using var crashed = await PipelineHarness.StartAsync(s =>
            s.AddSingleton<ITableStore>(sp => faults.Wrap(ActivatorUtilities.CreateInstance<Storage.Tables.AzureTableStore>(sp))));
        await using var clean = await PipelineHarness.StartAsync();
        await crashed.DropAsync("a.txt", Article, "2024-05-31");
        await clean.DropAsync("a.txt", Article, "2024-05-31");

        await Assert.ThrowsAsync<SimulatedCrashException>(() => crashed.IngestAsync("a.txt"));
        await crashed.IngestAsync("a.txt");
        await clean.IngestAsync("a.txt");

        Assert.Equal(1, faults.Failures);
        await AssertSameStateAsync(clean, crashed);
    }

    private static async Task AssertSameStateAsync(PipelineHarness expected, PipelineHarness actual)
    {
        foreach (var table in new[] { StorageNames.StatementsTable, StorageNames.StancesTable, StorageNames.StanceHistoryTable, StorageNames.ShiftOutboxTable })
        {
            Assert.Equal(Snapshot(await expected.RowsAsync(table)), Snapshot(await actual.RowsAsync(table)));
        }

        var expectedShifts = await expected.ShiftMessagesAsync();
        Assert.NotEmpty(expectedShifts);
        Assert.Equal(expectedShifts.Order(StringComparer.Ordinal).Select(WithoutDetectedAt), (await actual.ShiftMessagesAsync()).Order(StringComparer.Ordinal).Select(WithoutDetectedAt));
    }

    // Rows compared by keys and values, except the times at which each run wrote them.
    private static List<string> Snapshot(List<TableRow> rows) =>
        [.. rows.Select(r => $"{r.PartitionKey}/{r.RowKey}: " + string.Join("; ", r.Properties
            .Where(p => p.Key is not ("UpdatedAt" or "LastShiftJson" or "ShiftJson"))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={p.Value}")))];

    private static string WithoutDetectedAt(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, "\"detectedAt\":\"[^\"]*\"", string.Empty);

    private sealed class CrashOnce(string at) : IIngestCheckpoints
    {
        public bool Crashed { get; private set; }

        public Task ReachedAsync(string checkpoint, CancellationToken cancellationToken)
        {
            if (checkpoint == at && !Crashed)
            {
                Crashed = true;
                throw new SimulatedCrashException();
            }

            return Task.CompletedTask;
        }
    }
}

public sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException() : base("simulated crash") { }

    public SimulatedCrashException(string message) : base(message) { }

    public SimulatedCrashException(string message, Exception innerException) : base(message, innerException) { }
}
