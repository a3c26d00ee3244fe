namespace Simkl.Site.Rendering;

/// <summary>
/// The template engine's limits, sized for Simkl's data with room to spare. Reaching one means the
/// data is far outside anything Simkl publishes (or a template loops), so the page fails the build.
/// </summary>
public static class RenderLimits
{
    /// <summary>
    /// Characters one page may render (body and layout). The busiest real day (~370 airings) is
    /// about 1 MB; 3,000 titles on one day about 9 MB; the upcoming calendar of the 20k-title
    /// snapshot about 15 MB. 256 Mi characters keeps far above those and below memory trouble.
    /// </summary>
    public const int OutputChars = 256 * 1024 * 1024;

    /// <summary>One converted value or included partial; a partial holds a whole calendar.</summary>
    public const int StringChars = OutputChars;

    /// <summary>Loop iterations per page (cards × episodes across nested loops).</summary>
    public const int LoopIterations = 50_000_000;

    /// <summary>Nested function/include calls; our partials nest at most four deep.</summary>
    public const int Recursion = 64;

    /// <summary>Depth of an object graph converted to text; views are flat records.</summary>
    public const int ObjectRecursion = 20;
}
