namespace Simkl.Site.Progress;

/// <summary>
/// Where a long run (a build, a fetch) says how far it is: the stages it goes through and, within a
/// stage, the items done. The command line shows it as a progress display or as plain lines; the
/// library only reports. Implementations are thread-safe: pages render in parallel, sources are
/// fetched in parallel.
/// </summary>
public interface IRunProgress
{
    /// <summary>
    /// A stage starts: <paramref name="total"/> items of <paramref name="unit"/> are expected (0 when
    /// not counted; more may come, e.g. fallbacks). Disposing the stage ends it.
    /// </summary>
    IProgressStage Begin(string stage, int total = 0, string unit = "items");
}

/// <summary>One running stage of an <see cref="IRunProgress"/>.</summary>
public interface IProgressStage : IDisposable
{
    /// <summary><paramref name="items"/> more items of the stage are done.</summary>
    void Advance(int items = 1);
}

/// <summary>Reports nowhere: the default for library callers and tests, and <c>--quiet</c>.</summary>
public sealed class NoProgress : IRunProgress, IProgressStage
{
    public static readonly NoProgress Instance = new();

    private NoProgress()
    {
    }

    public IProgressStage Begin(string stage, int total = 0, string unit = "items") => this;

    public void Advance(int items = 1)
    {
    }

    public void Dispose()
    {
    }
}
