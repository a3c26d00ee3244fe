using System.Text.Json;
using Microsoft.Playwright;

namespace Simkl.Site.BrowserTests.Infrastructure;

/// <summary>
/// The day sections of a page's calendars as the browser shows them: one line per section,
/// "2026-11-28 [today] Saturday, 28 November 2026: 502@All day, 102@01:30", so a failing
/// assertion shows the whole layout at a glance.
/// </summary>
internal static class CalendarLayout
{
    public static async Task<IReadOnlyList<string>> ReadAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>(
            """
            () => JSON.stringify([...document.querySelectorAll('[data-calendar] section[data-day]')].map(s => {
              const heading = s.querySelector('h1,h2,h3,h4,h5,h6');
              const time = heading && heading.querySelector('time');
              const cards = [...s.querySelectorAll('[data-simkl-id][data-kind]')]
                .map(c => c.dataset.simklId + '@' + c.querySelector('time').textContent.trim());
              return s.dataset.day + (s.getAttribute('aria-current') === 'date' ? ' [today]' : '') + ' ' +
                (time ? time.textContent.trim() : '?') + ': ' + cards.join(', ') +
                (s.querySelector(':scope > .empty') ? ' (empty note)' : '');
            }))
            """);
        return JsonSerializer.Deserialize<string[]>(json)!;
    }

    /// <summary>Every card of the page's calendars, as "kind id season episode" (the entries, wherever they are).</summary>
    public static async Task<IReadOnlyList<string>> EntriesAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>(
            """
            () => JSON.stringify([...document.querySelectorAll('[data-calendar] [data-simkl-id][data-kind]')]
              .map(c => [c.dataset.kind, c.dataset.simklId, c.dataset.season ?? '-', c.dataset.episode ?? '-',
                         c.querySelector('time').getAttribute('datetime')].join(' ')))
            """);
        return [.. JsonSerializer.Deserialize<string[]>(json)!.Order(StringComparer.Ordinal)];
    }
}
