namespace StanceWatch.Core.Articles;

/// <summary>Turns raw input (text, HTML, Markdown, JSON news item) into an <see cref="Article"/>.</summary>
/// <remarks>
/// Published time: the caller's hint (blob metadata, a flag) wins, then the format's own metadata
/// (JSON field, HTML meta, front matter), then a dateline in the text. Live-blog time stamps start new
/// sections whose time is that published date at the stamped time.
/// </remarks>
public static class ArticleParser
{
    public static Article Parse(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Text ?? string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleParseException("The article is empty.");
        }

        RejectBinary(text);
        var format = ArticleFormats.Detect(input.Name, input.ContentType, text);
        var read = format switch
        {
            ArticleFormat.Html => HtmlReader.Read(text),
            ArticleFormat.Markdown => MarkdownReader.Read(text),
            ArticleFormat.Json => JsonItemReader.Read(text),
            _ => new ReadArticle(ArticleFormat.PlainText, new ArticleMetadata(null, null, null, null), PlainTextReader.Read(text)),
        };

        var blocks = StoryBlocks(read.Blocks);
        if (blocks.Count == 0)
        {
            throw new ArticleParseException("The article has no story text once page furniture is removed.");
        }

        var published = input.PublishedHint ?? read.Metadata.Published ?? DatelineDate(blocks, input.PublishedHint ?? read.Metadata.Published);
        var title = read.Metadata.Title ?? HeadlineOf(blocks[0].Text);
        return new Article(input.Name, format, title, read.Metadata.Source, read.Metadata.Url, published, Sections(blocks, published));
    }

    private static void RejectBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var control = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                throw new ArticleParseException("The content is binary (it contains NUL bytes), not article text.");
            }

            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
            else if (c == '\uFFFD')
            {
                control++;
            }
        }

        if (control > 16 && control * 20 > sample.Length)
        {
            throw new ArticleParseException("The content looks binary or wrongly encoded (too many control or replacement characters).");
        }
    }

    private static List<TextBlock> StoryBlocks(IReadOnlyList<TextBlock> blocks)
    {
        var kept = new List<TextBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (Boilerplate.EndsStory(block.Text))
            {
                break;
            }

            if (Boilerplate.IsNoise(block.Text))
            {
                // A caption is often printed twice, the second time with its credit: drop the bare copy too.
                if (kept.Count > 0 && !kept[^1].IsHeading
                    && PlainTextReader.Normalize(block.Text).StartsWith(PlainTextReader.Normalize(kept[^1].Text), StringComparison.Ordinal))
                {
                    kept.RemoveAt(kept.Count - 1);
                }

                continue;
            }

            if (kept.Count > 0 && kept[^1].Text == block.Text)
            {
                continue;
            }

            kept.Add(block);
        }

        return kept;
    }

    private static DateTimeOffset? DatelineDate(List<TextBlock> blocks, DateTimeOffset? known)
    {
        foreach (var block in blocks.Take(5))
        {
            if (LiveBlogClock.TryReadDateline(block.Text, known?.Year, out var date))
            {
                return date;
            }
        }

        return null;
    }

    private static string? HeadlineOf(string firstBlock) =>
        firstBlock.Length <= 200 && !firstBlock.EndsWith('.') ? firstBlock : null;

    private static List<ArticleSection> Sections(List<TextBlock> blocks, DateTimeOffset? published)
    {
        var sections = new List<ArticleSection>();
        var paragraphs = new List<Paragraph>();
        string? heading = null;
        DateTimeOffset? time = published;
        var expectHeading = false;
        foreach (var block in blocks)
        {
            if (LiveBlogClock.TryReadStamp(block.Text, out var timeOfDay, out var offset, out var stampDate))
            {
                if (paragraphs.Count > 0 || heading is not null)
                {
                    sections.Add(new ArticleSection(heading, time, paragraphs));
                }

                paragraphs = [];
                heading = null;
                time = published is { } date
                    ? StampTime(date, stampDate, timeOfDay, offset)
                    : null;
                expectHeading = true;
                continue;
            }

            if (expectHeading && !block.Text.EndsWith('.'))
            {
                heading = block.Text;
            }

            expectHeading = false;
            paragraphs.Add(new Paragraph(SentenceSplitter.Split(block.Text)));
        }

        if (paragraphs.Count > 0 || heading is not null)
        {
            sections.Add(new ArticleSection(heading, time, paragraphs));
        }

        return DateLiveBlogLead(sections, published);
    }

    // A stamp's own day and month when it gives them (in the published year, or the year before for a December
    // entry read in January), else the published day.
    private static DateTimeOffset? StampTime(DateTimeOffset published, (int Month, int Day)? stampDate, TimeSpan timeOfDay, TimeSpan offset)
    {
        var (month, day) = stampDate ?? (published.Month, published.Day);
        var year = month > published.Month + 6 ? published.Year - 1 : published.Year;
        return day <= DateTime.DaysInMonth(year, month)
            ? new DateTimeOffset(year, month, day, 0, 0, 0, offset).Add(timeOfDay)
            : null;
    }

    // A live blog's lead (the text above the first time stamp) is its summary as of the latest update, so it
    // speaks at the time of the newest entry, not at midnight of the publication day.
    private static List<ArticleSection> DateLiveBlogLead(List<ArticleSection> sections, DateTimeOffset? published)
    {
        if (sections.Count < 2 || published is null || sections[0].Time != published)
        {
            return sections;
        }

        var latest = sections.Skip(1).Max(s => s.Time);
        if (latest is { } time && time > published)
        {
            sections[0] = sections[0] with { Time = time };
        }

        return sections;
    }
}
