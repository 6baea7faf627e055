using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StanceWatch.Core.Json;
using StanceWatch.Core.Model;
using StanceWatch.Pipeline.Ingest;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Pipeline.Tests;

public sealed class IngestionTests
{
    private const string GermanyRefuses = "Germany refuses to allow its weapons to be used against targets inside Russia, Chancellor Olaf Scholz said.";
    private const string GermanyAllows = "Germany has allowed Ukraine to use German weapons against military targets in Russia, Berlin announced.";

    [Fact]
    public async Task The_same_blob_delivered_twice_adds_no_statements_and_no_second_shift()
    {
        await using var pipeline = await PipelineHarness.StartAsync();
        await pipeline.DropAsync("a.txt", GermanyRefuses, "2024-05-30");

        var first = await pipeline.IngestAsync("a.txt");
        var statements = await pipeline.RowsAsync(StorageNames.StatementsTable);
        var second = await pipeline.IngestAsync("a.txt");

        Assert.Equal(ArticleStatus.Processed, first.Status);
        Assert.Equal(1, first.Shifts);
        Assert.Equal(ArticleStatus.Processed, second.Status);
        Assert.Equal(statements.Count, (await pipeline.RowsAsync(StorageNames.StatementsTable)).Count);
        var shift = JsonSerializer.Deserialize<StanceShift>(Assert.Single(await pipeline.ShiftMessagesAsync()), StanceWatchJson.Options)!;
        Assert.Equal(("DE", WeaponClass.General, Stance.Prohibited, true), (shift.Supplier, shift.WeaponClass, shift.To, shift.IsFirst));
        Assert.Null(shift.From);
        Assert.Equal(GermanyRefuses, Assert.Single(shift.Evidence));
    }

    [Fact]
    public async Task The_same_content_under_another_name_is_a_duplicate()
    {
        await using var pipeline = await PipelineHarness.StartAsync();
        await pipeline.DropAsync("a.txt", GermanyRefuses, "2024-05-30");
        await pipeline.DropAsync("copy/of-a.txt", GermanyRefuses, "2024-05-30");

        await pipeline.IngestAsync("a.txt");
        var duplicate = await pipeline.IngestAsync("copy/of-a.txt");

        Assert.Equal(ArticleStatus.Duplicate, duplicate.Status);
        Assert.Contains("a.txt", duplicate.Reason, StringComparison.Ordinal);
        Assert.Single(await pipeline.RowsAsync(StorageNames.StatementsTable));
        Assert.Single(await pipeline.ShiftMessagesAsync());
    }

