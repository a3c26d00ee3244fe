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
