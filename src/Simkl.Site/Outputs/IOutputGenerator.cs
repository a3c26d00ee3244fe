using Simkl.Site.Index;

namespace Simkl.Site.Outputs;

/// <summary>
/// One output format of the site (feeds, JSON, widgets): files from the build context and the
/// index, which is computed once per build and is where every output takes its airings from.
/// </summary>
public interface IOutputGenerator
{
    IEnumerable<OutputFile> Generate(BuildContext context, SiteIndex index);
}

/// <summary>Receives one file: its site-relative path and its bytes, valid only during the call.</summary>
public delegate void AddFile(string path, ReadOnlySpan<byte> content);

/// <summary>
/// An output of many independent files (feeds per title). The build asks for them through
/// <see cref="Generate(BuildContext, SiteIndex, int, AddFile)"/>: each file is handed to the
/// writer as soon as it is made, on up to <c>parallelism</c> threads at once and in no fixed
/// order, straight from a pooled buffer. <see cref="IOutputGenerator.Generate(BuildContext, SiteIndex)"/>
/// gives the same files with the same bytes, one at a time in a fixed order.
/// </summary>
public interface IParallelOutputGenerator : IOutputGenerator
{
    /// <summary>Hands every file to <paramref name="add"/> (thread-safe), from up to <paramref name="parallelism"/> threads.</summary>
    void Generate(BuildContext context, SiteIndex index, int parallelism, AddFile add);
}
