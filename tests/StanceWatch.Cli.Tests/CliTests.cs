using System.Text.Json;

namespace StanceWatch.Cli.Tests;

public sealed class CliTests
{
    private const string UnreachableAccount =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        "BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    [Theory]
    [InlineData("nonsense", "stancewatch: AzureWebJobsStorage is not a valid storage connection string")]
    [InlineData(UnreachableAccount, "stancewatch: cannot reach table storage at http://127.0.0.1:1 (connection refused)")]
    public async Task A_bad_or_unreachable_account_gives_one_clear_error_line(string connection, string expected)
    {
        foreach (var command in new[] { "status", "stances" })
        {
            var result = await CliRunner.RunAsync(new Dictionary<string, string> { ["AzureWebJobsStorage"] = connection }, command);
            Assert.Equal(2, result.ExitCode);
            var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith(expected, line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Extract_prints_one_json_statement_per_line_in_the_corpus_contract()
    {
        var folder = Directory.CreateTempSubdirectory("extract-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "a.txt"),
                "The US and Germany have so far refused to allow their weapons to be used against targets inside Russia.\n" +
                "Britain has authorised Kyiv to fire Storm Shadow missiles at military targets in Russia, Downing Street said.");
            await File.WriteAllBytesAsync(Path.Combine(folder.FullName, "bad.txt"), [0x41, 0x00, 0x42]);

            var result = await CliRunner.RunAsync(null, "extract", folder.FullName, "--published", "2024-11-20");

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("bad.txt: The content is binary", result.Error, StringComparison.Ordinal);
            var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(3, lines.Count);
            var triples = lines.Select(l => $"{l.GetProperty("supplier").GetString()} {l.GetProperty("weaponClass").GetString()} {l.GetProperty("stance").GetString()}").Order().ToList();
            Assert.Equal(["DE general Prohibited", "GB long-range Allowed", "US general Prohibited"], triples);
            foreach (var line in lines)
            {
                Assert.Equal("a.txt", line.GetProperty("article").GetString());
                foreach (var field in new[] { "weapons", "kind", "scope", "evidence", "confidence", "statedAt" })
                {
                    Assert.True(line.TryGetProperty(field, out _), field);
                }
            }

            Assert.Equal("Storm Shadow", lines.Single(l => l.GetProperty("supplier").GetString() == "GB").GetProperty("weapons").GetString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Help_lists_every_command()
    {
        var result = await CliRunner.RunAsync(null, "--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "up", "extract", "eval", "drop", "stances", "status", "subscribe", "outbox" })
        {
            Assert.Contains(command, result.Out, StringComparison.Ordinal);
        }
    }
}
