using System.Globalization;
using Simkl.Site.Progress;
using Spectre.Console;
using Spectre.Console.Rendering;
using SpectreText = Spectre.Console.Text;

namespace Simkl.Site.Cli.Progress;

/// <summary>A Spectre.Console progress display: one line per stage with a bar, the count and the rate.</summary>
internal static class LiveProgress
{

    public static Task<T> RunAsync<T>(IAnsiConsole console, Func<IRunProgress, Task<T>> work) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn { Width = 20 }, new CountColumn(), new RateColumn())
            .StartAsync(context => work(new Stages(context)));

    private sealed class Stages(ProgressContext context) : IRunProgress
    {
        public IProgressStage Begin(string stage, int total = 0, string unit = "items")
        {
            var task = context.AddTask(Markup.Escape(stage), autoStart: true, maxValue: Math.Max(total, 1));
            task.IsIndeterminate = total == 0;
            task.Tag = new StageInfo(unit, total > 0);
            return new Stage(task, total);
        }
    }

    /// <summary>What the columns need to know about a stage, kept in its task's tag.</summary>
    private sealed record StageInfo(string Unit, bool Counted);

    private sealed class Stage(ProgressTask task, int total) : IProgressStage
    {
        private int done;

        public void Advance(int items = 1)
        {
            var now = Interlocked.Add(ref done, items);

            // Fallbacks and pages found on the way can pass the announced total.
            if (now > task.MaxValue)
            {
                task.MaxValue = now;
            }

            task.Increment(items);
        }

        public void Dispose()
        {
            if (total == 0)
            {
                task.IsIndeterminate = false;
            }

            task.Value = task.MaxValue;
            task.StopTask();
        }
    }

    /// <summary>"12/40 pages".</summary>
    private sealed class CountColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            task.Tag is not StageInfo { Counted: true } info ? SpectreText.Empty : new SpectreText(string.Create(CultureInfo.InvariantCulture, $"{task.Value:N0}/{task.MaxValue:N0} {info.Unit}"));
    }

    /// <summary>"612 pages/s" while a counted stage runs, its time when it is done.</summary>
    private sealed class RateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            if (task.Tag is not StageInfo { Counted: var counted, Unit: var unit })
            {
                return SpectreText.Empty;
            }

            if (task.IsFinished && task.ElapsedTime is { } elapsed)
            {
                var rate = elapsed.TotalSeconds > 0 && counted ? string.Create(CultureInfo.InvariantCulture, $", {task.Value / elapsed.TotalSeconds:N0} {unit}/s") : "";
                return new SpectreText(string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:0.00} s{rate}"));
            }

            return task.Speed is { } speed && counted
                ? new SpectreText(string.Create(CultureInfo.InvariantCulture, $"{speed:N0} {unit}/s"))
                : SpectreText.Empty;
        }
    }
}
