using System.Globalization;
using Simkl.Site.Progress;

namespace Simkl.Site.Cli.Progress;

/// <summary>
/// Progress as log lines: one when a stage ends (items, time, rate), and one every
/// <see cref="Interval"/> while a counted stage runs, so a long run in CI shows it is moving.
/// </summary>
internal sealed class PlainProgress(TextWriter output, TimeProvider time) : IRunProgress
{
    private readonly TimeProvider clock = time;

    /// <summary>How often a running stage reports.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly Lock gate = new();

    public IProgressStage Begin(string stage, int total = 0, string unit = "items") => new Stage(this, stage, total, unit);

    private void Write(string line)
    {
        lock (gate)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }

    private sealed class Stage(PlainProgress owner, string name, int total, string unit) : IProgressStage
    {
        private readonly long started = owner.clock.GetTimestamp();
        private long lastLine = owner.clock.GetTimestamp();
        private int done;
        private int ended;

        public void Advance(int items = 1)
        {
            var now = Interlocked.Add(ref done, items);
            var last = Interlocked.Read(ref lastLine);
            if (owner.clock.GetElapsedTime(last) >= Interval && Interlocked.CompareExchange(ref lastLine, owner.clock.GetTimestamp(), last) == last)
            {
                owner.Write(string.Create(CultureInfo.InvariantCulture, $"{name}: {now:N0} of {Math.Max(total, now):N0} {unit} ({Rate(now)})"));
            }
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref ended, 1) == 1)
            {
                return;
            }

            var elapsed = owner.clock.GetElapsedTime(started);
            var count = Volatile.Read(ref done);
            owner.Write(total == 0 && count == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{name}: {elapsed.TotalSeconds:0.00} s")
                : string.Create(CultureInfo.InvariantCulture, $"{name}: {count:N0} {unit} in {elapsed.TotalSeconds:0.00} s ({Rate(count)})"));
        }

        private string Rate(int count)
        {
            var seconds = owner.clock.GetElapsedTime(started).TotalSeconds;
            return string.Create(CultureInfo.InvariantCulture, $"{(seconds > 0 ? count / seconds : 0):N0} {unit}/s");
        }
    }
}
