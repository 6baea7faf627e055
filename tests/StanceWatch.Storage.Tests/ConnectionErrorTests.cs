using System.Net;
using System.Net.Sockets;
using StanceWatch.Pipeline.Ports;
using StanceWatch.Storage.Blobs;
using StanceWatch.Storage.Local;
using StanceWatch.Storage.Queues;
using StanceWatch.Storage.Tables;

namespace StanceWatch.Storage.Tests;

public sealed class ConnectionErrorTests
{
    [Theory]
    [InlineData("", "AzureWebJobsStorage is not set")]
    [InlineData("nonsense", "not a valid storage connection string: expected Key=Value pairs")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=acct", "missing AccountKey")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=***not base64***", "not a valid storage connection string")]
    public void A_bad_connection_string_gives_one_clear_line_without_the_key(string connectionString, string expected)
    {
        var error = Assert.ThrowsAny<StanceWatchException>(() => new StorageAccountFactory(connectionString));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain("not base64***", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_storage_gives_one_clear_line_for_every_service()
    {
        var port = ClosedPort();
        var account = new StorageAccountFactory(AzuriteProcess.BuildConnectionString(port, port, port));

        var table = await Assert.ThrowsAsync<StorageUnavailableException>(() =>
            new AzureTableStore(account).GetAsync("Stances", "US", "general", CancellationToken.None));
        var query = await Assert.ThrowsAsync<StorageUnavailableException>(() =>
            new AzureTableStore(account).QueryAsync("Stances", "US", null, null, CancellationToken.None));
        var blob = await Assert.ThrowsAsync<StorageUnavailableException>(() =>
            new AzureBlobStore(account).EnsureContainerAsync("articles", CancellationToken.None));
        var queue = await Assert.ThrowsAsync<StorageUnavailableException>(() =>
            new AzureQueueProvider(account, TimeProvider.System).GetQueue("stance-shifts").SendAsync("x", null, CancellationToken.None));

        foreach (var (error, service) in new[] { (table, "table"), (query, "table"), (blob, "blob"), (queue, "queue") })
        {
            Assert.StartsWith($"cannot reach {service} storage at http://127.0.0.1:{port} (connection refused)", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error.Message);
        }

        Assert.False(await AzuriteProcess.IsReachableAsync(account, CancellationToken.None));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
