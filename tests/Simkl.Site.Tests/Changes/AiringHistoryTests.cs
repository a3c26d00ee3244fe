using Simkl.Site.Changes;
using Simkl.Site.Model;
using static Simkl.Site.Tests.Publish.PublishingData;

namespace Simkl.Site.Tests.Changes;

/// <summary>The airing history the schedule state keeps for the feeds' DTSTAMP, LAST-MODIFIED and SEQUENCE.</summary>
public sealed class AiringHistoryTests
{
    private static readonly Title[] Titles = [Title(MediaKind.Tv, 1, "One"), Title(MediaKind.Movie, 2, "Film")];
    private static readonly DateTimeOffset T1 = Now;
    private static readonly DateTimeOffset T2 = Now.AddHours(6);

    private static Airing Ep(int episode, DateTimeOffset when) => Episode(MediaKind.Tv, 1, 1, episode, when);

    private static IReadOnlyList<AiringHistoryEntry> Update(IReadOnlyList<AiringHistoryEntry> previous, DateTimeOffset seen, params Airing[] airings) =>
        AiringHistory.Update(previous, seen, Cat(Titles, airings, Snapshot(seen)), seen);

    private static AiringHistoryEntry Entry(IReadOnlyList<AiringHistoryEntry> history, string key) => history.Single(e => e.Key == key);

    [Fact]
    public void Unchanged_airings_keep_their_entries_moved_ones_count_up()
    {
        var first = Update([], T1, Ep(1, Now.AddDays(1)), Ep(2, Now.AddDays(8)), Ep(3, Now.AddDays(-3)));
        var second = Update(first, T2, Ep(1, Now.AddDays(1)), Ep(2, Now.AddDays(9)), Ep(3, Now.AddDays(-3)));

        Assert.Same(Entry(first, "tv-1-s1e1"), Entry(second, "tv-1-s1e1"));
        Assert.Same(Entry(first, "tv-1-s1e3"), Entry(second, "tv-1-s1e3")); // past airings are kept too
        var moved = Entry(second, "tv-1-s1e2");
        Assert.Equal((T2, 1), (moved.Modified, moved.Sequence));
        Assert.Equal(T1, Entry(second, "tv-1-s1e1").Modified);
        Assert.Equal(["tv-1-s1e1", "tv-1-s1e2", "tv-1-s1e3"], second.Select(e => e.Key));
    }

    [Fact]
    public void A_new_runtime_moves_the_end_and_counts_as_a_move()
    {
        var first = Update([], T1, Ep(1, Now.AddDays(1)));
        var titles = new[] { Titles[0] with { RuntimeMinutes = 60 } };
        var second = AiringHistory.Update(first, T2, Cat(titles, [Ep(1, Now.AddDays(1))], Snapshot(T2)), T2);
        Assert.Equal((T2, 1), (Entry(second, "tv-1-s1e1").Modified, Entry(second, "tv-1-s1e1").Sequence));
    }

    [Fact]
    public void A_missing_airing_is_remembered_for_30_days_and_keeps_its_history_when_it_returns()
    {
        var first = Update([], T1, Ep(1, Now.AddDays(10)), Ep(2, Now.AddDays(12)));
        var gone = Update(first, T2, Ep(1, Now.AddDays(10)));
        Assert.Equal(T2, Entry(gone, "tv-1-s1e2").GoneSince);
        Assert.False(AiringHistory.Revisions(gone).ContainsKey("tv-1-s1e2"));

        var back = Update(gone, T2.AddDays(1), Ep(1, Now.AddDays(10)), Ep(2, Now.AddDays(12)));
        Assert.Equal(Entry(first, "tv-1-s1e2"), Entry(back, "tv-1-s1e2"));

        var stillGone = Update(gone, T2.AddDays(30), Ep(1, Now.AddDays(10)));
        Assert.Equal(T2, Entry(stillGone, "tv-1-s1e2").GoneSince);
        var pruned = Update(stillGone, T2.AddDays(30).AddSeconds(1), Ep(1, Now.AddDays(10)));
        Assert.DoesNotContain(pruned, e => e.Key == "tv-1-s1e2");
    }

    [Fact]
    public void A_state_from_before_history_was_kept_dates_known_airings_from_when_tracking_started()
    {
        var old = DetectScheduleChanges.Run(null, Cat(Titles, [Ep(1, Now.AddDays(1))], Snapshot(T1)), T1, TimeZoneInfo.Utc, 14).State with { History = [] };
        var next = DetectScheduleChanges.Run(old, Cat(Titles, [Ep(1, Now.AddDays(1))], Snapshot(T2)), T2, TimeZoneInfo.Utc, 14);
        Assert.Equal(new AiringRevision(T1, 0), next.Revisions()["tv-1-s1e1"]);
    }

    [Fact]
    public void The_history_survives_the_state_file()
    {
        var state = DetectScheduleChanges.Run(null, Cat(Titles, [Ep(1, Now.AddDays(1)), Release(MediaKind.Movie, 2, new DateOnly(2026, 12, 4))], Snapshot(T1)), T1, TimeZoneInfo.Utc, 14).State;
        var moved = state with { History = [.. state.History.Select(e => e with { Sequence = 4, GoneSince = e.Key.StartsWith("movie", StringComparison.Ordinal) ? T2 : null })] };
        var read = ScheduleStateStore.Deserialize(ScheduleStateStore.Serialize(moved).ToArray());
        Assert.Equal(moved.History, read.History);
    }
}
