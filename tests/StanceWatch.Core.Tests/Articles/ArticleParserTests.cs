using System.Text;
using StanceWatch.Core.Articles;

namespace StanceWatch.Core.Tests.Articles;

public sealed class ArticleParserTests
{
    private static Article Parse(string name, string text, DateTimeOffset? published = null) =>
        ArticleParser.Parse(new ArticleInput(name, text, null, published));

    [Fact]
    public void Plain_text_drops_captions_promos_related_lists_and_footers()
    {
        const string text = """
            Germany keeps its rules

            Unlock the Weekly Briefing newsletter for free

            Germany said its weapons may not be used in Russia.
            Soldiers at a training ground
            Soldiers at a training ground - Jane Doe/Getty Images
            Troops near Kharkiv. Photo John Smith/EPA-EFE
            The debate continues.
            Copyright 2024 Example Media, Inc. All rights reserved.
            Articles You May Like
            Markets rally as rates fall
            """;
        var sentences = Parse("a.txt", text).Sentences.ToList();
        Assert.Equal(["Germany keeps its rules", "Germany said its weapons may not be used in Russia.", "The debate continues."], sentences);
    }

    [Theory]
    [InlineData("Reporting by Jane Doe in Kyiv; Editing by John Roe")]
    [InlineData("Updated: 10:42 a.m.")]
    [InlineData("Anna Lee in Berlin contributed reporting.")]
    [InlineData("This material may not be published, broadcast, rewritten or redistributed.")]
    [InlineData("For the latest news, visit our live page.")]
    [InlineData("© 2024 Example News")]
    [InlineData("COPYRIGHT 2024 EXAMPLE MEDIA")]
    [InlineData("Example Media 2024. All rights reserved.")]
    public void Every_kind_of_footer_line_is_dropped(string footer)
    {
        var text = $"Poland keeps its rules\n\nPoland said its weapons may not be used in Russia.\n{footer}\nThe debate continues.";
        Assert.Equal(["Poland keeps its rules", "Poland said its weapons may not be used in Russia.", "The debate continues."], Parse("a.txt", text).Sentences);
    }

