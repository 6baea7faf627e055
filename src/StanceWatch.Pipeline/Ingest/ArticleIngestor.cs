using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StanceWatch.Core.Articles;
using StanceWatch.Core.Ledger;
using StanceWatch.Pipeline.Ledger;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Pipeline.Ingest;

/// <summary>
/// Turns one blob of the <c>articles</c> container into stored statements, ledger updates and queued shifts.
/// The one entry point for the Functions blob trigger and the local host alike.
/// </summary>
/// <remarks>
/// Idempotent: everything is keyed by the content's SHA-256, so a redelivery, or the same content under
/// another name, adds nothing. Each step can be repeated after a crash: statements are upserted under
/// deterministic keys, the ledger applies each statement once, shifts stay in the outbox until queued.
/// Bad input is quarantined with its reason and the blob is kept.
/// </remarks>
public sealed class ArticleIngestor(
    IBlobStore blobs,
    ArticleRecords articles,
    StatementStore statements,
    StanceLedger ledger,
    ShiftPublisher publisher,
    IStatementSource source,
    IIngestCheckpoints checkpoints,
    IOptions<IngestOptions> options,
    ILogger<ArticleIngestor> logger)
{
    public async Task<IngestResult> IngestAsync(string container, string blobName, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxArticleBytes;
        var properties = await blobs.GetPropertiesAsync(container, blobName, cancellationToken);
        if (properties is null)
        {
            logger.LogWarning("article {Blob} vanished before it could be read", blobName);
            return IngestResult.Missing(blobName);
        }

        // Quarantining writes the reason into the blob's metadata, which changes its ETag and so redelivers it:
        // a blob already marked quarantined is done.
        if (properties.Metadata.TryGetValue("status", out var marked) && marked == "quarantined"
            && await articles.GetAsync(blobName, cancellationToken) is { } record && record.GetString("Status") == nameof(ArticleStatus.Quarantined))
        {
            return new IngestResult(blobName, ArticleStatus.Quarantined, 0, 0, record.GetString("Reason"));
        }

        if (properties.Length > limit)
        {
            return await QuarantineAsync(container, blobName, null,
                $"too large: {properties.Length:N0} bytes, over the {limit:N0}-byte limit (Ingest:MaxArticleBytes)", cancellationToken);
        }

        BlobContent? blob;
        try
        {
            blob = await blobs.GetAsync(container, blobName, limit, cancellationToken);
        }
        catch (BlobTooLargeException ex)
        {
            return await QuarantineAsync(container, blobName, null, $"too large: {ex.Message}", cancellationToken);
        }

        if (blob is null)
        {
            return IngestResult.Missing(blobName);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(blob.Content));
        var existing = await articles.GetAsync(blobName, cancellationToken);
        if (existing is not null && existing.GetString("ContentHash") == hash
            && Enum.TryParse<ArticleStatus>(existing.GetString("Status"), out var done) && done != ArticleStatus.Processing)
        {
            return new IngestResult(blobName, done, existing.Get<int>("Statements"), existing.Get<int>("Shifts"), existing.GetString("Reason"));
        }

        Article article;
        try
        {
            var published = PublishedFrom(blob.Item.Metadata);
            article = ArticleParser.Parse(new ArticleInput(blobName, ArticleDecoder.Decode(blob.Content), blob.Item.ContentType, published));
        }
        catch (ArticleParseException ex)
        {
            return await QuarantineAsync(container, blobName, hash, ex.Message, cancellationToken);
        }

        var owner = await articles.ClaimContentAsync(hash, blobName, cancellationToken);
        if (owner != blobName)
        {
            await articles.SaveAsync(blobName, ArticleStatus.Duplicate, new Dictionary<string, object?>
            {
                ["ContentHash"] = hash,
                ["DuplicateOf"] = owner,
                ["Reason"] = $"same content as '{owner}'",
            }, cancellationToken);
            logger.LogInformation("article {Blob} is a duplicate of {Owner}; nothing new", blobName, owner);
            return new IngestResult(blobName, ArticleStatus.Duplicate, 0, 0, $"same content as '{owner}'");
        }

        var details = new Dictionary<string, object?>
        {
            ["ContentHash"] = hash,
            ["Title"] = article.Title,
            ["Source"] = article.Source,
            ["Url"] = article.Url,
            ["Published"] = article.Published,
            ["Format"] = article.Format.ToString(),
        };
        await articles.SaveAsync(blobName, ArticleStatus.Processing, details, cancellationToken);

        var evidence = Evidence(article, blobName, hash);
        await statements.SaveAsync(evidence, cancellationToken);
        await checkpoints.ReachedAsync(IngestCheckpoint.StatementsStored, cancellationToken);

        var shifts = 0;
        foreach (var item in evidence)
        {
            if (await ledger.ApplyAsync(item, options.Value.MinimumConfidence, cancellationToken) is not null)
            {
                shifts++;
            }
        }

        await checkpoints.ReachedAsync(IngestCheckpoint.LedgerApplied, cancellationToken);
        var queued = await publisher.PublishAsync(hash, cancellationToken);

        details["Statements"] = evidence.Count;
        details["Shifts"] = shifts;
        details["Reason"] = null;
        await articles.SaveAsync(blobName, ArticleStatus.Processed, details, cancellationToken);
        logger.LogInformation("article {Blob} ingested: {Statements} statements, {Shifts} shifts, {Queued} queued", blobName, evidence.Count, shifts, queued);
        return new IngestResult(blobName, ArticleStatus.Processed, evidence.Count, shifts, null);
    }

    private List<LedgerEvidence> Evidence(Article article, string blobName, string hash)
    {
        var found = source.Extract(article);
        var statementSource = new StatementSource(blobName, hash, article.Title, article.Url, article.Source);
        // A statement with no time of its own (no published date anywhere) is dated by the blob's arrival order
        // only through its key; the ledger needs a time, so it takes the epoch and never overturns dated stances.
        return found
            .Select((statement, index) => new LedgerEvidence(
                $"{hash[..16]}-{index.ToString("D3", CultureInfo.InvariantCulture)}",
                statement,
                statementSource,
                statement.StatedAt ?? article.Published ?? LedgerEvidence.Undated))
            .ToList();
    }

    private async Task<IngestResult> QuarantineAsync(string container, string blobName, string? hash, string reason, CancellationToken cancellationToken)
    {
        await articles.SaveAsync(blobName, ArticleStatus.Quarantined, new Dictionary<string, object?>
        {
            ["ContentHash"] = hash,
            ["Reason"] = reason,
        }, cancellationToken);
        await blobs.SetMetadataAsync(container, blobName, new Dictionary<string, string>
        {
            ["status"] = "quarantined",
            ["reason"] = reason,
        }, cancellationToken);
        logger.LogWarning("article {Blob} quarantined: {Reason}", blobName, reason);
        return new IngestResult(blobName, ArticleStatus.Quarantined, 0, 0, reason);
    }

    private static DateTimeOffset? PublishedFrom(IReadOnlyDictionary<string, string> metadata) =>
        metadata.TryGetValue("published", out var text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var published)
            ? published
            : null;
}
