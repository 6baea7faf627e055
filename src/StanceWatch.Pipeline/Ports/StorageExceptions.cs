namespace StanceWatch.Pipeline.Ports;

/// <summary>A failure whose message is meant for the user as it stands (one line, no stack).</summary>
public class StanceWatchException : Exception
{
    public StanceWatchException(string message) : base(message) { }

    public StanceWatchException(string message, Exception innerException) : base(message, innerException) { }

    public StanceWatchException() { }
}

/// <summary>Storage cannot be reached or the connection string is wrong.</summary>
public sealed class StorageUnavailableException : StanceWatchException
{
    public StorageUnavailableException(string message) : base(message) { }

    public StorageUnavailableException(string message, Exception innerException) : base(message, innerException) { }

    public StorageUnavailableException() { }
}

/// <summary>The entity or blob already exists (HTTP 409).</summary>
public sealed class StorageConflictException : StanceWatchException
{
    public StorageConflictException(string message) : base(message) { }

    public StorageConflictException(string message, Exception innerException) : base(message, innerException) { }

    public StorageConflictException() { }
}

/// <summary>An optimistic-concurrency check failed (HTTP 412): re-read and try again.</summary>
public sealed class StorageConcurrencyException : StanceWatchException
{
    public StorageConcurrencyException(string message) : base(message) { }

    public StorageConcurrencyException(string message, Exception innerException) : base(message, innerException) { }

    public StorageConcurrencyException() { }
}

/// <summary>A request breaks one of Azure Storage's documented limits.</summary>
public sealed class StorageLimitException : StanceWatchException
{
    public StorageLimitException(string message) : base(message) { }

    public StorageLimitException(string message, Exception innerException) : base(message, innerException) { }

    public StorageLimitException() { }
}

/// <summary>A blob is larger than the caller allows.</summary>
public sealed class BlobTooLargeException : StanceWatchException
{
    public BlobTooLargeException(string message) : base(message) { }

    public BlobTooLargeException(string message, Exception innerException) : base(message, innerException) { }

    public BlobTooLargeException() { }

    public long Length { get; init; }

    public long Limit { get; init; }
}
