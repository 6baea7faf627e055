namespace StanceWatch.Core.Articles;

public enum ArticleFormat
{
    PlainText,
    Html,
    Markdown,
    Json,
}
