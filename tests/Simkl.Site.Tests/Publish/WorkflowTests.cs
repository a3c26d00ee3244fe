using YamlDotNet.RepresentationModel;
using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Publish;

/// <summary>The GitHub workflows: valid for GitHub (action-validator) and in the right order.</summary>
public class WorkflowTests
{
    private static readonly string Root = PublishingData.RepoRoot();

    public static TheoryData<string> Workflows() => new() { "schedule.yml", "pr.yml" };

    private static string Validator()
    {
        var validator = Path.Combine(Root, "node_modules", ".bin", "action-validator");
        Assert.True(File.Exists(validator),
            $"{validator} is missing: run `npm ci` in the repository root (it installs the pinned @action-validator/cli).");
        return validator;
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public async Task Passes_the_workflow_linter(string name)
    {
        var run = await ToolRun.RunAsync(Validator(), [Path.Combine(Root, ".github", "workflows", name)], Root);
        Assert.True(run.ExitCode == 0, $"action-validator rejected {name}:\n{run.Output}");
    }

    [Fact]
    public async Task The_linter_rejects_a_broken_workflow()
    {
        // Guards the test above against a linter that accepts anything.
        var dir = Directory.CreateTempSubdirectory("simkl-workflow-");
        try
        {
            var bad = Path.Combine(dir.FullName, "bad.yml");
            await File.WriteAllTextAsync(bad, "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - nope: 1\n");
            var run = await ToolRun.RunAsync(Validator(), [bad], dir.FullName);
            Assert.NotEqual(0, run.ExitCode);
            Assert.Contains("nope", run.Output);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static YamlMappingNode Load(string name)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Root, ".github", "workflows", name));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlNode? Get(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var next))
            {
                return null;
            }

