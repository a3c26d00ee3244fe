namespace Simkl.Site.Model;

/// <summary>
/// An airing's own history, as far as calendar apps need it: when what is known about it last
/// changed (the capture time of the snapshot that first showed its current content) and how often
/// its time moved. Feeds use it for DTSTAMP, LAST-MODIFIED and SEQUENCE, so an event's bytes
/// change only when the event does.
/// </summary>
public readonly record struct AiringRevision(DateTimeOffset Modified, int Sequence);
