using System.Text.RegularExpressions;

namespace StanceWatch.Core.Articles;

/// <summary>
/// Recognises the furniture that news text dumps carry around the story: photo captions and credits,
/// promos, "related articles" lists, copyright and update lines.
/// </summary>
internal static partial class Boilerplate
{
    /// <summary>True for a block to drop.</summary>
    /// <remarks>Furniture is short; long blocks are story text, which also keeps this check linear.</remarks>
    public static bool IsNoise(string block) =>
        block.Length <= MaxFurnitureLength
        && ((MayBe(block, CreditMarkers) && Credit().IsMatch(block)) || Promo().IsMatch(block) || (MayBe(block, FooterMarkers) && Footer().IsMatch(block)));

    // The credit and footer patterns try many starts or long optional prefixes, so they only run on blocks that
    // hold one of the words every match must contain. Each list is ASCII so the search is vectorised; "©" is
    // looked for on its own.
    private static bool MayBe(string block, System.Buffers.SearchValues<string> markers) =>
        block.Contains('©', StringComparison.Ordinal) || block.AsSpan().IndexOfAny(markers) >= 0;

    private static readonly System.Buffers.SearchValues<string> CreditMarkers = System.Buffers.SearchValues.Create(
        ["Getty", "Shutterstock", "Reuters", "REUTERS", "AFP", "AP Photo", "EPA", "Anadolu", "Bloomberg", "Alamy", "PA Wire", "PA Media", "Photo"],
        StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> FooterMarkers = System.Buffers.SearchValues.Create(
        ["copyright", "rights reserved", "may not be published", "for the latest news", "updated", "contributed", "reporting by", "editing by"],
        StringComparison.OrdinalIgnoreCase);

    private const int MaxFurnitureLength = 400;

    /// <summary>True for a heading after which the page lists other stories, not this one.</summary>
    public static bool EndsStory(string block) => block.Length <= 60 && RelatedHeading().IsMatch(block);

    // "... - Getty Images", "Photo Sergey Kozlov/EPA-EFE", "© Getty Images", "- REUTERS/Oleksandr Ratushniak".
    [GeneratedRegex(
        @"(?:(?:^|\s)[-–—]\s*[^.!?]{0,80}(?:Getty Images|Shutterstock|Reuters|REUTERS|AFP|AP Photo|EPA(?:-EFE)?|Anadolu|Bloomberg|Alamy|PA Wire|PA Media)[^.!?]{0,60}$)|(?:\bPhotos?(?: by)?:?\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*/\s*[A-Z][\w-]+\s*$)|(?:©\s*[\w .'-]{0,60}(?:Images|Photo|Press|Media)\b)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Credit();

    [GeneratedRegex(
        @"^(?:Unlock (?:the )?.{0,80}newsletter.{0,40}|Sign up (?:for|to) .{0,80}|Subscribe (?:to|for|now).{0,80}|Advertisement|ADVERTISEMENT|Share this article|Follow (?:us|our) .{0,80}|Read more:?.{0,120}|Watch:.{0,120}|Listen:.{0,120})$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Promo();

    [GeneratedRegex(
        @"^(?:Copyright\b.{0,200}|©\s*\d{4}.{0,200}|.{0,120}All rights reserved\.?.{0,200}|This material may not be published.{0,200}|For the latest news.{0,200}|Updated:?\s*\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?.{0,40}|.{0,80}\bcontributed (?:reporting|to this report)\.?|Reporting by .{0,200}|Editing by .{0,200})$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Footer();

    [GeneratedRegex(
        @"^(?:Articles? You May Like|Related(?: Articles| Stories| Content| Coverage)?|More (?:from|on|stories).{0,40}|Recommended(?: for you)?|You may also like|Most (?:read|popular)|Trending(?: now)?|Read next)\s*:?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RelatedHeading();
}
