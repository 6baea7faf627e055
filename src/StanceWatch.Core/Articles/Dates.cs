using System.Globalization;

namespace StanceWatch.Core.Articles;

internal static class Dates
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ss",
        "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "MMMM d, yyyy", "d MMMM yyyy", "MMM d, yyyy",
    ];

    /// <summary>Reads an ISO 8601 or common news date; a time without a zone is taken as UTC.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, styles, out var exact))
        {
            return exact;
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, styles, out var loose) ? loose : null;
    }
}
