using System.Globalization;
using System.Net;
using System.Text;
using StanceWatch.Core.Model;

namespace StanceWatch.Core.Alerts;

/// <summary>
/// Writes the email for one shift and one subscriber. Everything from an article is HTML-escaped in the HTML
/// body, and stripped of line breaks and control characters wherever it could reach a header.
/// </summary>
public static class AlertComposer
{
    private const int MaxSubjectLength = 200;

    public static AlertEmail Compose(StanceShift shift, string unsubscribeUrl)
    {
        ArgumentNullException.ThrowIfNull(shift);
        ArgumentException.ThrowIfNullOrWhiteSpace(unsubscribeUrl);
        var subject = Subject(shift);
        var when = shift.EventTime.ToString("d MMMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var change = shift.IsFirst ? $"first seen: {shift.To}" : $"{shift.From} → {shift.To}";

        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"{shift.Supplier} · {shift.WeaponClass.ToSlug()}: {change}")
            .AppendLine(CultureInfo.InvariantCulture, $"When: {when}");
        if (shift.Scope is { Length: > 0 } scope)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Scope: {scope}");
        }

        text.AppendLine().AppendLine("Evidence:");
        foreach (var quote in shift.Evidence)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  “{quote}”");
        }

        text.AppendLine().AppendLine("Sources:");
        foreach (var source in shift.Sources)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {Describe(source)}{(source.Url is { } url ? $" <{url}>" : string.Empty)}");
        }

        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Unsubscribe: {unsubscribeUrl}");

        var html = new StringBuilder()
            .Append("<!doctype html><html><body style=\"font-family:sans-serif\">")
            .Append(CultureInfo.InvariantCulture, $"<h2>{E(shift.Supplier)} · {E(shift.WeaponClass.ToSlug())}: {E(change)}</h2>")
            .Append(CultureInfo.InvariantCulture, $"<p><strong>When:</strong> {E(when)}</p>");
        if (shift.Scope is { Length: > 0 } htmlScope)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><strong>Scope:</strong> {E(htmlScope)}</p>");
        }

        html.Append("<h3>Evidence</h3>");
        foreach (var quote in shift.Evidence)
        {
            html.Append(CultureInfo.InvariantCulture, $"<blockquote>{E(quote)}</blockquote>");
        }

        html.Append("<h3>Sources</h3><ul>");
        foreach (var source in shift.Sources)
        {
            html.Append(source.Url is { } url && IsWebLink(url)
                ? $"<li><a href=\"{E(url)}\">{E(Describe(source))}</a></li>"
                : $"<li>{E(Describe(source))}</li>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</ul><p style=\"font-size:small\"><a href=\"{E(unsubscribeUrl)}\">Unsubscribe</a></p></body></html>");

        var headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["List-Unsubscribe"] = $"<{HeaderSafe(unsubscribeUrl)}>",
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
        };
        return new AlertEmail(subject, text.ToString(), html.ToString(), headers);
    }

    public static string Subject(StanceShift shift)
    {
        ArgumentNullException.ThrowIfNull(shift);
        var subject = shift.IsFirst
            ? $"{shift.Supplier} · {shift.WeaponClass.ToSlug()}: first seen — {shift.To}"
            : $"{shift.Supplier} · {shift.WeaponClass.ToSlug()}: {shift.From} → {shift.To}";
        return HeaderSafe(subject);
    }

    /// <summary>Removes CR, LF and every other control character, and caps the length: nothing can start a new header.</summary>
    public static string HeaderSafe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        var clean = builder.ToString().Trim();
        return clean.Length <= MaxSubjectLength ? clean : clean[..MaxSubjectLength];
    }

    private static string Describe(ShiftSource source) =>
        string.Join(" — ", new[] { source.Source, source.Title ?? source.Article }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static bool IsWebLink(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
