using StanceWatch.Storage;
using StanceWatch.Storage.Local;

namespace StanceWatch.Storage.Tests;

/// <summary>Private Azurites started side by side, as parallel test runs start them.</summary>
public sealed class AzuriteProcessTests
{
    [Fact]
    public async Task Azurites_started_together_each_get_three_ports_of_their_own_and_answer_on_all_of_them()
    {
        var started = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => AzuriteProcess.StartAsync(new AzuriteOptions())));
        try
        {
            var ports = started.SelectMany(a => new[] { a.BlobPort, a.QueuePort, a.TablePort }).ToList();
            Assert.Equal(ports.Count, ports.Distinct().Count());
            foreach (var azurite in started)
            {
                Assert.True(await AzuriteProcess.IsReachableAsync(new StorageAccountFactory(azurite.ConnectionString), CancellationToken.None));
            }
        }
        finally
        {
            foreach (var azurite in started)
            {
                await azurite.DisposeAsync();
            }
        }
    }
}
