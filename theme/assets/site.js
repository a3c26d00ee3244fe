/* Simkl.Site progressive enhancement (plain deferred script, no dependencies, no inline code).
   Without it every page is complete: times in the site's zone, days grouped in the site's zone,
   per-kind pages instead of filters. With it:
   1. times are shown in the visitor's zone, and timed cards move to the day section of their
      local date ("Today" follows the visitor's own today);
   2. the filter form appears and hides cards by kind, premieres, finales and specials;
   3. "Jump to today" points at the visitor's today;
   4. "Mark watched" appears once an episode has aired by the visitor's clock.
   ES2020, as the supported browsers run it. Hooks: docs/markup.md (data-calendar, data-day, data-time, data-filters, ...), not CSS classes. */
(() => {
  "use strict";

  if (typeof Intl === "undefined" || !Intl.DateTimeFormat) { return; }

  const CARD = "[data-simkl-id][data-kind]";
  /* Preferences (prefs.js saves them): a time-zone override and 12/24-hour times; an embed's own
     address (?tz=, ?hours=) wins over them. An unknown zone falls back to the browser's. */
  const query = new URLSearchParams(location.search);
  let prefs = {};
  try { prefs = JSON.parse(localStorage.getItem("simkl-prefs")) || {}; } catch (e) { prefs = {}; }
  const validZone = (z) => { try { return !!z && !!new Intl.DateTimeFormat("en", { timeZone: z }); } catch (e) { return false; } };
  const wanted = query.get("tz") || prefs.zone;
  const zone = validZone(wanted) ? wanted : (Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
  /* An explicit choice (?hours= on an embed, the preferences) wins; else the visitor's locale decides
     12- or 24-hour times. Dates stay in the site's one English format. */
  const hoursChoice = query.get("hours") || prefs.hours;
  const hours12 = hoursChoice === "12" || (hoursChoice !== "24" && !!new Intl.DateTimeFormat(undefined, { hour: "numeric" }).resolvedOptions().hour12);
  const dayParts = new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
  /* clock.js reads the same choice from here, so both scripts show one zone and one clock. */
  document.documentElement.setAttribute("data-visitor-zone", zone);
  document.documentElement.setAttribute("data-visitor-hours", hours12 ? "12" : "24");
  const timeParts = hours12
    ? new Intl.DateTimeFormat("en-US", { timeZone: zone, hour: "numeric", minute: "2-digit", hourCycle: "h12" })
    : new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
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
    return hours12 ? `${p.hour}:${p.minute} ${p.dayPeriod}` : `${p.hour}:${p.minute}`;
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

  /* 2. Filters: one model (kinds, premieres, finales, specials) for every card of the page, kept
     in the address (?kind=tv&premieres=1) so a reload or a shared link shows the same. Only the
     choices that apply to the page are shown; each replaces the plain filter links of the same choice. */

  const FLAGS = ["premieres", "finales", "hide-specials"];

  function wireFilters(form) {
    let status = document.querySelector("[data-filter-status]");
    if (!status) {
      status = document.createElement("p");
      status.setAttribute("data-filter-status", "");
      status.setAttribute("aria-live", "polite");
      form.parentNode.insertBefore(status, form.nextSibling);
    }
    const cards = document.querySelectorAll("main " + CARD);
    const kindBoxes = form.querySelectorAll("input[name='kind']");
    const has = (sel) => document.querySelector("main " + CARD + sel) !== null;
    const present = {};
    each(cards, (card) => { present[card.getAttribute("data-kind")] = true; });
    let kinds = 0;
    each(kindBoxes, (box) => { box.closest("label").hidden = !present[box.value]; if (present[box.value]) { kinds++; } });
    const kindSet = form.querySelector("[data-filter-kinds]");
    if (kindSet) { kindSet.hidden = kinds < 2; }
    const applies = { premieres: has("[data-premiere='true']"), finales: has("[data-finale]"), "hide-specials": has("[data-special='true']") };
    FLAGS.forEach((name) => { const box = form.elements[name]; if (box) { box.closest("label").hidden = !applies[name]; } });
    /* The plain filter links give way where the form offers the same choice: the kind links to the
       kind boxes, the premieres / finales / without-specials links to those boxes. */
    const offersFlag = FLAGS.some((name) => form.elements[name] && !form.elements[name].closest("label").hidden);
    each(document.querySelectorAll("[data-filter-alt]"), (nav) => {
      each(nav.querySelectorAll("[data-filter-links]"), (list) => {
        const group = list.getAttribute("data-filter-links");
        if ((group === "kind" && kinds >= 2) || (group === "show" && offersFlag)) { list.hidden = true; }
      });
      nav.hidden = !nav.querySelector("[data-filter-links]:not([hidden])");
    });

    const empty = document.createElement("p");
    empty.className = "filter-empty";
    empty.setAttribute("data-filter-empty", "");
    empty.hidden = true;
    empty.append("No entries match these filters. ");
    const reset = document.createElement("button");
    reset.type = "button";
    reset.className = "button";
    reset.setAttribute("data-filter-reset", "");
    reset.textContent = "Reset filters";
    empty.append(reset);
    status.parentNode.insertBefore(empty, status.nextSibling);

    /* A choice a plain page also shows gets a link to it (the build lists them: data-filter-pages). */
    const plain = {};
    each(document.querySelectorAll("[data-filter-pages] a[data-filter-query]"), (a) => { plain[a.getAttribute("data-filter-query")] = a; });
    const pageNote = document.createElement("p");
    pageNote.className = "filter-page";
    pageNote.setAttribute("data-filter-page", "");
    pageNote.hidden = true;
    status.parentNode.insertBefore(pageNote, status.nextSibling);

    /* The filter part of the address: kinds (only when not all), then the flags, in the form's order. */
    function filterQuery() {
      const q = new URLSearchParams();
      const on = [...kindBoxes].filter((b) => b.checked && !b.closest("label").hidden);
      if (on.length < [...kindBoxes].filter((b) => !b.closest("label").hidden).length) { on.forEach((b) => q.append("kind", b.value)); }
      FLAGS.forEach((n) => { if (form.elements[n] && form.elements[n].checked) { q.set(n, "1"); } });
      return q;
    }

    function toUrl() {
      const q = new URLSearchParams(location.search);
      ["kind"].concat(FLAGS).forEach((n) => q.delete(n));
      filterQuery().forEach((value, name) => q.append(name, value));
      const text = q.toString();
      history.replaceState(history.state, "", location.pathname + (text ? `?${text}` : "") + location.hash);
    }

    function showPlainPage() {
      const link = plain[filterQuery().toString()];
      pageNote.textContent = "";
      if (link) {
        const a = document.createElement("a");
        a.href = link.getAttribute("href");
        a.textContent = link.textContent;
        pageNote.append("Also a page of its own: ", a);
      }
      pageNote.hidden = !link;
    }

    function fromUrl() {
      const wantKinds = query.getAll("kind");
      each(kindBoxes, (box) => { box.checked = !wantKinds.length || wantKinds.includes(box.value); });
      FLAGS.forEach((n) => { if (form.elements[n]) { form.elements[n].checked = query.get(n) === "1"; } });
    }

    function apply() {
      const on = {};
      each(kindBoxes, (box) => { on[box.value] = box.checked; });
      const flag = (n) => !!(form.elements[n] && form.elements[n].checked && !form.elements[n].closest("label").hidden);
      const premieres = flag("premieres");
      const finales = flag("finales");
      const hideSpecials = flag("hide-specials");
      let shown = 0;
      each(cards, (card) => {
        const show = on[card.getAttribute("data-kind")] !== false &&
          (!(premieres || finales) ||
            (premieres && card.getAttribute("data-premiere") === "true") ||
            (finales && !!card.getAttribute("data-finale"))) &&
          !(hideSpecials && card.getAttribute("data-special") === "true");
        card.hidden = !show;
        if (show) { shown++; }
      });
      /* Every section holding cards goes when none of its cards is left (days, premieres, lists). */
      each(document.querySelectorAll("main section"), (section) => {
        const all = cardsIn(section);
        section.hidden = all.length > 0 && section.querySelectorAll(CARD + ":not([hidden])").length === 0;
      });
      status.textContent = shown === cards.length
        ? `Showing all ${cards.length} entries.`
        : `Showing ${shown} of ${cards.length} entries.`;
      empty.hidden = shown > 0 || cards.length === 0;
      showPlainPage();
    }

    reset.addEventListener("click", () => { form.reset(); each(kindBoxes, (b) => { b.checked = true; }); apply(); toUrl(); });
    form.addEventListener("change", () => { apply(); toUrl(); });
    form.addEventListener("submit", (e) => { e.preventDefault(); apply(); toUrl(); });
    fromUrl();
    form.hidden = false;
    apply();
  }

  /* "Mark watched" only once an episode has aired, by the visitor's clock (the build decided by its
     own): an instant has aired from that instant, a date from the start of that day in the zone. */
  function markAired() {
    const now = new Date();
    const today = localDay(now);
    each(document.querySelectorAll("[data-mark-watched]"), (a) => {
      const at = a.getAttribute("data-aired-at");
      const on = a.getAttribute("data-aired-on");
      if (at) { a.hidden = new Date(at) > now; }
      else if (on) { a.hidden = on > today; }
    });
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
  markAired();
  setInterval(markAired, 30000);
})();