            node = next;
        }

        return node;
    }

    private static string? Text(YamlNode node, params string[] path) => (Get(node, path) as YamlScalarNode)?.Value;

    private static List<YamlMappingNode> Steps(YamlMappingNode workflow, string job) =>
        [.. ((YamlSequenceNode)Get(workflow, "jobs", job, "steps")!).Children.Cast<YamlMappingNode>()];

    private static int IndexOf(List<YamlMappingNode> steps, string what, Func<YamlMappingNode, bool> predicate)
    {
        var matches = steps.Select((s, i) => (s, i)).Where(x => predicate(x.s)).Select(x => x.i).ToList();
        Assert.True(matches.Count == 1, $"expected exactly one '{what}' step, found {matches.Count}");
        return matches[0];
    }

    private static bool Uses(YamlMappingNode step, string action) => Text(step, "uses")?.StartsWith(action + "@", StringComparison.Ordinal) == true;

    private static bool Runs(YamlMappingNode step, string command) => Text(step, "run")?.Contains(command, StringComparison.Ordinal) == true;

    [Fact]
    public void Schedule_runs_every_six_hours_on_push_and_by_hand_one_at_a_time()
    {
        var w = Load("schedule.yml");
        var cron = Assert.Single(((YamlSequenceNode)Get(w, "on", "schedule")!).Children);
        Assert.Equal("17 */6 * * *", Text(cron, "cron"));
        Assert.Equal(["main"], ((YamlSequenceNode)Get(w, "on", "push", "branches")!).Children.Select(c => ((YamlScalarNode)c).Value));
        Assert.Equal("boolean", Text(w, "on", "workflow_dispatch", "inputs", "force", "type"));
        Assert.NotNull(Get(w, "on", "workflow_dispatch", "inputs", "reason"));
        Assert.Equal("publish", Text(w, "concurrency", "group"));
        Assert.Equal("false", Text(w, "concurrency", "cancel-in-progress"));
    }

    [Fact]
    public void Schedule_steps_come_in_order_restore_fetch_build_check_guard_deploy_record_save()
    {
        var steps = Steps(Load("schedule.yml"), "publish");
        var checkout = IndexOf(steps, "checkout", s => Uses(s, "actions/checkout"));
        var dotnet = IndexOf(steps, "setup-dotnet", s => Uses(s, "actions/setup-dotnet"));
        var restore = steps.FindIndex(s => Uses(s, "actions/cache/restore"));
        var fetch = IndexOf(steps, "fetch", s => Runs(s, "$SIMKL fetch"));
        var build = IndexOf(steps, "build", s => Runs(s, "$SIMKL build"));
        var check = IndexOf(steps, "check", s => Runs(s, "$SIMKL check"));
        var guard = IndexOf(steps, "guard", s => Runs(s, "$SIMKL guard \"${args[@]}\""));
        var node = IndexOf(steps, "setup-node", s => Uses(s, "actions/setup-node"));
        var deploy = IndexOf(steps, "deploy", s => Runs(s, "netlify-cli@"));
        var record = IndexOf(steps, "record", s => Runs(s, "guard --record"));
        var saves = steps.Select((s, i) => (s, i)).Where(x => Uses(x.s, "actions/cache/save")).Select(x => x.i).ToList();
        var upload = IndexOf(steps, "upload", s => Uses(s, "actions/upload-artifact"));

        Assert.True(restore >= 0, "no actions/cache/restore step");
        int[] order = [checkout, dotnet, restore, fetch, build, check, guard, node, deploy, record, saves.Min(), upload];
        Assert.Equal(order.Order(), order);

        Assert.Equal("global.json", Text(steps[dotnet], "with", "global-json-file"));
        Assert.Equal("22", Text(steps[node], "with", "node-version"));
        Assert.Equal("${{ secrets.SIMKL_CLIENT_ID }}", Text(steps[fetch], "env", "SIMKL_CLIENT_ID"));
        Assert.Equal("${{ secrets.NETLIFY_AUTH_TOKEN }}", Text(steps[deploy], "env", "NETLIFY_AUTH_TOKEN"));
        Assert.Equal("${{ secrets.NETLIFY_SITE_ID }}", Text(steps[deploy], "env", "NETLIFY_SITE_ID"));
        Assert.Matches(@"npx --yes netlify-cli@\d+\.\d+\.\d+ deploy --prod --no-build --dir _site", Text(steps[deploy], "run"));
        Assert.Equal("${{ steps.check.outcome }}", Text(steps[guard], "env", "CHECK_OUTCOME"));
        Assert.Equal("check", Text(steps[check], "id"));
        Assert.Equal("$SIMKL check --site _site", Text(steps[check], "run"));
        Assert.Contains("--site _site", Text(steps[record], "run"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_cli_is_published_for_the_runners_platform_so_it_is_precompiled()
    {
        // ReadyToRun applies only to a publish for a runtime identifier (the CLI's project sets it
        // then); without -r the build would start by JIT-compiling every method it runs.
        var w = Load("schedule.yml");
        var steps = Steps(w, "publish");
        var publish = IndexOf(steps, "publish the CLI", s => Runs(s, "dotnet publish src/Simkl.Site.Cli"));
        Assert.Equal("ubuntu-latest", Text(w, "jobs", "publish", "runs-on"));
        Assert.Equal("dotnet publish src/Simkl.Site.Cli -c Release -r linux-x64 -o artifacts/cli", Text(steps[publish], "run"));
        Assert.Equal("./artifacts/cli/simkl-site", Text(w, "jobs", "publish", "env", "SIMKL"));
        Assert.True(publish < steps.FindIndex(s => Runs(s, "$SIMKL build")));
    }

    [Fact]
    public void Caches_restore_by_prefix_and_only_the_publish_state_waits_for_success()
    {
        var steps = Steps(Load("schedule.yml"), "publish");
        var restores = steps.Where(s => Uses(s, "actions/cache/restore")).ToList();
        Assert.Equal(2, restores.Count);
        foreach (var r in restores)
        {
            Assert.Contains("${{ github.run_id }}", Text(r, "with", "key"));
            Assert.False(string.IsNullOrWhiteSpace(Text(r, "with", "restore-keys")));
        }

        Assert.Contains(restores, r => Text(r, "with", "path")!.Trim() == ".cache/snapshot");

        var saves = steps.Where(s => Uses(s, "actions/cache/save")).ToList();
        var snapshot = Assert.Single(saves, s => Text(s, "with", "path")!.Trim() == ".cache/snapshot");
        Assert.Contains("always()", Text(snapshot, "if"));
        var published = Assert.Single(saves, s => Text(s, "with", "path")!.Contains(".cache/published", StringComparison.Ordinal));
        Assert.Equal("success()", Text(published, "if"));
        Assert.Contains(".cache/state", Text(published, "with", "path"));
    }

    [Fact]
    public void Pull_requests_run_the_test_command_then_build_and_check_the_sample()
    {
        var w = Load("pr.yml");
        Assert.NotNull(Get(w, "on", "pull_request"));
        var job = ((YamlMappingNode)Get(w, "jobs")!).Children.Single();
        var steps = Steps(w, ((YamlScalarNode)job.Key).Value!);
        var tests = IndexOf(steps, "tests", s => Runs(s, "bash .ci/run"));
        var build = IndexOf(steps, "sample build", s => Runs(s, "-- build"));
        var check = IndexOf(steps, "check", s => Runs(s, "-- check"));
        Assert.True(tests < build && build < check);
        Assert.EndsWith("-- check --site _site", Text(steps[check], "run"), StringComparison.Ordinal);
    }
}
