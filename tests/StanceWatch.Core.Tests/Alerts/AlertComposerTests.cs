using StanceWatch.Core.Alerts;
using StanceWatch.Core.Model;

namespace StanceWatch.Core.Tests.Alerts;

public sealed class AlertComposerTests
{
    private static StanceShift Shift(string evidence, string? title = "Title", bool first = false) => new(
        "id", "DE", WeaponClass.LongRange, first ? null : Stance.Prohibited, Stance.UnderReview, first, "near Kharkiv",
        [evidence], [new ShiftSource("a.txt", title, "javascript:alert(1)", "Outlet")],
        new DateTimeOffset(2024, 5, 30, 13, 40, 0, TimeSpan.Zero), DateTimeOffset.UnixEpoch);

    [Fact]
    public void Subjects_name_the_change_and_first_sightings()
    {
        Assert.Equal("DE · long-range: Prohibited → UnderReview", AlertComposer.Subject(Shift("e")));
        Assert.Equal("DE · long-range: first seen — UnderReview", AlertComposer.Subject(Shift("e", first: true)));
    }

    [Fact]
    public void Article_text_is_escaped_in_html_and_cannot_reach_headers()
    {
        var email = AlertComposer.Compose(Shift("<script>alert(1)</script> & \"quotes\""), "https://x.example/u?token=a\r\nBcc: victim@example.org");

        Assert.DoesNotContain("<script>", email.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", email.Html, StringComparison.Ordinal);
        Assert.All(email.Headers.Values, v => Assert.DoesNotContain('\n', v));
        Assert.All(email.Headers.Values, v => Assert.DoesNotContain('\r', v));
        Assert.Equal("List-Unsubscribe=One-Click", email.Headers["List-Unsubscribe-Post"]);
        Assert.Contains("Scope: near Kharkiv", email.Text, StringComparison.Ordinal);
        Assert.Contains("30 May 2024 13:40 UTC", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_safe_text_has_no_control_characters_and_a_bounded_length()
    {
        var safe = AlertComposer.HeaderSafe("a\r\nb\tc" + new string('x', 500));
        Assert.DoesNotContain(safe, char.IsControl);
        Assert.True(safe.Length <= 200);
    }
}
