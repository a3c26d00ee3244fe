using Simkl.Site.Model;
using Simkl.Site.Changes;
using Simkl.Site.Tests.Publish;
using Simkl.Site.Tests.TestSupport;
using static Simkl.Site.Tests.Publish.PublishingData;

namespace Simkl.Site.Tests.Changes;

public class ScheduleChangesTests
{
    private static readonly TimeZoneInfo Utc = TimeZoneInfo.Utc;
    private static readonly DateTimeOffset Now2 = Now.AddDays(1); // 2026-11-28 12:00Z

    private static DateTimeOffset At(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    private static readonly Title[] Titles =
    [
        Title(MediaKind.Tv, 1, "Show A"),
        Title(MediaKind.Tv, 2, "Show B"),
        Title(MediaKind.Anime, 3, "Anime C"),
        Title(MediaKind.Movie, 4, "Movie D"),
    ];

    private static Airing[] FirstAirings() =>
    [
        Episode(MediaKind.Tv, 1, 1, 1, At(11, 28, 1)),
        Episode(MediaKind.Tv, 1, 1, 2, At(12, 1, 1)),
        Episode(MediaKind.Tv, 1, 1, 3, At(12, 5, 1)),
        Episode(MediaKind.Tv, 2, 1, 1, At(12, 2, 20)),
        Episode(MediaKind.Tv, 2, 1, 5, At(11, 27, 20)),
        Episode(MediaKind.Anime, 3, null, 12, At(12, 3, 15)),
        Release(MediaKind.Movie, 4, new DateOnly(2026, 12, 4)),
    ];

    private static Airing[] SecondAirings() =>
    [
        Episode(MediaKind.Tv, 1, 1, 1, At(11, 28, 1)),
        Episode(MediaKind.Tv, 1, 1, 2, At(12, 3, 1)),           // moved to another date
        Episode(MediaKind.Tv, 1, 1, 3, At(12, 5, 3)),           // moved to another time, same date
        Episode(MediaKind.Tv, 1, 1, 4, At(12, 6, 1)),           // added, inside both windows
        Episode(MediaKind.Tv, 2, 2, 1, At(12, 11, 1)),          // rolled into the window: not news
        // tv 2 s1e1 (12-02) removed; tv 2 s1e5 (11-27) passed out of the window
        Episode(MediaKind.Anime, 3, null, 12, At(12, 3, 15), FinaleKind.Season),
        Release(MediaKind.Movie, 4, new DateOnly(2026, 12, 9)), // date-keyed: moved, not removed + added
    ];

    private static ScheduleChangeResult First() => DetectScheduleChanges.Run(null, Cat(Titles, FirstAirings()), Now, Utc, 14);

    private static ScheduleChangeResult Second() =>
        DetectScheduleChanges.Run(First().State, Cat(Titles, SecondAirings(), Snapshot(Now2)), Now2, Utc, 14);

    [Fact]
    public void First_build_reports_nothing_and_remembers_upcoming_airings()
    {
        var result = First();

        Assert.True(result.FirstBuild);
        Assert.Null(result.RestartReason);
        Assert.Empty(result.NewChanges);
        Assert.Empty(result.State.Log);
        Assert.Equal(Now, result.State.TrackingSince);
        Assert.Equal(new DateOnly(2026, 11, 27), result.State.WindowStart);
        Assert.Equal(new DateOnly(2026, 12, 11), result.State.WindowEnd);
        // Everything from today on (the 11-27 20:00 episode is today), sorted by key.
        Assert.Equal(
            ["anime-3-s0e12", "movie-4-d20261204", "tv-1-s1e1", "tv-1-s1e2", "tv-1-s1e3", "tv-2-s1e1", "tv-2-s1e5"],
            result.State.Airings.Select(a => a.Key));
        Assert.Equal("Show A", result.State.Airings.Single(a => a.Key == "tv-1-s1e1").Title);
    }

    [Fact]
    public void Moved_to_another_date()
    {
        var c = Assert.Single(Second().NewChanges, c => c.Key == "tv-1-s1e2");
        Assert.Equal(ChangeType.MovedDate, c.Type);
        Assert.Equal("2026-12-01T01:00:00Z", c.PreviousWhen?.MachineValue);
        Assert.Equal("2026-12-03T01:00:00Z", c.NewWhen?.MachineValue);
        Assert.Equal("Show A", c.Title);
        Assert.Equal("/tv/1/show-a/", c.TitlePath);
        Assert.Equal(Now2, c.DetectedAt);
    }

    [Fact]
    public void Moved_to_another_time_on_the_same_date()
    {
        var c = Assert.Single(Second().NewChanges, c => c.Key == "tv-1-s1e3");
        Assert.Equal(ChangeType.MovedTime, c.Type);
        Assert.Equal("2026-12-05T01:00:00Z", c.PreviousWhen?.MachineValue);
        Assert.Equal("2026-12-05T03:00:00Z", c.NewWhen?.MachineValue);
    }

    [Fact]
    public void Same_time_in_utc_but_another_day_in_the_site_zone_is_a_date_move()
    {
        // 23:30 UTC on 12-01 is 12-02 in Tokyo; 12-01 00:30 UTC is 12-01 in Tokyo.
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var before = Cat(Titles, [Episode(MediaKind.Tv, 1, 1, 2, At(12, 1, 23))]);
        var after = Cat(Titles, [Episode(MediaKind.Tv, 1, 1, 2, new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero))]);
        var first = DetectScheduleChanges.Run(null, before, Now, tokyo, 14);
        var c = Assert.Single(DetectScheduleChanges.Run(first.State, after, Now2, tokyo, 14).NewChanges);
        Assert.Equal(ChangeType.MovedDate, c.Type);
    }

