using Simkl.Site.Model;

namespace Simkl.Site.Outputs.Atom;

/// <summary>One premiere or finale in the Atom feed, before it is written.</summary>
public sealed record AtomEntry(string Key, Title Title, AiringTime When, string Headline, string Label, string Category, string SimklUrl);
