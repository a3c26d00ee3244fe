namespace Simkl.Site.Rendering;

/// <summary>
/// The template engine's limits, sized for Simkl's data with room to spare. Reaching one means the
/// data is far outside anything Simkl publishes (or a template loops), so the page fails the build.
/// </summary>
public sealed record RenderLimits
{
    /// <summary>The limits every build uses.</summary>
    public static readonly RenderLimits Default = new();

    /// <summary>
    /// Characters one page may render (body and layout). The busiest real day (~370 airings) is
    /// about 1 MB; 3,000 titles on one day about 9 MB; the upcoming calendar of the 20k-title
    /// snapshot about 5 MB. 256 Mi characters keeps far above those and below memory trouble.
    /// </summary>
    public int OutputChars { get; init; } = 256 * 1024 * 1024;

    /// <summary>One converted value or included partial; a partial can hold a whole calendar.</summary>
    public int StringChars { get; init; } = 256 * 1024 * 1024;

    /// <summary>Loop iterations per page (cards × episodes across nested loops).</summary>
    public int LoopIterations { get; init; } = 50_000_000;

    /// <summary>Nested function/include calls; our partials nest at most four deep.</summary>
    public int Recursion { get; init; } = 64;

    /// <summary>Depth of an object graph converted to text; views are flat records.</summary>
    public int ObjectRecursion { get; init; } = 20;
}