    [Fact]
    public void Added_inside_both_windows_but_not_when_it_merely_rolled_into_the_window()
    {
        var result = Second();
        var added = Assert.Single(result.NewChanges, c => c.Type == ChangeType.Added);
        Assert.Equal("tv-1-s1e4", added.Key);
        Assert.Null(added.PreviousWhen);
        Assert.Equal("2026-12-06T01:00:00Z", added.NewWhen?.MachineValue);
        Assert.DoesNotContain(result.NewChanges, c => c.Key == "tv-2-s2e1");
        Assert.Contains(result.State.Airings, a => a.Key == "tv-2-s2e1");
    }

    [Fact]
    public void Removed_only_while_still_upcoming_and_a_passed_airing_is_not_removed()
    {
        var result = Second();
        var removed = Assert.Single(result.NewChanges, c => c.Type == ChangeType.Removed);
        Assert.Equal("tv-2-s1e1", removed.Key);
        Assert.Equal("2026-12-02T20:00:00Z", removed.PreviousWhen?.MachineValue);
        Assert.Null(removed.NewWhen);
        Assert.DoesNotContain(result.NewChanges, c => c.Key == "tv-2-s1e5");
        Assert.DoesNotContain(result.State.Airings, a => a.Key == "tv-2-s1e5");
    }

    [Fact]
    public void Date_keyed_release_that_changes_date_is_one_move()
    {
        var result = Second();
        var c = Assert.Single(result.NewChanges, c => c.SimklId == 4);
        Assert.Equal(ChangeType.MovedDate, c.Type);
        Assert.Equal("2026-12-04", c.PreviousWhen?.MachineValue);
        Assert.Equal("2026-12-09", c.NewWhen?.MachineValue);
        Assert.Equal("movie-4-d20261209", c.Key);
    }

    [Fact]
    public void Newly_marked_finale_is_reported()
    {
        var c = Assert.Single(Second().NewChanges, c => c.Type == ChangeType.Finale);
        Assert.Equal("anime-3-s0e12", c.Key);
        Assert.Equal(FinaleKind.Season, c.Finale);
        Assert.Equal("E12", c.EpisodeLabel);
    }

    [Fact]
    public void The_whole_change_set_and_its_order()
    {
        var result = Second();
        Assert.False(result.FirstBuild);
        Assert.Equal(
            [
                ("tv-2-s1e1", ChangeType.Removed),
                ("tv-1-s1e2", ChangeType.MovedDate),
                ("anime-3-s0e12", ChangeType.Finale),
                ("tv-1-s1e3", ChangeType.MovedTime),
                ("tv-1-s1e4", ChangeType.Added),
                ("movie-4-d20261209", ChangeType.MovedDate),
            ],
            result.NewChanges.Select(c => (c.Key, c.Type)));
        Assert.Equal(result.NewChanges.Select(c => c.Id), result.State.Log.Select(c => c.Id));
        Assert.Equal(Now, result.State.TrackingSince);
    }

    [Fact]
    public void Is_a_pure_function_of_previous_state_and_catalogue()
    {
        var a = ScheduleStateStore.Serialize(Second().State).ToArray();
        var shuffled = SecondAirings().Reverse().ToArray();
        var previous = ScheduleStateStore.Deserialize(ScheduleStateStore.Serialize(First().State).ToArray());
        var b = ScheduleStateStore.Serialize(
            DetectScheduleChanges.Run(previous, Cat(Titles.Reverse(), shuffled, Snapshot(Now2)), Now2, Utc, 14).State).ToArray();
        Assert.Equal(a, b);
    }

