namespace StanceWatch.Pipeline.Hosting;

/// <summary>The local stand-in for host.json's queue settings.</summary>
public sealed class QueueWorkerOptions
{
    public int MaxDequeueCount { get; set; } = 5;

    public int BatchSize { get; set; } = 16;

    public int MaxParallelism { get; set; } = 4;

    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>First retry delay; doubles per attempt up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(1);
}
