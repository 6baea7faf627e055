namespace StanceWatch.Pipeline.Ports;

/// <summary>A blob's identity and properties, without its content.</summary>
/// <param name="ETag">Changes with every write: (container, name, ETag) identifies one blob version.</param>
public sealed record BlobItem(
    string Container,
    string Name,
    string ETag,
    DateTimeOffset LastModified,
    long Length,
    string? ContentType,
    IReadOnlyDictionary<string, string> Metadata);

/// <summary>A blob with its bytes.</summary>
public sealed record BlobContent(BlobItem Item, byte[] Content);

/// <summary>Blob storage as the pipeline needs it (articles in, quarantine, outbox).</summary>
public interface IBlobStore
{
    Task EnsureContainerAsync(string container, CancellationToken cancellationToken);

    /// <summary>Writes (or overwrites) a blob with content type and metadata.</summary>
    Task<BlobItem> PutAsync(
        string container,
        string name,
        ReadOnlyMemory<byte> content,
        string? contentType,
        IReadOnlyDictionary<string, string>? metadata,
        CancellationToken cancellationToken);

    /// <summary>Reads a blob, or null when it does not exist.</summary>
    /// <exception cref="BlobTooLargeException">The blob is larger than <paramref name="maxBytes"/>; nothing is downloaded.</exception>
    Task<BlobContent?> GetAsync(string container, string name, long maxBytes, CancellationToken cancellationToken);

    Task<BlobItem?> GetPropertiesAsync(string container, string name, CancellationToken cancellationToken);

    /// <summary>Lists blobs (with metadata), optionally only those modified after <paramref name="modifiedAfter"/>.</summary>
    IAsyncEnumerable<BlobItem> ListAsync(
        string container,
        string? prefix,
        DateTimeOffset? modifiedAfter,
        CancellationToken cancellationToken);

    Task SetMetadataAsync(string container, string name, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken);

    /// <summary>Copies a blob with its metadata (waits for the copy to finish).</summary>
    Task<BlobItem> CopyAsync(string sourceContainer, string sourceName, string targetContainer, string targetName, CancellationToken cancellationToken);

    /// <summary>Copy then delete the source.</summary>
    Task<BlobItem> MoveAsync(string sourceContainer, string sourceName, string targetContainer, string targetName, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken);
}