    [Fact]
    public void Change_times_come_from_the_snapshot_not_the_build_clock()
    {
        // The same data built at another hour: tracking start and detection times do not move.
        var atNoon = DetectScheduleChanges.Run(First().State, Cat(Titles, SecondAirings(), Snapshot(Now2)), Now2, Utc, 14);
        var evening = DetectScheduleChanges.Run(First().State, Cat(Titles, SecondAirings(), Snapshot(Now2)), Now2.AddHours(6), Utc, 14);
        Assert.Equal(atNoon.State.Log, evening.State.Log);
        Assert.Equal(atNoon.State.TrackingSince, evening.State.TrackingSince);
        Assert.All(evening.NewChanges, c => Assert.Equal(Now2, c.DetectedAt));

        var first = DetectScheduleChanges.Run(null, Cat(Titles, FirstAirings()), Now.AddHours(3), Utc, 14);
        Assert.Equal(Now, first.State.TrackingSince);
    }

    [Fact]
    public void A_rebuild_with_the_same_catalogue_finds_nothing_new_and_keeps_the_log()
    {
        var second = Second();
        var again = DetectScheduleChanges.Run(second.State, Cat(Titles, SecondAirings(), Snapshot(Now2)), Now2, Utc, 14);
        Assert.Empty(again.NewChanges);
        Assert.Equal(ScheduleStateStore.Serialize(second.State).ToArray(), ScheduleStateStore.Serialize(again.State).ToArray());
    }

    [Fact]
    public void Change_ids_are_stable_and_do_not_depend_on_the_build_time()
    {
        var second = Second();
        var later = DetectScheduleChanges.Run(First().State, Cat(Titles, SecondAirings(), Snapshot(Now2.AddHours(5))), Now2.AddHours(5), Utc, 14);
        Assert.Equal(second.NewChanges.Select(c => c.Id), later.NewChanges.Select(c => c.Id));
        Assert.All(second.NewChanges, c => Assert.Matches("^[0-9a-f]{32}$", c.Id));
        Assert.Equal(second.NewChanges.Count, second.NewChanges.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void A_kind_whose_calendar_vanished_is_held_not_removed()
    {
        var withoutAnime = SecondAirings().Where(a => a.Kind != MediaKind.Anime).ToArray();
        var result = DetectScheduleChanges.Run(First().State, Cat(Titles, withoutAnime, Snapshot(Now2)), Now2, Utc, 14);
        Assert.Equal([MediaKind.Anime], result.HeldKinds);
        Assert.DoesNotContain(result.NewChanges, c => c.Kind == MediaKind.Anime);
        Assert.Contains(result.State.Airings, a => a.Key == "anime-3-s0e12");
    }

    [Fact]
    public void A_state_from_another_source_restarts_tracking()
    {
        var sample = Snapshot(Now) with { Synthetic = true };
        var first = DetectScheduleChanges.Run(null, Cat(Titles, FirstAirings(), sample), Now, Utc, 14);
        var result = DetectScheduleChanges.Run(first.State, Cat(Titles, SecondAirings(), Snapshot(Now2)), Now2, Utc, 14);
        Assert.True(result.FirstBuild);
        Assert.Contains("another data source", result.RestartReason);
        Assert.Empty(result.NewChanges);
        Assert.Equal(Now2, result.State.TrackingSince);
    }

    [Fact]
    public void Log_keeps_recent_entries_and_drops_old_ones()
    {
        var second = Second();
        var muchLater = Now2.AddDays(DetectScheduleChanges.RetentionDays - 1);
        var kept = DetectScheduleChanges.MergeLog([], second.State.Log, muchLater);
        Assert.Equal(second.State.Log.Count, kept.Count);
        var tooLate = Now2.AddDays(DetectScheduleChanges.RetentionDays + 1);
        Assert.Empty(DetectScheduleChanges.MergeLog([], second.State.Log, tooLate));
    }

    [Fact]
    public void State_store_round_trips_and_survives_a_damaged_file()
    {
        var dir = Directory.CreateTempSubdirectory("simkl-state-");
        try
        {
            var path = Path.Combine(dir.FullName, "state", "schedule.json");
            Assert.Null(ScheduleStateStore.Read(path, out var none));
            Assert.Null(none);

            var state = Second().State;
            ScheduleStateStore.Write(path, state);
            var back = ScheduleStateStore.Read(path, out var problem);
            Assert.Null(problem);
            Assert.Equal(ScheduleStateStore.Serialize(state).ToArray(), ScheduleStateStore.Serialize(back!).ToArray());

            File.WriteAllText(path, "{ \"format\": 1, \"airings\": [ truncated");
            Assert.Null(ScheduleStateStore.Read(path, out problem));
            Assert.Contains("change tracking restarts", problem);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
