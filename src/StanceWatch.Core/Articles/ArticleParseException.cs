namespace StanceWatch.Core.Articles;

/// <summary>The input cannot be read as an article; the message says why, in words a user can act on.</summary>
public sealed class ArticleParseException : Exception
{
    public ArticleParseException(string message) : base(message) { }

    public ArticleParseException(string message, Exception innerException) : base(message, innerException) { }

    public ArticleParseException() { }
}
