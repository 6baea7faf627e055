using Microsoft.Extensions.Configuration;
using StanceWatch.Pipeline.Ports;
using StanceWatch.Storage;
using StanceWatch.Storage.Blobs;
using StanceWatch.Storage.Queues;
using StanceWatch.Storage.Tables;

namespace StanceWatch.Cli.Hosting;

/// <summary>The configured storage account's stores, for the commands that talk to it directly.</summary>
internal sealed class CliStorage
{
    private CliStorage(StorageAccountFactory account)
    {
        Account = account;
        Blobs = new AzureBlobStore(account);
        Queues = new AzureQueueProvider(account, TimeProvider.System);
        Tables = new AzureTableStore(account);
    }

    public StorageAccountFactory Account { get; }

    public IBlobStore Blobs { get; }

    public IQueueProvider Queues { get; }

    public ITableStore Tables { get; }

    public static CliStorage FromConfiguration(IConfiguration configuration) =>
        new(new StorageAccountFactory(configuration[StorageServiceCollectionExtensions.ConnectionSetting]));
}