    [Fact]
    public async Task An_undated_article_shows_no_date_on_the_board_and_does_not_move_a_dated_stance_back()
    {
        await using var pipeline = await PipelineHarness.StartAsync();
        await pipeline.DropAsync("undated.txt", GermanyAllows);
        await pipeline.IngestAsync("undated.txt");
        var board = Assert.Single(await pipeline.Board.GetBoardAsync(CancellationToken.None));
        Assert.Equal((Stance.Allowed, (DateTimeOffset?)null), (board.Stance, board.Since));

        await pipeline.DropAsync("dated.txt", GermanyAllows + " It was confirmed again.", "2024-06-01");
        await pipeline.DropAsync("undated-again.txt", GermanyAllows + " Officials repeated it.");
        await pipeline.IngestAsync("dated.txt");
        await pipeline.IngestAsync("undated-again.txt");
        board = Assert.Single(await pipeline.Board.GetBoardAsync(CancellationToken.None));
        Assert.Equal((Stance.Allowed, new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero)), (board.Stance, board.Since));
    }

    [Fact]
    public async Task An_older_article_arriving_late_goes_to_history_and_never_overturns_the_newer_stance()
    {
        await using var pipeline = await PipelineHarness.StartAsync();
        await pipeline.DropAsync("new.txt", GermanyAllows, "2024-06-01");
        await pipeline.DropAsync("old.txt", GermanyRefuses, "2024-05-01");

        await pipeline.IngestAsync("new.txt");
        var late = await pipeline.IngestAsync("old.txt");

        Assert.Equal(0, late.Shifts);
        var board = Assert.Single(await pipeline.Board.GetBoardAsync(CancellationToken.None));
        Assert.Equal((Stance.Allowed, new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero)), (board.Stance, board.Since));
        var history = await pipeline.Board.GetHistoryAsync("DE", CancellationToken.None);
        Assert.Equal([Stance.Prohibited, Stance.Allowed], history.Select(h => h.Stance));
        Assert.False(history[0].BecameCurrent);
        Assert.True(history[1].BecameCurrent);
        Assert.Single(await pipeline.ShiftMessagesAsync());
    }

    [Fact]
    public async Task A_newer_article_shifts_the_stance_from_the_old_one()
    {
        await using var pipeline = await PipelineHarness.StartAsync();
        await pipeline.DropAsync("old.txt", GermanyRefuses, "2024-05-01");
        await pipeline.DropAsync("new.txt", GermanyAllows, "2024-06-01");

        await pipeline.IngestAsync("old.txt");
        await pipeline.IngestAsync("new.txt");

        var shifts = (await pipeline.ShiftMessagesAsync()).Select(m => JsonSerializer.Deserialize<StanceShift>(m, StanceWatchJson.Options)!).ToList();
        Assert.Equal(2, shifts.Count);
        Assert.Equal((Stance.Prohibited, Stance.Allowed, false), (shifts[1].From!.Value, shifts[1].To, shifts[1].IsFirst));
        Assert.NotEqual(shifts[0].ShiftId, shifts[1].ShiftId);
    }

    [Fact]
    public async Task A_second_source_for_the_same_stance_corroborates_without_a_second_shift()
    {
        await using var pipeline = await PipelineHarness.StartAsync();
        await pipeline.DropAsync("a.txt", GermanyRefuses, "2024-05-30");
        await pipeline.DropAsync("b.txt", "Berlin still refuses to let Kyiv fire German arms into Russia, officials said.", "2024-05-31");

        await pipeline.IngestAsync("a.txt");
        var second = await pipeline.IngestAsync("b.txt");

        Assert.Equal(0, second.Shifts);
        var board = Assert.Single(await pipeline.Board.GetBoardAsync(CancellationToken.None));
        Assert.Equal(["a.txt", "b.txt"], board.Sources);
        Assert.Equal(2, board.Evidence.Count);
        Assert.Single(await pipeline.ShiftMessagesAsync());
    }

    [Fact]
    public async Task Parallel_ingestions_for_one_supplier_lose_no_update()
    {
        await using var pipeline = await PipelineHarness.StartAsync();
        var days = Enumerable.Range(1, 8).ToList();
        foreach (var day in days)
        {
            var text = day % 2 == 0 ? GermanyAllows : GermanyRefuses;
            await pipeline.DropAsync($"d{day}.txt", $"{text} Report number {day}.", $"2024-06-{day:D2}");
        }

        await Task.WhenAll(days.Select(day => Task.Run(() => pipeline.IngestAsync($"d{day}.txt"))));

        // Whatever the interleaving, the newest statement (8 June, allowed) decides the stance.
        var board = Assert.Single(await pipeline.Board.GetBoardAsync(CancellationToken.None));
        Assert.Equal(Stance.Allowed, board.Stance);
        Assert.Equal(8, (await pipeline.Board.GetHistoryAsync("DE", CancellationToken.None)).Count);
        Assert.Equal(8, (await pipeline.RowsAsync(StorageNames.StatementsTable)).Count);
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "empty")]
    [InlineData("binary.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 }, "binary")]
    [InlineData("latin1.txt", new byte[] { 0x42, 0x65, 0x72, 0x6C, 0x69, 0x6E, 0x20, 0xE9, 0x74, 0xE9 }, "not valid UTF-8")]
    [InlineData("broken.json", new byte[] { 0x7B, 0x22, 0x74, 0x69, 0x74, 0x6C, 0x65, 0x22, 0x3A }, "not valid JSON")]
    [InlineData("big.txt", null, "too large")]
    public async Task Bad_input_is_quarantined_with_its_reason_and_kept(string name, byte[]? content, string reason)
    {
        await using var pipeline = await PipelineHarness.StartAsync(maxArticleBytes: 1024);
        await pipeline.DropAsync(name, content ?? new byte[4096], contentType: name.EndsWith(".json", StringComparison.Ordinal) ? "application/json" : "text/plain");

        var result = await pipeline.IngestAsync(name);
        var again = await pipeline.IngestAsync(name);

        Assert.Equal(ArticleStatus.Quarantined, result.Status);
        Assert.Contains(reason, result.Reason, StringComparison.Ordinal);
        Assert.Equal(ArticleStatus.Quarantined, again.Status);
        var row = Assert.Single(await pipeline.RowsAsync(StorageNames.ArticlesTable));
        Assert.Equal("Quarantined", row.GetString("Status"));
        Assert.Contains(reason, row.GetString("Reason"), StringComparison.Ordinal);
        var blob = await pipeline.Blobs.GetPropertiesAsync(StorageNames.ArticlesContainer, name, CancellationToken.None);
        Assert.NotNull(blob);
        Assert.Equal("quarantined", blob.Metadata["status"]);
        Assert.Empty(await pipeline.ShiftMessagesAsync());
    }

    [Fact]
    public async Task Published_metadata_dates_the_statements()
    {
        await using var pipeline = await PipelineHarness.StartAsync();
        await pipeline.DropAsync("a.txt", GermanyRefuses, "2024-05-30T14:00:00Z");
        await pipeline.IngestAsync("a.txt");
        var statement = Assert.Single(await pipeline.RowsAsync(StorageNames.StatementsTable));
        Assert.Equal("DE", statement.PartitionKey);
        Assert.StartsWith("20240530T140000-", statement.RowKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scripted_statements_below_the_confidence_threshold_do_not_move_the_ledger()
    {
        await using var pipeline = await PipelineHarness.StartAsync(services => services.AddSingleton<IStatementSource>(new ScriptedStatements(
            new Statement("PL", "general", WeaponClass.General, Stance.Allowed, StatementKind.Report, null, "weak", null, 0.3, null))));
        await pipeline.DropAsync("a.txt", "Some text about Poland.", "2024-05-30");

        var result = await pipeline.IngestAsync("a.txt");

        Assert.Equal((1, 0), (result.Statements, result.Shifts));
        Assert.Empty(await pipeline.Board.GetBoardAsync(CancellationToken.None));
        Assert.False(Assert.Single(await pipeline.Board.GetHistoryAsync("PL", CancellationToken.None)).BecameCurrent);
    }
}
