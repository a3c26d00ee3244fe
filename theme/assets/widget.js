/*! <simkl-calendar> web component from Simkl.Site. No dependencies.
 * <script src="https://SITE/widget.js" defer></script>
 * <simkl-calendar kind="tv" days="7" limit="20" theme="auto"></simkl-calendar>
 * Attributes: kind (all|tv|anime|movie), days (1-60, default 7), limit (1-200, default 20),
 * theme (auto|light|dark), heading-level (2-6, default 3), time-zone (an IANA zone; default the
 * visitor's, or their choice on the site itself), hour-cycle (12|24), spoiler-safe (no episode
 * titles), src (a calendar JSON URL; default the site's own __API_CALENDAR__). Every node is built with createElement/textContent: data is
 * never parsed as HTML, and only http(s) links are made. The colours are the site's
 * (theme/assets/tokens.css, put in for the palette token when the site is built). */
(() => {
  'use strict';
  const NAME = 'simkl-calendar';
  if (!window.customElements || customElements.get(NAME)) return;

  // Resolve the default data URL against this script's own origin, so hot-linked copies read the
  // site that serves them.
  const self = document.currentScript && document.currentScript.src;
  const DEFAULT_SRC = new URL('__API_CALENDAR__', self || location.href).href;
  const KINDS = { tv: 'TV', anime: 'Anime', movie: 'Movie' };
  const FINALES = { 'mid-season': 'Mid-season finale', season: 'Season finale', series: 'Series finale' };

  const CSS = `
:host{display:block;font:14px/1.4 system-ui,sans-serif}
__PALETTE__
.w{background:var(--bg);color:var(--text);border:1px solid var(--border);border-radius:var(--radius);padding:.5em .75em;max-width:100%;box-sizing:border-box;overflow-wrap:anywhere}
h2,h3,h4,h5,h6{font-size:1em;margin:.75em 0 .25em}
ul{list-style:none;margin:0;padding:0}
li{padding:.3em 0;border-top:1px solid var(--border)}
a{color:var(--link)}
time{font-variant-numeric:tabular-nums;color:var(--muted);margin-right:.4em}
.tag{display:inline-block;background:var(--surface);border-radius:3px;padding:0 .3em;margin-left:.3em;font-size:.85em}
.et,.m{color:var(--muted)}
.et{display:block;font-size:.9em}
.m{font-size:.85em;margin:.6em 0 0}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

  let sheet = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  } catch {
    sheet = null;
  }

  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    for (const c of children) if (c !== null && c !== undefined) node.append(c); // strings become text nodes
    return node;
  };

  // Only absolute http(s) URLs become links.
  const safeUrl = (u) => {
    try {
      const url = new URL(String(u));
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch {
      return null;
    }
  };

  const link = (href, text) => {
    const url = safeUrl(href);
    if (!url) return el('span', null, text);
    return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text, el('span', { class: 'vh' }, ' (opens in a new tab)'));
  };

  const int = (value, fallback, min, max) => {
    const n = parseInt(value, 10);
    return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
  };

  const pad = (n) => String(n).padStart(2, '0');
  const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
  const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

  // The site's own preferences (prefs.js), when the widget runs on the site itself.
  let prefs = {};
  try {
    prefs = JSON.parse(localStorage.getItem('simkl-prefs')) || {};
  } catch {
    prefs = {};
  }
  const validZone = (z) => {
    try {
      return !!z && !!new Intl.DateTimeFormat('en', { timeZone: z });
    } catch {
      return false;
    }
  };

  // Day keys (YYYY-MM-DD) in the chosen or the visitor's zone; date-only values keep their own date.
  const keyFormatIn = (zone) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const dayKey = (format, date) => {
    const p = {};
    for (const part of format.formatToParts(date)) p[part.type] = part.value;
    return `${p.year}-${p.month}-${p.day}`;
  };
  const addDays = (key, n) => {
    const [, y, m, d] = DATE.exec(key);
    const t = new Date(Date.UTC(+y, +m - 1, +d + n));
    return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  };
  const timeFormatIn = (zone, h12) => new Intl.DateTimeFormat(h12 ? 'en-US' : undefined,
    h12 ? { timeZone: zone, hour: 'numeric', minute: '2-digit', hourCycle: 'h12' } : { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const headingFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  const dayHeading = (key) => {
    const [, y, m, d] = DATE.exec(key);
    return headingFormat.format(new Date(Date.UTC(+y, +m - 1, +d)));
  };

  class SimklCalendar extends HTMLElement {
    static get observedAttributes() {
      return ['kind', 'days', 'limit', 'src', 'heading-level', 'time-zone', 'hour-cycle', 'spoiler-safe'];
    }

    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
      this._run = 0;
    }

    connectedCallback() {
      this._load();
    }

    attributeChangedCallback() {
      if (this.isConnected) this._load();
    }

    async _load() {
      const run = ++this._run;
      const src = safeUrl(new URL(this.getAttribute('src') || DEFAULT_SRC, location.href).href);
      this._show(el('p', { role: 'status' }, 'Loading the calendar…'), true);
      try {
        if (!src) throw new Error('bad src');
        const response = await fetch(src, { mode: 'cors', credentials: 'omit' });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const data = await response.json();
        if (run !== this._run) return;
        if (!data || data.version !== 1 || !Array.isArray(data.items)) throw new Error('unexpected data');
        this._render(data);
      } catch (e) {
        if (run === this._run) this._show(el('p', { role: 'status' }, 'The calendar could not be loaded.'), false);
      }
    }

    _show(content, busy) {
      const box = el('div', { class: 'w', part: 'container', role: 'region', 'aria-label': this.getAttribute('aria-label') || 'Upcoming releases', 'aria-busy': String(busy) });
      box.append(content);
      // A constructed stylesheet is not inline CSS, so a host page's strict CSP (style-src 'self')
      // does not block it; older browsers get a <style> element.
      if (sheet) {
        this.shadowRoot.adoptedStyleSheets = [sheet];
        this.shadowRoot.replaceChildren(box);
      } else {
        const style = document.createElement('style');
        style.textContent = CSS;
        this.shadowRoot.replaceChildren(style, box);
      }

      return box;
    }

    _render(data) {
      const kind = { movies: 'movie', shows: 'tv' }[this.getAttribute('kind')] || this.getAttribute('kind');
      const days = int(this.getAttribute('days'), 7, 1, 60);
      const limit = int(this.getAttribute('limit'), 20, 1, 200);
      const level = int(this.getAttribute('heading-level'), 3, 2, 6);
      const wanted = this.getAttribute('time-zone') || prefs.zone;
      const zone = validZone(wanted) ? wanted : undefined;
      const h12 = (this.getAttribute('hour-cycle') || prefs.hours) === '12';
      const keyFormat = keyFormatIn(zone);
      const timeFormat = timeFormatIn(zone, h12);
      const spoilerSafe = this.hasAttribute('spoiler-safe');
      const today = dayKey(keyFormat, new Date());
      const last = addDays(today, days - 1);

      const groups = new Map();
      let count = 0;
      for (const item of data.items) {
        if (count >= limit) break;
        if (!item || typeof item.title !== 'string' || (kind && kind !== 'all' && item.kind !== kind)) continue;
        let key;
        let time;
        if (typeof item.airsAt === 'string' && INSTANT.test(item.airsAt)) {
          const at = new Date(item.airsAt);
          key = dayKey(keyFormat, at);
          time = el('time', { datetime: item.airsAt }, timeFormat.format(at));
        } else if (typeof item.date === 'string' && DATE.test(item.date)) {
          key = item.date;
          time = el('time', { datetime: item.date }, 'All day');
        } else {
          continue;
        }

        if (key < today || key > last) continue;
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key).push(this._item(item, time, kind, spoilerSafe));
        count++;
      }

      const box = this._show(document.createDocumentFragment(), false);
      if (groups.size === 0) {
        box.append(el('p', null, `Nothing scheduled in the next ${days} days.`));
      }

      for (const key of [...groups.keys()].sort()) {
        const id = `d-${key}`;
        const attrs = { 'aria-labelledby': id, 'data-day': key };
        if (key === today) attrs['aria-current'] = 'date';
        box.append(el('section', attrs,
          el(`h${level}`, { id }, el('time', { datetime: key }, dayHeading(key))),
          el('ul', null, ...groups.get(key))));
      }

      const site = data.site || {};
      const footer = el('p', { class: 'm' }, 'Data from ', link('https://simkl.com/', 'Simkl'));
      if (typeof site.title === 'string' && safeUrl(site.url)) footer.append(' · ', link(site.url, site.title));
      box.append(footer);
    }

    _item(item, time, kind, spoilerSafe) {
      const attrs = { 'data-kind': String(item.kind), 'data-simkl-id': String(item.simklId) };
      if (item.episode !== null && item.episode !== undefined) attrs['data-episode'] = String(item.episode);
      const li = el('li', attrs, time, link(item.url, item.title));
      if (typeof item.episodeCode === 'string') li.append(' ', item.episodeCode);
      if ((!kind || kind === 'all') && KINDS[item.kind]) li.append(el('span', { class: 'tag' }, KINDS[item.kind]));
      if (item.premiere === true) li.append(el('span', { class: 'tag' }, 'Premiere'));
      if (FINALES[item.finale]) li.append(el('span', { class: 'tag' }, FINALES[item.finale]));
      if (!spoilerSafe && typeof item.episodeTitle === 'string') li.append(el('span', { class: 'et' }, item.episodeTitle));
      return li;
    }
  }

  customElements.define(NAME, SimklCalendar);
})();
