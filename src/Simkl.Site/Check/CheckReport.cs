namespace Simkl.Site.Check;

/// <summary>One problem found in the output: a site-relative file path ('/'-separated), a 1-based line and what is wrong.</summary>
public sealed record CheckProblem(string Path, int Line, string Message)
{
    public override string ToString() => $"{Path}:{Line}: {Message}";
}

/// <summary>The result of checking an output folder.</summary>
public sealed record CheckReport(int Pages, int Links, IReadOnlyList<CheckProblem> Problems)
{
    public bool Ok => Problems.Count == 0;
}
