using Microsoft.WindowsAzure.Storage;
using Microsoft.WindowsAzure.Storage.Blob;
using Microsoft.WindowsAzure.Storage.Queue;
using Microsoft.WindowsAzure.Storage.RetryPolicies;
using Microsoft.WindowsAzure.Storage.Table;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Storage;

/// <summary>Parses the <c>AzureWebJobsStorage</c> connection string and hands out configured clients.</summary>
public sealed class StorageAccountFactory
{
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    private static readonly string[] RequiredKeys = ["AccountName", "AccountKey"];
    private readonly CloudStorageAccount _account;

    public StorageAccountFactory(string? connectionString)
    {
        _account = Parse(connectionString);
    }

    public Uri BlobEndpoint => _account.BlobEndpoint;

    public Uri QueueEndpoint => _account.QueueEndpoint;

    public Uri TableEndpoint => _account.TableEndpoint;

    public CloudBlobClient CreateBlobClient()
    {
        var client = _account.CreateCloudBlobClient();
        client.DefaultRequestOptions = new BlobRequestOptions
        {
            RetryPolicy = FastRetry(),
            MaximumExecutionTime = TimeSpan.FromSeconds(30),
        };
        return client;
    }

    public CloudQueueClient CreateQueueClient()
    {
        var client = _account.CreateCloudQueueClient();
        client.DefaultRequestOptions = new QueueRequestOptions
        {
            RetryPolicy = FastRetry(),
            MaximumExecutionTime = TimeSpan.FromSeconds(15),
        };
        return client;
    }

    public CloudTableClient CreateTableClient()
    {
        var client = _account.CreateCloudTableClient();
        client.DefaultRequestOptions = new TableRequestOptions
        {
            RetryPolicy = FastRetry(),
            MaximumExecutionTime = TimeSpan.FromSeconds(30),
        };
        return client;
    }

    // Two quick attempts: an unreachable account should fail in seconds with a clear message,
    // and the hosts above us (queue worker, CLI) own the longer retry story. No ServerTimeout: this SDK
    // adds its 'timeout' query parameter again on a retried table query and fails with a duplicate key.
    private static LinearRetry FastRetry() => new(TimeSpan.FromMilliseconds(300), 2);

    private static CloudStorageAccount Parse(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StorageUnavailableException("AzureWebJobsStorage is not set: give a storage connection string or UseDevelopmentStorage=true.");
        }

        var trimmed = connectionString.Trim();
        if (string.Equals(trimmed.TrimEnd(';'), DevelopmentStorage, StringComparison.OrdinalIgnoreCase))
        {
            return CloudStorageAccount.DevelopmentStorageAccount;
        }

        if (!CloudStorageAccount.TryParse(trimmed, out var account))
        {
            throw new StorageUnavailableException(
                $"AzureWebJobsStorage is not a valid storage connection string: {Describe(trimmed)}.");
        }

        return account;
    }

    // Says what is wrong without echoing the account key.
    private static string Describe(string connectionString)
    {
        var keys = connectionString
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2)[0])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!connectionString.Contains('=', StringComparison.Ordinal))
        {
            return "expected Key=Value pairs separated by ';'";
        }

        var missing = RequiredKeys.Where(k => !keys.Contains(k)).ToList();
        if (missing.Count > 0 && !keys.Contains("SharedAccessSignature"))
        {
            return "missing " + string.Join(" and ", missing);
        }

        return keys.Contains("AccountKey")
            ? "the account key is not valid base64 or an endpoint is malformed"
            : "an endpoint or setting is malformed";
    }
}
