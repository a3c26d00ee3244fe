using System.Text;
using Simkl.Site.Urls;
using Simkl.Site.Load;

namespace Simkl.Site.Tests.Load;

/// <summary>The small text parsers under the loader: dates, runtimes, percentages and the URL fast path.</summary>
public class TextParserTests
{
    [Theory]
    [InlineData("2026-10-07", "2026-10-07", null, null)]
    [InlineData("2026-10-07T01:00:00Z", "2026-10-07", "01:00:00", "00:00")]
    [InlineData("2026-10-06T21:00:00-04:00", "2026-10-06", "21:00:00", "-04:00")]
    [InlineData("2026-01-15T20:30:00-05:00", "2026-01-15", "20:30:00", "-05:00")]
    [InlineData("2026-10-07T00:00:00+09:00", "2026-10-07", "00:00:00", "09:00")]
    [InlineData("2026-10-07T00:00:00+0530", "2026-10-07", "00:00:00", "05:30")]
    [InlineData("2026-10-07T23:59", "2026-10-07", "23:59:00", null)]
    [InlineData("2026-10-07 10:15:30.1234567z", "2026-10-07", "10:15:30.1234567", "00:00")]
    [InlineData("2024-02-29T12:00:00Z", "2024-02-29", "12:00:00", "00:00")]
    public void Iso_dates_keep_the_written_date_time_and_offset(string text, string date, string? time, string? offset)
    {
        Assert.True(DateText.TryParseIso(Encoding.UTF8.GetBytes(text), out var d));
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), d.Date);
        Assert.Equal(time, d.Time?.ToString("HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture).TrimEnd('.'));
        Assert.Equal(offset, d.Offset is { } o ? (o < TimeSpan.Zero ? "-" : "") + o.ToString(@"hh\:mm", System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    [Theory]
    [InlineData("")]
    [InlineData("tomorrow")]
    [InlineData("2026-13-01")]
    [InlineData("2026-02-30")]
    [InlineData("2026-10-07T24:00:00Z")]
    [InlineData("2026-10-07T10:60:00Z")]
    [InlineData("2026-10-07T10:00:00+15:00")]
    [InlineData("2026-10-07T10:00:00Zjunk")]
    [InlineData("2026-10-07T10:00:00.")]
    [InlineData("10/07/2026")]
    [InlineData("2026-1-7")]
    [InlineData("２０２６-10-07")]
    public void Anything_else_is_not_an_iso_date(string text)
    {
        Assert.False(DateText.TryParseIso(Encoding.UTF8.GetBytes(text), out _));
    }

    [Theory]
    [InlineData("10/01/2018", 2018, 10, 1)]
    [InlineData("1/5/2025", 2025, 1, 5)]
    [InlineData(" 12/31/1999 ", 1999, 12, 31)]
    public void Us_dates(string text, int y, int m, int d)
    {
        Assert.True(DateText.TryParseUs(Encoding.UTF8.GetBytes(text), out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("13/01/2018")]
    [InlineData("02/30/2024")]
    [InlineData("2018/10/01")]
    [InlineData("10/01/18")]
    [InlineData("10-01-2018")]
    public void Bad_us_dates(string text)
    {
        Assert.False(DateText.TryParseUs(Encoding.UTF8.GetBytes(text), out _));
    }

    [Theory]
    [InlineData("25m", 25)]
    [InlineData("7m", 7)]
    [InlineData("1h 40m", 100)]
    [InlineData("1h40m", 100)]
    [InlineData("2h", 120)]
    [InlineData("2h 11m", 131)]
    [InlineData("45 min", 45)]
    [InlineData("1 hour 5 minutes", 65)]
    [InlineData("90", 90)]
    [InlineData(" 24M ", 24)]
    [InlineData("soon", null)]
    [InlineData("", null)]
    [InlineData("0m", null)]
    [InlineData("1h 5", null)]
    [InlineData("5 10", null)]
    [InlineData("1d", null)]
    [InlineData("-5m", null)]
    [InlineData("9999999m", null)]
    public void Runtime_texts(string text, int? minutes)
    {
        Assert.Equal(minutes, RuntimeText.ParseMinutes(text));
    }

    [Theory]
    [InlineData("7.1%", 0.071)]
    [InlineData("12%", 0.12)]
    [InlineData(" 0.5 % ", 0.005)]
    [InlineData("100%", 1.0)]
    [InlineData("3.5", 0.035)]
    [InlineData("n/a", null)]
    [InlineData("-1%", null)]
    [InlineData("101%", null)]
    [InlineData("", null)]
    public void Percentages(string text, double? fraction)
    {
        Assert.Equal(fraction, RuntimeText.ParsePercent(text));
    }

    [Theory]
    [InlineData("https://simkl.com/tv/9100123/harbor-lights/season-3/episode-4/")]
    [InlineData("/tv/9100123/harbor-lights")]
    [InlineData("/anime/9300456/kumori-gakuen-no-yoru/episode-14")]
    [InlineData("https://simkl.com/movies/9500050/can%E2%80%99t-stop-the-rain")]
    [InlineData("//simkl.com/tv/1/x")]
    [InlineData("https://SIMKL.com/tv/1/x")]
    [InlineData("http://simkl.com/tv/1/x")]
    [InlineData("https://simkl.com/tv/1/../../x")]
    [InlineData("https://simkl.com/tv/1/x?y=1#z")]
    [InlineData("/tv//1")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://evil.example/tv/1")]
    [InlineData("https://simkl.com.evil.example/tv/1")]
    [InlineData("  /tv/1/padded  ")]
    [InlineData("/tv/1/\"><img src=x onerror=alert(1)>")]
    public void The_url_fast_path_gives_what_the_full_check_gives(string url)
    {
        Assert.Equal(SimklLinks.NormaliseSimklUrl(url), SimklUrls.Normalise(url));
    }
}
