namespace StanceWatch.Pipeline;

/// <summary>Every container, queue and table the pipeline uses, in one place.</summary>
public static class StorageNames
{
    public const string ArticlesContainer = "articles";
    public const string OutboxContainer = "outbox";

    public const string StanceShiftsQueue = "stance-shifts";

    /// <summary>The local host's stand-in for the blob trigger's internal queue.</summary>
    public const string ArticleEventsQueue = "article-events";

    public const string ArticlesTable = "Articles";
    public const string StatementsTable = "Statements";
    public const string StancesTable = "Stances";
    public const string StanceHistoryTable = "StanceHistory";
    public const string BlobReceiptsTable = "BlobReceipts";

    /// <summary>Shifts decided per article, with whether they reached the queue: what a redelivery re-sends.</summary>
    public const string ShiftOutboxTable = "ShiftOutbox";
    public const string SubscribersTable = "Subscribers";
    public const string DeliveriesTable = "Deliveries";

    public static string PoisonQueue(string queue) => queue + "-poison";

    /// <summary>The containers to create; infra/main.bicep provisions the same list on Azure.</summary>
    public static IReadOnlyList<string> Containers { get; } = [ArticlesContainer, OutboxContainer];

    /// <summary>The queues that carry work; each has its poison queue beside it.</summary>
    public static IReadOnlyList<string> WorkQueues { get; } = [ArticleEventsQueue, StanceShiftsQueue];

    public static IReadOnlyList<string> Tables { get; } =
    [
        ArticlesTable, StatementsTable, StancesTable, StanceHistoryTable,
        BlobReceiptsTable, ShiftOutboxTable, SubscribersTable, DeliveriesTable,
    ];
}
