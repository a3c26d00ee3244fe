using Simkl.Site.Text;

namespace Simkl.Site.Tests.Text;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("plain text, ünïcödé and emoji 📺", "plain text, ünïcödé and emoji 📺")]
    [InlineData("\u001b[2J\u001b[31mred", "[2J[31mred")]
    [InlineData("line\r\nFAKE: all good", "line  FAKE: all good")]
    [InlineData("tab\there\vand\ffeed", "tab here and feed")]
    [InlineData("nul\0bell\u0007del\u007f", "nulbelldel")]
    [InlineData("c1\u0085next\u009b31m", "c1 next31m")]
    [InlineData("bidi \u202Eevil\u202C \u2066iso\u2069 \u200Fmark", "bidi evil iso mark")]
    [InlineData("para\u2028line\u2029sep", "para line sep")]
    [InlineData("", "")]
    public void Strips_control_characters(string input, string expected)
    {
        Assert.Equal(expected, PlainText.Clean(input));
        Assert.False(PlainText.HasUnsafe(PlainText.CleanText(input)));
    }

    [Fact]
    public void Null_stays_null_and_clean_text_is_the_same_instance()
    {
        const string clean = "nothing to strip";
        Assert.Null(PlainText.Clean(null));
        Assert.Same(clean, PlainText.Clean(clean));
    }
}
