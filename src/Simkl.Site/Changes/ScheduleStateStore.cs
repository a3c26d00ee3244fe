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

    private static readonly JsonSerializerOptions Options = new(SnapshotJson.Options) { WriteIndented = false };

    public static byte[] Serialize(ScheduleState state) => JsonSerializer.SerializeToUtf8Bytes(state, Options);

    public static ScheduleState Deserialize(ReadOnlySpan<byte> json) =>
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
            return Deserialize(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            problem = $"'{path}' is not a readable schedule state ({e.Message}); change tracking restarts.";
            return null;
        }
    }

    public static void Write(string path, ScheduleState state) =>
        AtomicFile.Write(path, Serialize(state));
}
