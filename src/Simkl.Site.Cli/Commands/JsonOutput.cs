using System.Text.Json;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Cli.Commands;

/// <summary>
/// <c>--json</c>: one indented JSON document on stdout, with the options of the files the tool
/// writes (camelCase, kebab-case enums, nulls left out), so a report reads the same in a file and
/// on stdout.
/// </summary>
internal static class JsonOutput
{
    public static void Write<T>(TextWriter output, T value) =>
        output.WriteLine(JsonSerializer.Serialize(value, SnapshotJson.Options));
}
