using Simkl.Site.Index;
using Simkl.Site.IO;
using Simkl.Site.Outputs;
using Simkl.Site.Urls;

namespace Simkl.Site.Changes;

/// <summary>
/// The build stage around <see cref="DetectScheduleChanges"/>: reads the previous state, compares,
/// produces <c>/changes.xml</c> and the <c>/changes/</c> page model, and saves the new state only
/// after the site was written (<see cref="Save"/>), so a failed build compares against the same
/// previous state next time.
/// </summary>
public sealed class TrackScheduleChanges
{
    private readonly string? _statePath;
    private readonly ScheduleState? _previous;

    /// <summary>Reads the previous state from <paramref name="statePath"/>; null keeps no state at all.</summary>
    public TrackScheduleChanges(string? statePath)
    {
        _statePath = statePath;
        if (statePath is not null)
        {
            _previous = ScheduleStateStore.Read(statePath, out var problem);
            ReadProblem = problem;
        }
    }

    /// <summary>Why an existing state file was ignored (unreadable); null when it was fine or absent.</summary>
    public string? ReadProblem { get; }

    public ScheduleChangeResult Run(BuildContext context)
    {
        var result = DetectScheduleChanges.Run(_previous, context.Catalogue, context.Now, context.Zone, context.Settings.UpcomingDays);
        return ReadProblem is not null && result.RestartReason is null ? result with { RestartReason = ReadProblem } : result;
    }

    /// <summary>The Atom feed of the log.</summary>
    public static OutputFile Feed(ScheduleChangeResult result, BuildContext context, Func<string, bool> titlePageExists) =>
        new(SiteUrls.File(SiteUrls.ChangesFeed), ChangesFeed.Write(result.State, context.Settings.Title, context.Settings.BaseUrl, context.Zone, titlePageExists));

    /// <summary>
    /// The new state's bytes, or null when no state is kept: made as soon as the comparison is
    /// done, beside the rest of the build, so writing it at the end (<see cref="Save"/>) is only a write.
    /// </summary>
    public ChunkedBytes? Serialize(ScheduleChangeResult result) =>
        _statePath is null ? null : ScheduleStateStore.Serialize(result.State);

    /// <summary>Persists the new state (<see cref="Serialize"/>'s bytes); call after the site was committed.</summary>
    public void Save(ChunkedBytes? state)
    {
        if (_statePath is not null && state is not null)
        {
            ScheduleStateStore.Write(_statePath, state);
        }
    }
}
