using Simkl.Site.Build;

namespace Simkl.Site.Tests.Build;

public sealed class BuildOptionsTests
{
    /// <summary>A library build writes the feeds its pages link to: the default outputs are the CLI's.</summary>
    [Fact]
    public void Default_outputs_are_the_build_commands()
    {
        var options = new BuildOptions();
        Assert.Equal(
            OutputGenerators.Default().Select(g => g.GetType()),
            options.Generators.Select(g => g.GetType()));
        Assert.NotEmpty(options.Generators);
    }
}