    [Fact]
    public void Html_keeps_the_story_and_reads_its_metadata()
    {
        const string html = """
            <!doctype html><html><head><title>Page title</title>
            <meta property="og:title" content="Britain lifts restrictions">
            <meta property="og:site_name" content="Example News">
            <link rel="canonical" href="https://example.org/story">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-03T10:00:00Z"}</script>
            </head><body>
            <header>Menu</header>
            <div class="share-bar">Share on X</div>
            <article><h1>Britain lifts restrictions</h1><p>First &amp; <b>foremost</b>, Britain acted.</p>
            <figure><img src="x.jpg"><figcaption>A caption</figcaption></figure>
            <p>Officials agreed.</p><div class="related-stories"><p>Other story.</p></div></article>
            <footer>© 2024 Example</footer></body></html>
            """;
        var article = Parse("story.html", html);
        Assert.Equal(ArticleFormat.Html, article.Format);
        Assert.Equal("Britain lifts restrictions", article.Title);
        Assert.Equal("Example News", article.Source);
        Assert.Equal("https://example.org/story", article.Url);
        Assert.Equal(new DateTimeOffset(2024, 5, 3, 10, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(["Britain lifts restrictions", "First & foremost, Britain acted.", "Officials agreed."], article.Sentences);
    }

    [Fact]
    public void Html_picks_the_article_that_holds_the_story_not_the_first_teaser()
    {
        const string html = """
            <html><body>
            <article class="teaser"><h3>Markets rally</h3><p>Stocks rose on Monday.</p></article>
            <article class="teaser"><h3>Storm warning</h3><p>Rain is expected.</p></article>
            <article id="story"><h1>Denmark allows strikes</h1>
            <p>Denmark said Ukraine may use Danish F-16 jets against military targets inside Russia.</p>
            <p>The decision was announced by the defence minister in Copenhagen on Tuesday afternoon.</p>
            <p>Officials said the jets would be delivered in several batches over the coming months.</p></article>
            <article class="teaser"><p>Weather tomorrow.</p></article>
            </body></html>
            """;
        Assert.Equal(
            ["Denmark allows strikes", "Denmark said Ukraine may use Danish F-16 jets against military targets inside Russia.",
             "The decision was announced by the defence minister in Copenhagen on Tuesday afternoon.",
             "Officials said the jets would be delivered in several batches over the coming months."],
            Parse("page.html", html).Sentences);
    }

    [Fact]
    public void Html_keeps_a_story_whose_container_is_named_like_furniture_or_wrapped_in_a_form()
    {
        const string html = """
            <html><body><form id="aspnetForm">
            <div class="nav-drawer-panel"><div class="story">
            <p>Norway said Ukraine may use Norwegian weapons against targets on Russian territory.</p>
            <p>The foreign minister said the decision followed talks with allies in Oslo this week.</p>
            </div></div>
            <div class="related-stories"><p>Another story.</p></div>
            </form></body></html>
            """;
        Assert.Equal(
            ["Norway said Ukraine may use Norwegian weapons against targets on Russian territory.",
             "The foreign minister said the decision followed talks with allies in Oslo this week."],
            Parse("page.html", html).Sentences);
    }

    [Fact]
    public void Markdown_front_matter_and_inline_syntax()
    {
        const string markdown = """
            ---
            title: Canada eases rules
            published: 2024-06-01
            source: Example Wire
            ---
            # Canada eases rules

            Canada **now allows** strikes, [officials](https://example.org) said.
            ![chart](chart.png)
            - One item here.
            """;
        var article = Parse("a.md", markdown);
        Assert.Equal("Canada eases rules", article.Title);
        Assert.Equal("Example Wire", article.Source);
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(["Canada eases rules", "Canada now allows strikes, officials said.", "One item here."], article.Sentences);
    }

    [Theory]
    [InlineData("""{"title":"T","content":"Plain body text.","publishedAt":"2024-09-11T12:00:00Z","source":"Wire","url":"u"}""")]
    [InlineData("""{"title":"T","body":"<p>Plain body text.</p>","published":"2024-09-11T12:00:00Z","source":{"name":"Wire"},"url":"u"}""")]
    public void Json_items_with_content_or_body(string json)
    {
        var article = Parse("item.json", json);
        Assert.Equal(ArticleFormat.Json, article.Format);
        Assert.Equal("T", article.Title);
        Assert.Equal("Wire", article.Source);
        Assert.Equal("u", article.Url);
        Assert.Equal(new DateTimeOffset(2024, 9, 11, 12, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Contains("Plain body text.", article.Sentences);
    }

    [Fact]
    public void Json_items_from_news_apis_keep_the_summary_and_drop_the_cut_marker()
    {
        const string json = """
            {"headline":"Finland eases rules","description":"Finland lets Ukraine use Finnish arms in Russia.",
             "articleBody":"The decision was taken on Monday. [+2114 chars]","pubDate":"2024-05-29T08:00:00Z","source":{"id":"x","name":"Wire"}}
            """;
        var article = Parse("item.json", json);
        Assert.Equal("Finland eases rules", article.Title);
        Assert.Equal(new DateTimeOffset(2024, 5, 29, 8, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(["Finland eases rules", "Finland lets Ukraine use Finnish arms in Russia.", "The decision was taken on Monday."], article.Sentences);

        // A summary the body already opens with is not read twice.
        var repeated = Parse("item2.json", """{"title":"T","description":"Same opening.","content":"Same opening. More text."}""");
        Assert.Equal(["T", "Same opening.", "More text."], repeated.Sentences);
    }

    [Theory]
    [InlineData("[1, 2]", "array")]
    [InlineData("""{"title":"no text"}""", "no text")]
    [InlineData("""{"title": "broken" """, "not valid JSON")]
    public void Unusable_json_items_are_refused_with_the_reason(string json, string reason)
    {
        var error = Assert.Throws<ArticleParseException>(() => Parse("item.json", json));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Live_blog_time_stamps_start_sections_with_their_times_and_headings()
    {
        const string text = """
            Live: the day in Ukraine

            03:12 PM BST

            Coverage has ended

            Thanks for following.

            09:02 AM CEST

            Italy rules out strikes

            Italy said no.
            """;
        var article = Parse("live.txt", text, new DateTimeOffset(2024, 5, 30, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(3, article.Sections.Count);
        Assert.Equal(new DateTimeOffset(2024, 5, 30, 15, 12, 0, TimeSpan.FromHours(1)), article.Sections[0].Time);
        Assert.Equal(new DateTimeOffset(2024, 5, 30, 15, 12, 0, TimeSpan.FromHours(1)), article.Sections[1].Time);
        Assert.Equal("Coverage has ended", article.Sections[1].Heading);
        Assert.Equal(new DateTimeOffset(2024, 5, 30, 9, 2, 0, TimeSpan.FromHours(2)), article.Sections[2].Time);
        Assert.Equal("Italy rules out strikes", article.Sections[2].Heading);
    }

    [Theory]
    [InlineData("published at 20:04 British Summer Time 13 September", 9, 13, 20, 4, 1)]
    [InlineData("Updated at 14.40 BST", 9, 14, 14, 40, 1)]
    [InlineData("Posted 9:05 a.m. ET", 9, 14, 9, 5, -5)]
    [InlineData("08:15 Kyiv time, 12 Sept", 9, 12, 8, 15, 2)]
    public void Live_blog_stamps_in_their_long_forms(string stamp, int month, int day, int hour, int minute, int offsetHours)
    {
        var text = $"Live: strikes on Russia\n\n{stamp}\n\nAn entry heading\n\nSomething happened.";
        var article = Parse("live.txt", text, new DateTimeOffset(2024, 9, 14, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2024, month, day, hour, minute, 0, TimeSpan.FromHours(offsetHours)), article.Sections[^1].Time);
        Assert.Equal("An entry heading", article.Sections[^1].Heading);
    }

    [Fact]
    public void A_dateline_gives_the_published_date_when_nothing_else_does()
    {
        var article = Parse("a.txt", "WASHINGTON, Nov. 17, 2024 (Reuters) - Officials spoke.");
        Assert.Equal(new DateTimeOffset(2024, 11, 17, 0, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void The_publication_hint_wins_over_the_text()
    {
        var hint = new DateTimeOffset(2024, 6, 2, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(hint, Parse("a.txt", "May 31, 2024 (UPI) — Officials spoke.", hint).Published);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Empty_input_is_refused(string text) =>
        Assert.Contains("empty", Assert.Throws<ArticleParseException>(() => Parse("a.txt", text)).Message, StringComparison.Ordinal);

    [Fact]
    public void Binary_and_undecodable_bytes_are_refused_with_the_reason()
    {
        Assert.Contains("binary", Assert.Throws<ArticleParseException>(() => ArticleDecoder.Decode(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 1 })).Message, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", Assert.Throws<ArticleParseException>(() => ArticleDecoder.Decode(new byte[] { 0x41, 0xC3, 0x28, 0x42 })).Message, StringComparison.Ordinal);
        Assert.Equal("Kyiv", ArticleDecoder.Decode(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Kyiv")).ToArray()));
        Assert.Equal("Kyiv", ArticleDecoder.Decode(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Kyiv")).ToArray()));
    }
}
