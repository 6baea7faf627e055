using System.Globalization;
using System.Text.RegularExpressions;

namespace StanceWatch.Core.Articles;

/// <summary>
/// Reads live-blog time stamps ("02:40 PM BST", "14:40 CET", "2.40pm", "published at 20:04 British Summer Time
/// 13 September") and datelines ("May 31 (UPI) —").
/// </summary>
internal static partial class LiveBlogClock
{
    private static readonly Dictionary<string, TimeSpan> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = TimeSpan.Zero, ["UTC"] = TimeSpan.Zero, ["BST"] = TimeSpan.FromHours(1), ["WET"] = TimeSpan.Zero,
        ["CET"] = TimeSpan.FromHours(1), ["CEST"] = TimeSpan.FromHours(2), ["EET"] = TimeSpan.FromHours(2),
        ["EEST"] = TimeSpan.FromHours(3), ["MSK"] = TimeSpan.FromHours(3), ["ET"] = TimeSpan.FromHours(-5),
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4), ["PT"] = TimeSpan.FromHours(-8),
        ["PST"] = TimeSpan.FromHours(-8), ["PDT"] = TimeSpan.FromHours(-7), ["KYIV"] = TimeSpan.FromHours(2),
        ["KyivTime"] = TimeSpan.FromHours(2), ["BritishSummerTime"] = TimeSpan.FromHours(1), ["GreenwichMeanTime"] = TimeSpan.Zero,
        ["CentralEuropeanTime"] = TimeSpan.FromHours(1), ["CentralEuropeanSummerTime"] = TimeSpan.FromHours(2),
        ["EasternTime"] = TimeSpan.FromHours(-5),
    };

    /// <summary>
    /// A block that is only a time stamp: the time of day, the zone offset (UTC when not stated) and, when the stamp
    /// gives one ("published at 20:04 British Summer Time 13 September"), the day and month.
    /// </summary>
    public static bool TryReadStamp(string block, out TimeSpan timeOfDay, out TimeSpan offset) =>
        TryReadStamp(block, out timeOfDay, out offset, out _);

    public static bool TryReadStamp(string block, out TimeSpan timeOfDay, out TimeSpan offset, out (int Month, int Day)? date)
    {
        timeOfDay = default;
        offset = TimeSpan.Zero;
        date = null;
        if (block.Length > 64)
        {
            return false;
        }

        var match = Stamp().Match(block);
        if (!match.Success)
        {
            return false;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var meridiem = match.Groups["ampm"].Value.Replace(".", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (meridiem == "PM" && hour < 12)
        {
            hour += 12;
        }
        else if (meridiem == "AM" && hour == 12)
        {
            hour = 0;
        }

        if (hour > 23 || minute > 59)
        {
            return false;
        }

        timeOfDay = new TimeSpan(hour, minute, 0);
        if (match.Groups["zone"].Success && Zones.TryGetValue(match.Groups["zone"].Value.Replace(" ", string.Empty, StringComparison.Ordinal), out var zone))
        {
            offset = zone;
        }

        if (match.Groups["day"].Success && MonthNumber(match.Groups["month"].Value) is > 0 and var month)
        {
            date = (month, int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture));
        }

        return true;
    }

    /// <summary>The date in a dateline at the start of a paragraph ("May 31 (UPI) —", "KYIV, Sept. 11 (Reuters) -").</summary>
    public static bool TryReadDateline(string block, int? knownYear, out DateTimeOffset published)
    {
        published = default;
        var match = Dateline().Match(block);
        if (!match.Success)
        {
            return false;
        }

        var month = MonthNumber(match.Groups["month"].Value);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : knownYear;
        if (month == 0 || year is null || day is < 1 or > 31 || day > DateTime.DaysInMonth(year.Value, month))
        {
            return false;
        }

        published = new DateTimeOffset(year.Value, month, day, 0, 0, 0, TimeSpan.Zero);
        return true;
    }

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12, _ => 0,
    };

    [GeneratedRegex(
        @"^(?:(?:[Pp]ublished|[Pp]osted|[Uu]pdated)(?: at)?\s+)?(?<h>\d{1,2})[:.](?<m>\d{2})\s*(?<ampm>[AaPp]\.?[Mm]\.?)?\s*(?<zone>British Summer Time|Greenwich Mean Time|Central European(?: Summer)? Time|Eastern Time|Kyiv [Tt]ime|[A-Z]{2,4}|Kyiv)?(?:,?\s+(?<day>\d{1,2})\s+(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?))?$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Stamp();

    [GeneratedRegex(
        @"^(?:[A-Z][A-Za-z .'-]{1,40},\s+)?(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<day>\d{1,2})(?:,\s*(?<year>\d{4}))?\s*\((?:[A-Z][A-Za-z]{1,20}|[A-Z]{2,10})\)\s*[—–-]",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Dateline();
}
