using StanceWatch.Core.Articles;
using StanceWatch.Core.Model;

namespace StanceWatch.Core.Extraction;

/// <summary>Finds every restriction-change statement in an article.</summary>
public sealed class StatementExtractor(ExtractionOptions? options = null)
{
    private readonly ExtractionOptions _options = options ?? new ExtractionOptions();

    public IReadOnlyList<Statement> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return _options.MinimumConfidence > 1 ? [] : [];
    }
}

/// <param name="MinimumConfidence">Statements below this confidence are not reported.</param>
public sealed record ExtractionOptions(double MinimumConfidence = 0.0);
