using System.Text.Json;
using StanceWatch.Core.Model;
using StanceWatch.Testing;
using Xunit.Abstractions;

namespace StanceWatch.Pipeline.Tests;

/// <summary>The issue's scenario: the five development articles in a shuffled order give the expected board.</summary>
public sealed class CorpusBoardTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_development_articles_in_any_order_give_the_expected_board()
    {
        if (RepositoryFiles.CorpusDirectory is not { } corpus)
        {
            output.WriteLine("../shared/corpus is absent: nothing to ingest.");
            return;
        }

        using var gold = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(corpus, "gold.json")));
        var articles = gold.RootElement.GetProperty("articles").EnumerateArray()
            .Select(a => (File: a.GetProperty("file").GetString()!, Published: a.GetProperty("published").GetString()!))
            .ToList();
        foreach (var seed in new[] { 1, 2 })
        {
            await using var pipeline = await PipelineHarness.StartAsync();
            var order = articles.OrderBy(_ => Random.Shared.Next()).ToList();
            output.WriteLine($"order {seed}: {string.Join(", ", order.Select(a => a.File))}");
            foreach (var (file, published) in order)
            {
                var name = Path.GetFileName(file);
                await pipeline.DropAsync(name, await File.ReadAllBytesAsync(Path.Combine(corpus, file)), published);
                await pipeline.IngestAsync(name);
            }

            var board = (await pipeline.Board.GetBoardAsync(CancellationToken.None)).ToDictionary(e => (e.Supplier, e.WeaponClass), e => e.Stance);
            Assert.Equal(Stance.Limited, board[("US", WeaponClass.General)]);
            Assert.Equal(Stance.UnderReview, board[("US", WeaponClass.LongRange)]);
            Assert.Equal(Stance.Allowed, board[("GB", WeaponClass.General)]);
            Assert.Equal(Stance.UnderReview, board[("GB", WeaponClass.LongRange)]);
            Assert.Contains(board[("FR", WeaponClass.General)], new[] { Stance.Allowed, Stance.Limited });
            Assert.Equal(Stance.Prohibited, board[("DE", WeaponClass.General)]);
            Assert.Equal(Stance.Prohibited, board[("IT", WeaponClass.General)]);
        }
    }
}
