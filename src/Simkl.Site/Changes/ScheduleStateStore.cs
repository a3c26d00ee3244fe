using Simkl.Site.Model;
using Simkl.Site.IO;
using System.Text.Json;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Changes;

/// <summary>
/// Reads and writes <see cref="ScheduleState"/> (default <c>.cache/state/schedule.json</c>, kept
/// beside the snapshot and never published). Compact JSON, deterministic bytes, atomic writes.
/// </summary>
public static class ScheduleStateStore
{
    public const string DefaultPath = ".cache/state/schedule.json";

    private static readonly JsonSerializerOptions Options = new(SnapshotJson.Options) { WriteIndented = false, Converters = { new AiringTimeJsonConverter() } };

    public static ChunkedBytes Serialize(ScheduleState state) => ChunkedBytes.Json(state, Options);

    public static ScheduleState Deserialize(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<ScheduleState>(json, Options) ?? throw new JsonException("the file is empty");

    // Read as a stream: the file is megabytes at production size, more than the large-object
    // threshold as one array (see ChunkedBytes).
    private static ScheduleState Deserialize(Stream json) =>
        JsonSerializer.Deserialize<ScheduleState>(json, Options) ?? throw new JsonException("the file is empty");

    /// <summary>
    /// The previous state, or null when there is none. An unreadable file is not fatal (the change
    /// log restarts, the build goes on): <paramref name="problem"/> says why it was ignored.
    /// </summary>
    public static ScheduleState? Read(string path, out string? problem)
    {
        problem = null;
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            ScheduleState state;
            using (var file = File.OpenRead(path))
            {
                state = Deserialize(file);
            }

            if (FirstBadDate(state) is { } bad)
            {
                problem = $"'{path}' has a date that is not valid or outside {DateBounds.Text} ({bad}); change tracking restarts.";
                return null;
            }

            return state;
        }
        catch (ScheduleTimeException e)
        {
            problem = $"'{path}' has a date that is not valid or outside {DateBounds.Text} ({e.Text}); change tracking restarts.";
            return null;
        }
        catch (JsonException e)
        {
            problem = $"'{path}' is not a readable schedule state ({e.Message}); change tracking restarts.";
            return null;
        }
    }

    /// <summary>
    /// The first date the comparison could not use (far enough out to overflow a
    /// zone conversion), or null. The file is ours, but a hand edit or a damaged disk must not stop a build.
    /// </summary>
    private static string? FirstBadDate(ScheduleState state)
    {
        if (!DateBounds.Contains(state.BuiltAt) || !DateBounds.Contains(state.TrackingSince) || !DateBounds.Near(state.WindowStart))
        {
            return "builtAt, trackingSince or windowStart";
        }

        var whens = state.Airings.Select(a => a.When)
            .Concat(state.Log.SelectMany(c => new[] { c.PreviousWhen, c.NewWhen }).OfType<AiringTime>());
        foreach (var when in whens)
        {
            if (!DateBounds.Near(DateOnly.FromDateTime(when.SortKey.UtcDateTime)))
            {
                return when.MachineValue;
            }
        }

        return state.Log.Any(c => !DateBounds.Contains(c.DetectedAt)) ? "detectedAt" : null;
    }

    public static void Write(string path, ScheduleState state) => Write(path, Serialize(state));

    /// <summary>Writes a state already serialised (<see cref="Serialize"/>), atomically.</summary>
    public static void Write(string path, ChunkedBytes serialized) => AtomicFile.Write(path, serialized);
}
