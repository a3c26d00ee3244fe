namespace Simkl.Site;

/// <summary>
/// A failure the person running the tool can act on (bad settings, unreachable data, failed check);
/// its message is printed as is, without a stack trace.
/// </summary>
public class SiteException : Exception
{
    public SiteException(string message) : base(message) { }
    public SiteException(string message, Exception inner) : base(message, inner) { }
}
