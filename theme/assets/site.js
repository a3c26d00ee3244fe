/* Simkl.Site progressive enhancement (plain deferred script, no dependencies, no inline code).
   Without it every page is complete: times in the site's zone, days grouped in the site's zone,
   per-kind pages instead of filters. With it:
   1. times are shown in the visitor's zone, and timed cards move to the day section of their
      local date ("Today" follows the visitor's own today);
   2. the filter form appears and hides cards by kind, premieres, finales and specials;
   3. "Jump to today" points at the visitor's today.
   ES2020, as the supported browsers run it. Hooks: docs/markup.md (data-calendar, data-day, data-time, data-filters, ...), not CSS classes. */
(() => {
  "use strict";

  if (typeof Intl === "undefined" || !Intl.DateTimeFormat) { return; }

  const CARD = "[data-simkl-id][data-kind]";
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  const dayParts = new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
  const timeParts = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const headingParts = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" });
  const stampParts = new Intl.DateTimeFormat("en-US", { timeZone: zone, weekday: "short", day: "numeric", month: "short", year: "numeric" });

  const each = (list, fn) => { for (const item of list) { fn(item); } };

  function parts(format, date) {
    const out = {};
    format.formatToParts(date).forEach((p) => { out[p.type] = p.value; });
    return out;
  }

  /* "2026-11-28": the visitor's calendar date of an instant (never sliced from the ISO text). */
  function localDay(date) {
    const p = parts(dayParts, date);
    return `${p.year}-${p.month}-${p.day}`;
  }

  function localTime(date) {
    const p = parts(timeParts, date);
    return `${p.hour}:${p.minute}`;
  }

  /* "Sat 28 Nov 2026, 21:00": for times shown outside a day section (title pages, premieres). */
  function localDateTime(date) {
    const p = parts(stampParts, date);
    return `${p.weekday} ${p.day} ${p.month} ${p.year}, ${localTime(date)}`;
  }

  /* "Saturday, 28 November 2026", as the templates write day headings. */
  function dayLabel(day) {
    const ymd = day.split("-");
    const p = parts(headingParts, new Date(Date.UTC(+ymd[0], +ymd[1] - 1, +ymd[2])));
    return `${p.weekday}, ${p.day} ${p.month} ${p.year}`;
  }

  function instantOf(card) {
    const time = card.querySelector("time[data-time]");
    const date = time ? new Date(time.getAttribute("datetime")) : null;
    return date && !Number.isNaN(date.getTime()) ? date : null;
  }

  function cardsIn(section) { return section.querySelectorAll(CARD); }

  /* 1. Visitor's zone ------------------------------------------------------------------------ */

  function showLocalTimes() {
    each(document.querySelectorAll("time[data-time]"), (time) => {
      const date = new Date(time.getAttribute("datetime"));
      if (Number.isNaN(date.getTime())) { return; }
      /* A bare "21:00" stays a bare time; a text that also names the day keeps naming it. */
      time.textContent = /^\d{1,2}:\d{2}$/.test(time.textContent.trim()) ? localTime(date) : localDateTime(date);
    });
    each(document.querySelectorAll("[data-zone-name]"), (el) => { el.textContent = zone; });
  }

  /* A new, empty day section shaped like an existing one (same element, classes, heading level). */
  function newSection(model, day) {
    const section = model.cloneNode(false);
    section.removeAttribute("aria-current");
    section.removeAttribute("hidden");
    section.setAttribute("data-day", day);
    section.id = `day-${day}`;
    const modelHeading = model.querySelector("h1, h2, h3, h4, h5, h6");
    const heading = document.createElement(modelHeading ? modelHeading.localName : "h2");
    if (modelHeading && modelHeading.className) { heading.className = modelHeading.className; }
    heading.id = `day-${day}-h`;
    section.setAttribute("aria-labelledby", heading.id);
    const time = document.createElement("time");
    time.setAttribute("datetime", day);
    time.textContent = dayLabel(day);
    heading.appendChild(time);
    section.appendChild(heading);
    const modelList = model.querySelector("ol, ul");
    section.appendChild(modelList ? modelList.cloneNode(false) : document.createElement("ol"));
    return section;
  }

  /* Keeps days in date order: before the first later day, else after the last one. */
  function placeSection(section, sections) {
    const day = section.getAttribute("data-day");
    let later = null;
    let last = null;
    each(sections, (s) => {
      if (!later && s.getAttribute("data-day") > day) { later = s; }
      last = s;
    });
    if (later) { later.parentNode.insertBefore(section, later); }
    else { last.parentNode.insertBefore(section, last.nextSibling); }
  }

  /* Timed cards in time order, after the day's date-only ("all day") cards. */
  function placeCard(section, card) {
    const list = section.querySelector("ol, ul");
    const at = instantOf(card);
    let before = null;
    each(list.children, (other) => {
      const when = instantOf(other);
      if (!before && when && when > at) { before = other; }
    });
    list.insertBefore(card, before);
    each(section.querySelectorAll(":scope > .empty"), (note) => note.remove());
  }

  function regroup(calendar) {
    const byDay = {};
    const sections = calendar.querySelectorAll("section[data-day]");
    if (!sections.length) { return; }
    each(sections, (s) => { byDay[s.getAttribute("data-day")] = s; });
    const model = sections[0];
    const emptied = [];

    each(calendar.querySelectorAll("section[data-day] " + CARD), (card) => {
      const date = instantOf(card);
      if (!date) { return; } /* date-only: a date, never moved */
      const from = card.closest("section[data-day]");
      const day = localDay(date);
      if (from.getAttribute("data-day") === day) { return; }
      let to = byDay[day];
      if (!to) {
        to = byDay[day] = newSection(model, day);
        placeSection(to, calendar.querySelectorAll("section[data-day]"));
      }
      placeCard(to, card);
      if (!cardsIn(from).length) { emptied.push(from); }
    });

    const today = moveToday(calendar, byDay, model);
    emptied.forEach((s) => {
      if (s !== today && !cardsIn(s).length && s.parentNode) { s.parentNode.removeChild(s); }
    });
    if (today && !cardsIn(today).length && !today.querySelector(":scope > .empty")) {
      today.appendChild(emptyNote());
    }
  }

  function emptyNote() {
    const note = document.createElement("p");
    note.className = "empty";
    note.textContent = "Nothing airs today.";
    return note;
  }

  /* The section marked today (site zone) hands "today" to the visitor's local today, when the
     calendar covers that day: aria-current and the "Today" label (id="today"); the old day goes
     if it has nothing. Returns the visitor's today section, if the calendar has one. */
  function moveToday(calendar, byDay, model) {
    const current = calendar.querySelector("section[aria-current='date']");
    if (!current) { return null; }
    const day = localDay(new Date());
    if (current.getAttribute("data-day") === day) { return current; }
    const days = Object.keys(byDay).sort();
    let target = byDay[day];
    if (!target) {
      if (day < days[0] || day > days[days.length - 1]) { return current; } /* outside this calendar */
      target = byDay[day] = newSection(model, day);
      placeSection(target, calendar.querySelectorAll("section[data-day]"));
    }

    current.removeAttribute("aria-current");
    target.setAttribute("aria-current", "date");
    const label = current.querySelector("#today");
    const heading = target.querySelector("h1, h2, h3, h4, h5, h6");
    if (label && heading) {
      if (label.nextSibling && label.nextSibling.nodeType === 3) { label.parentNode.removeChild(label.nextSibling); }
      heading.insertBefore(document.createTextNode(" "), heading.firstChild);
      heading.insertBefore(label, heading.firstChild);
    }
    const note = current.querySelector(":scope > .empty");
    note?.remove();
    if (!cardsIn(current).length && current.parentNode) { current.parentNode.removeChild(current); }
    return target;
  }

  /* 2. Filters -------------------------------------------------------------------------------- */

  function wireFilters(form) {
    let status = document.querySelector("[data-filter-status]");
    if (!status) {
      status = document.createElement("p");
      status.setAttribute("data-filter-status", "");
      status.setAttribute("aria-live", "polite");
      form.parentNode.insertBefore(status, form.nextSibling);
    }

    function checked(name) {
      const box = form.querySelector(`input[name='${name}']`);
      return !!(box && box.checked);
    }

    function apply() {
      const kinds = {};
      each(form.querySelectorAll("input[name='kind']"), (box) => { kinds[box.value] = box.checked; });
      const premieres = checked("premieres");
      const finales = checked("finales");
      const hideSpecials = checked("hide-specials");
      const cards = document.querySelectorAll("[data-calendar] " + CARD);
      let shown = 0;
      each(cards, (card) => {
        const kind = card.getAttribute("data-kind");
        const show = kinds[kind] !== false &&
          (!(premieres || finales) ||
            (premieres && card.getAttribute("data-premiere") === "true") ||
            (finales && !!card.getAttribute("data-finale"))) &&
          !(hideSpecials && card.getAttribute("data-special") === "true");
        card.hidden = !show;
        if (show) { shown++; }
      });
      each(document.querySelectorAll("[data-calendar] section[data-day]"), (section) => {
        const all = cardsIn(section);
        const visible = section.querySelectorAll(CARD + ":not([hidden])");
        section.hidden = all.length > 0 && visible.length === 0;
      });
      status.textContent = shown === cards.length
        ? `Showing all ${cards.length} entries.`
        : `Showing ${shown} of ${cards.length} entries.`;
    }

    form.addEventListener("change", apply);
    form.addEventListener("submit", (e) => { e.preventDefault(); });
    form.hidden = false;
    apply();
  }

  /* 3. Jump to today -------------------------------------------------------------------------- */

  function wireJumpToToday() {
    const today = document.getElementById("today");
    let target = today && today.closest("section[data-day]");
    each(document.querySelectorAll("[data-jump-today]"), (link) => {
      if (target) { link.setAttribute("href", `#${target.id || "today"}`); }
      else { link.hidden = true; }
    });
  }

  showLocalTimes();
  /* Day and week pages keep their days (the URL names the day); only their times follow the visitor. */
  each(document.querySelectorAll("[data-calendar]:not([data-fixed-days])"), regroup);
  each(document.querySelectorAll("form[data-filters]"), wireFilters);
  wireJumpToToday();
})();
