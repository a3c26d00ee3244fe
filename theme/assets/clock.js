/* Simkl.Site: what depends on the visitor's clock (plain deferred script, no dependencies).
   Without it the page shows the build's view: the "now" line at the build time, countdowns from
   then, today's "All N today" links. With it, against the visitor's clock and locale:
   1. up-next lists (data-up-next) move the "now" line, dim what has aired, show the next 24 hours
      and count down ("in 2 h"), every minute;
   2. the "All N today" links (data-day-links) of the visitor's today are the ones shown;
   3. when the latest capture (the JSON file data-data-age names) is older than one refresh, the
      page says newer data is on its way.
   Hooks: docs/markup.md. ES2020. */
(() => {
  "use strict";

  const HOUR = 3600e3;
  /* The visitor's zone and 12/24-hour choice as site.js resolved them (preferences, else the
     browser's zone and locale): "21:00" or "9:00 PM". site.js runs first (both are deferred, in
     document order) and sets both on <html> whenever Intl exists. */
  const root = document.documentElement;
  const zone = root.getAttribute("data-visitor-zone") || undefined;
  const hours12 = root.getAttribute("data-visitor-hours") === "12";
  const clock = typeof Intl === "undefined" ? null
    : new Intl.DateTimeFormat(hours12 ? "en-US" : "en-GB", { timeZone: zone, hour: hours12 ? "numeric" : "2-digit", minute: "2-digit", hourCycle: hours12 ? "h12" : "h23" });
  const dayParts = typeof Intl === "undefined" ? null
    : new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });

  /* The same words as the build writes: "in 45 min", "in 2 h 30 min", "in 5 h", "now", "2 h ago". */
  function countdown(ms) {
    const minutes = Math.round(Math.abs(ms) / 60e3);
    if (minutes === 0) { return "now"; }
    const span = minutes < 60 ? `${minutes} min`
      : minutes < 180 && minutes % 60 !== 0 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min`
      : `${Math.round(minutes / 60)} h`;
    return ms < 0 ? `${span} ago` : `in ${span}`;
  }

  function instant(li) {
    const time = li.querySelector("time[data-time]");
    return time ? Date.parse(time.getAttribute("datetime")) : NaN;
  }

  function upNext(section, t) {
    const list = section.querySelector("ol");
    const line = list && list.querySelector("[data-now-line]");
    if (!line) { return; }
    const showAired = Number(section.getAttribute("data-show-aired")) || 0;
    const showNext = Number(section.getAttribute("data-show-next")) || 0;
    const aired = [];
    const next = [];
    for (const li of list.querySelectorAll("[data-up-next-item]")) {
      const at = instant(li);
      if (!Number.isNaN(at)) { (at < t ? aired : next).push([li, at]); }
    }
    aired.forEach(([li, at], i) => {
      li.hidden = !(i >= aired.length - showAired && t - at <= 3 * HOUR);
      li.classList.add("is-aired");
      li.setAttribute("data-aired", "");
      li.querySelector("[data-countdown]").textContent = countdown(at - t);
    });
    next.forEach(([li, at], i) => {
      li.hidden = !(i < showNext && at - t < 24 * HOUR);
      li.classList.remove("is-aired");
      li.removeAttribute("data-aired");
      li.querySelector("[data-countdown]").textContent = countdown(at - t);
    });
    list.insertBefore(line, next.length ? next[0][0] : null);
    const time = line.querySelector("time");
    if (time) {
      time.setAttribute("datetime", new Date(t).toISOString().replace(/\.\d{3}Z$/, "Z"));
      if (clock) { time.textContent = clock.format(new Date(t)); }
    }
    const empty = section.querySelector("[data-up-next-empty]");
    if (empty) { empty.hidden = next.some(([li]) => !li.hidden); }
  }

  function localDay(date) {
    if (dayParts) {
      const p = {};
      dayParts.formatToParts(date).forEach((x) => { p[x.type] = x.value; });
      return `${p.year}-${p.month}-${p.day}`;
    }
    const pad = (n) => String(n).padStart(2, "0");
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }

  function dayLinks(today) {
    const sets = [...document.querySelectorAll("[data-day-links]")];
    const match = sets.find((s) => s.getAttribute("data-day-links") === today);
    if (match) { sets.forEach((s) => { s.hidden = s !== match; }); }
  }

  /* The latest capture time, from the small JSON file every build writes (data-data-age names it):
     a page's own "Updated" time says when its content last changed, which on a page kept from an
     older build can be days old while the data is fresh. Without the file (or without fetch) the
     note stays hidden. */
  const note = document.querySelector("[data-data-age]");
  let capturedAt = NaN;

  function dataAge(t) {
    if (note && !Number.isNaN(capturedAt)) { note.hidden = t - capturedAt < 7 * HOUR; }
  }

  function tick() {
    const t = Date.now();
    document.querySelectorAll("[data-up-next]").forEach((s) => upNext(s, t));
    dayLinks(localDay(new Date(t)));
    dataAge(t);
  }

  tick();
  setInterval(tick, 60e3);

  const captureUrl = note && note.getAttribute("data-data-age");
  if (captureUrl && typeof fetch === "function") {
    fetch(captureUrl, { headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : null))
      .then((capture) => {
        const at = capture && typeof capture.capturedAt === "string" ? Date.parse(capture.capturedAt) : NaN;
        if (!Number.isNaN(at)) { capturedAt = at; dataAge(Date.now()); }
      })
      .catch(() => {});
  }
})();
