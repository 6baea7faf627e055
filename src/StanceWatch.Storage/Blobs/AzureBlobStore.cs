using System.Runtime.CompilerServices;
using Microsoft.WindowsAzure.Storage;
using Microsoft.WindowsAzure.Storage.Blob;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Storage.Blobs;

/// <summary><see cref="IBlobStore"/> on block blobs.</summary>
public sealed class AzureBlobStore(StorageAccountFactory account) : IBlobStore
{
    private const string Service = "blob";
    private readonly CloudBlobClient _client = account.CreateBlobClient();

    public Task EnsureContainerAsync(string container, CancellationToken cancellationToken) =>
        Guard($"creating container '{container}'", () =>
            _client.GetContainerReference(container).CreateIfNotExistsAsync(
                BlobContainerPublicAccessType.Off, null, null, cancellationToken));

    public Task<BlobItem> PutAsync(
        string container,
        string name,
        ReadOnlyMemory<byte> content,
        string? contentType,
        IReadOnlyDictionary<string, string>? metadata,
        CancellationToken cancellationToken) =>
        Guard($"writing blob '{container}/{name}'", async () =>
        {
            var blob = Blob(container, name);
            if (contentType is not null)
            {
                blob.Properties.ContentType = contentType;
            }

            BlobMetadata.Write(blob.Metadata, metadata);
            var bytes = content.ToArray();
            await blob.UploadFromByteArrayAsync(bytes, 0, bytes.Length, null, null, null, cancellationToken);
            return ToItem(container, blob);
        });

    public Task<BlobContent?> GetAsync(string container, string name, long maxBytes, CancellationToken cancellationToken) =>
        Guard($"reading blob '{container}/{name}'", async () =>
        {
            var blob = Blob(container, name);
            if (!await FetchAsync(blob, cancellationToken))
            {
                return null;
            }

            if (blob.Properties.Length > maxBytes)
            {
                throw new BlobTooLargeException(
                    $"blob '{container}/{name}' is {blob.Properties.Length:N0} bytes, over the {maxBytes:N0}-byte limit")
                {
                    Length = blob.Properties.Length,
                    Limit = maxBytes,
                };
            }

            using var buffer = new MemoryStream((int)Math.Max(0, blob.Properties.Length));
            // Read the version we measured: a concurrent overwrite fails the condition instead of slipping past the limit.
            var condition = AccessCondition.GenerateIfMatchCondition(blob.Properties.ETag);
            await blob.DownloadToStreamAsync(buffer, condition, null, null, cancellationToken);
            return (BlobContent?)new BlobContent(ToItem(container, blob), buffer.ToArray());
        });

    public Task<BlobItem?> GetPropertiesAsync(string container, string name, CancellationToken cancellationToken) =>
        Guard($"reading blob '{container}/{name}'", async () =>
        {
            var blob = Blob(container, name);
            return await FetchAsync(blob, cancellationToken) ? ToItem(container, blob) : null;
        });

    public async IAsyncEnumerable<BlobItem> ListAsync(
        string container,
        string? prefix,
        DateTimeOffset? modifiedAfter,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reference = _client.GetContainerReference(container);
        BlobContinuationToken? token = null;
        do
        {
            var segment = await Guard($"listing container '{container}'", () =>
                reference.ListBlobsSegmentedAsync(
                    prefix, true, BlobListingDetails.Metadata, 1000, token, null, null, cancellationToken));
            foreach (var blob in segment.Results.OfType<CloudBlockBlob>())
            {
                if (modifiedAfter is null || blob.Properties.LastModified > modifiedAfter)
                {
                    yield return ToItem(container, blob);
                }
            }

            token = segment.ContinuationToken;
        }
        while (token is not null);
    }

    public Task SetMetadataAsync(string container, string name, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken) =>
        Guard($"setting metadata on '{container}/{name}'", async () =>
        {
            var blob = Blob(container, name);
            await blob.FetchAttributesAsync(null, null, null, cancellationToken);
            BlobMetadata.Write(blob.Metadata, metadata);
            await blob.SetMetadataAsync(null, null, null, cancellationToken);
        });

    public Task<BlobItem> CopyAsync(string sourceContainer, string sourceName, string targetContainer, string targetName, CancellationToken cancellationToken) =>
        Guard($"copying '{sourceContainer}/{sourceName}' to '{targetContainer}/{targetName}'", async () =>
        {
            var source = Blob(sourceContainer, sourceName);
            var target = Blob(targetContainer, targetName);
            await target.StartCopyAsync(source, null, null, null, null, cancellationToken);
            await target.FetchAttributesAsync(null, null, null, cancellationToken);
            while (target.CopyState?.Status == CopyStatus.Pending)
            {
                await Task.Delay(100, cancellationToken);
                await target.FetchAttributesAsync(null, null, null, cancellationToken);
            }

            if (target.CopyState is { Status: not CopyStatus.Success } state)
            {
                throw new StanceWatchException($"copying '{sourceContainer}/{sourceName}' ended {state.Status}: {state.StatusDescription}");
            }

            return ToItem(targetContainer, target);
        });

    public async Task<BlobItem> MoveAsync(string sourceContainer, string sourceName, string targetContainer, string targetName, CancellationToken cancellationToken)
    {
        var moved = await CopyAsync(sourceContainer, sourceName, targetContainer, targetName, cancellationToken);
        await DeleteAsync(sourceContainer, sourceName, cancellationToken);
        return moved;
    }

    public Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken) =>
        Guard($"deleting '{container}/{name}'", () =>
            Blob(container, name).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, null, null, null, cancellationToken));

    private CloudBlockBlob Blob(string container, string name) =>
        _client.GetContainerReference(container).GetBlockBlobReference(name);

    private static async Task<bool> FetchAsync(CloudBlockBlob blob, CancellationToken cancellationToken)
    {
        try
        {
            await blob.FetchAttributesAsync(null, null, null, cancellationToken);
            return true;
        }
        catch (StorageException ex) when (StorageErrors.StatusOf(ex) == 404)
        {
            return false;
        }
    }

    private static BlobItem ToItem(string container, CloudBlockBlob blob) => new(
        container,
        blob.Name,
        blob.Properties.ETag ?? string.Empty,
        blob.Properties.LastModified ?? DateTimeOffset.MinValue,
        blob.Properties.Length,
        blob.Properties.ContentType,
        BlobMetadata.Read(blob.Metadata));

    private Task<T> Guard<T>(string what, Func<Task<T>> action) =>
        StorageErrors.GuardAsync(Service, _client.BaseUri, what, action);

    private Task Guard(string what, Func<Task> action) =>
        StorageErrors.GuardAsync(Service, _client.BaseUri, what, action);
}
