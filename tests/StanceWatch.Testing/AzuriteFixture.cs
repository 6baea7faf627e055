using Xunit;
using StanceWatch.Pipeline.Ports;
using StanceWatch.Storage;
using StanceWatch.Storage.Blobs;
using StanceWatch.Storage.Local;
using StanceWatch.Storage.Queues;
using StanceWatch.Storage.Tables;

namespace StanceWatch.Testing;

/// <summary>
/// A private, in-memory Azurite on free ports for one test class or collection, stopped afterwards, so
/// `dotnet test` needs nothing running beforehand. Use unique container/queue/table names per test.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public string ConnectionString => Azurite.ConnectionString;

    public StorageAccountFactory Account { get; private set; } = null!;

    public IBlobStore Blobs { get; private set; } = null!;

    public IQueueProvider Queues { get; private set; } = null!;

    public ITableStore Tables { get; private set; } = null!;

    private AzuriteProcess Azurite => _azurite ?? throw new InvalidOperationException("Azurite has not started.");

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync(new AzuriteOptions());
        Account = new StorageAccountFactory(_azurite.ConnectionString);
        Blobs = new AzureBlobStore(Account);
        Queues = new AzureQueueProvider(Account, TimeProvider.System);
        Tables = new AzureTableStore(Account);
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    /// <summary>A name no other test uses: lower-case letters and digits, valid for containers, queues and tables.</summary>
    public static string UniqueName(string prefix) =>
        (prefix + Guid.NewGuid().ToString("N"))[..Math.Min(prefix.Length + 12, 40)].ToLowerInvariant();
}
