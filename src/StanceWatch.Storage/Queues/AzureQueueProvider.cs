using System.Collections.Concurrent;
using Microsoft.WindowsAzure.Storage.Queue;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Storage.Queues;

/// <summary>Hands out one <see cref="AzureMessageQueue"/> per queue name.</summary>
public sealed class AzureQueueProvider(StorageAccountFactory account, TimeProvider timeProvider) : IQueueProvider
{
    private readonly CloudQueueClient _client = account.CreateQueueClient();
    private readonly ConcurrentDictionary<string, AzureMessageQueue> _queues = new(StringComparer.Ordinal);

    public IMessageQueue GetQueue(string name)
    {
        QueueNames.Validate(name);
        return _queues.GetOrAdd(name, n => new AzureMessageQueue(_client, n, this, timeProvider));
    }
}

internal static class QueueNames
{
    public static void Validate(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var valid = name.Length is >= 3 and <= 63
            && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            && name[0] != '-' && name[^1] != '-'
            && !name.Contains("--", StringComparison.Ordinal);
        if (!valid)
        {
            throw new StorageLimitException(
                $"'{name}' is not a valid queue name: 3-63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.");
        }
    }
}
