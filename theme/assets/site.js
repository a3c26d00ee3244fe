/* Simkl.Site progressive enhancement (plain deferred script, no dependencies, no inline code).
   Without it every page is complete: times in the site's zone, days grouped in the site's zone,
   per-kind pages instead of filters. With it:
   1. times are shown in the visitor's zone, and timed cards move to the day section of their
      local date ("Today" follows the visitor's own today);
   2. the filter form appears and hides cards by kind, premieres, finales and specials;
   3. "Jump to today" points at the visitor's today.
   Hooks: docs MARKUP.md (data-calendar, data-day, data-time, data-filters, ...), not CSS classes. */
(function () {
  "use strict";

  if (typeof Intl === "undefined" || !Intl.DateTimeFormat || !document.querySelectorAll) { return; }

  var CARD = "[data-simkl-id][data-kind]";
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  var dayParts = new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
  var timeParts = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  var headingParts = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" });
  var stampParts = new Intl.DateTimeFormat("en-US", { timeZone: zone, weekday: "short", day: "numeric", month: "short", year: "numeric" });

  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  function parts(format, date) {
    var out = {};
    format.formatToParts(date).forEach(function (p) { out[p.type] = p.value; });
    return out;
  }

  /* "2026-11-28": the visitor's calendar date of an instant (never sliced from the ISO text). */
  function localDay(date) {
    var p = parts(dayParts, date);
    return p.year + "-" + p.month + "-" + p.day;
  }

  function localTime(date) {
    var p = parts(timeParts, date);
    return p.hour + ":" + p.minute;
  }

  /* "Sat 28 Nov 2026, 21:00": for times shown outside a day section (title pages, premieres). */
  function localDateTime(date) {
    var p = parts(stampParts, date);
    return p.weekday + " " + p.day + " " + p.month + " " + p.year + ", " + localTime(date);
  }

  /* "Saturday, 28 November 2026", as the templates write day headings. */
  function dayLabel(day) {
    var ymd = day.split("-");
    var p = parts(headingParts, new Date(Date.UTC(+ymd[0], +ymd[1] - 1, +ymd[2])));
    return p.weekday + ", " + p.day + " " + p.month + " " + p.year;
  }

  function instantOf(card) {
    var time = card.querySelector("time[data-time]");
    var date = time && new Date(time.getAttribute("datetime"));
    return date && !isNaN(date.getTime()) ? date : null;
  }

  function cardsIn(section) { return section.querySelectorAll(CARD); }

  /* 1. Visitor's zone ------------------------------------------------------------------------ */

  function showLocalTimes() {
    each(document.querySelectorAll("time[data-time]"), function (time) {
      var date = new Date(time.getAttribute("datetime"));
      if (isNaN(date.getTime())) { return; }
      /* A bare "21:00" stays a bare time; a text that also names the day keeps naming it. */
      time.textContent = /^\d{1,2}:\d{2}$/.test(time.textContent.trim()) ? localTime(date) : localDateTime(date);
    });
    each(document.querySelectorAll("[data-zone-name]"), function (el) { el.textContent = zone; });
  }

  /* A new, empty day section shaped like an existing one (same element, classes, heading level). */
  function newSection(model, day) {
    var section = model.cloneNode(false);
    section.removeAttribute("aria-current");
    section.removeAttribute("hidden");
    section.setAttribute("data-day", day);
    section.id = "day-" + day;
    var modelHeading = model.querySelector("h1, h2, h3, h4, h5, h6");
    var heading = document.createElement(modelHeading ? modelHeading.localName : "h2");
    if (modelHeading && modelHeading.className) { heading.className = modelHeading.className; }
    heading.id = "day-" + day + "-h";
    section.setAttribute("aria-labelledby", heading.id);
    var time = document.createElement("time");
    time.setAttribute("datetime", day);
    time.textContent = dayLabel(day);
    heading.appendChild(time);
    section.appendChild(heading);
    var modelList = model.querySelector("ol, ul");
    section.appendChild(modelList ? modelList.cloneNode(false) : document.createElement("ol"));
    return section;
  }

  /* Keeps days in date order: before the first later day, else after the last one. */
  function placeSection(section, sections) {
    var day = section.getAttribute("data-day");
    var later = null;
    var last = null;
    each(sections, function (s) {
      if (!later && s.getAttribute("data-day") > day) { later = s; }
      last = s;
    });
    if (later) { later.parentNode.insertBefore(section, later); }
    else { last.parentNode.insertBefore(section, last.nextSibling); }
  }

  /* Timed cards in time order, after the day's date-only ("all day") cards. */
  function placeCard(section, card) {
    var list = section.querySelector("ol, ul");
    var at = instantOf(card);
    var before = null;
    each(list.children, function (other) {
      var when = instantOf(other);
      if (!before && when && when > at) { before = other; }
    });
    list.insertBefore(card, before);
    each(section.querySelectorAll(":scope > .empty"), function (note) { note.parentNode.removeChild(note); });
  }

  function regroup(calendar) {
    var byDay = {};
    var sections = calendar.querySelectorAll("section[data-day]");
    if (!sections.length) { return; }
    each(sections, function (s) { byDay[s.getAttribute("data-day")] = s; });
    var model = sections[0];
    var emptied = [];

    each(calendar.querySelectorAll("section[data-day] " + CARD), function (card) {
      var date = instantOf(card);
      if (!date) { return; } /* date-only: a date, never moved */
      var from = card.closest("section[data-day]");
      var day = localDay(date);
      if (from.getAttribute("data-day") === day) { return; }
      var to = byDay[day];
      if (!to) {
        to = byDay[day] = newSection(model, day);
        placeSection(to, calendar.querySelectorAll("section[data-day]"));
      }
      placeCard(to, card);
      if (!cardsIn(from).length) { emptied.push(from); }
    });

    var today = moveToday(calendar, byDay, model);
    emptied.forEach(function (s) {
      if (s !== today && !cardsIn(s).length && s.parentNode) { s.parentNode.removeChild(s); }
    });
    if (today && !cardsIn(today).length && !today.querySelector(":scope > .empty")) {
      today.appendChild(emptyNote());
    }
  }

  function emptyNote() {
    var note = document.createElement("p");
    note.className = "empty";
    note.textContent = "Nothing airs today.";
    return note;
  }

  /* The section marked today (site zone) hands "today" to the visitor's local today, when the
     calendar covers that day: aria-current and the "Today" label (id="today"); the old day goes
     if it has nothing. Returns the visitor's today section, if the calendar has one. */
  function moveToday(calendar, byDay, model) {
    var current = calendar.querySelector("section[aria-current='date']");
    if (!current) { return null; }
    var day = localDay(new Date());
    if (current.getAttribute("data-day") === day) { return current; }
    var days = Object.keys(byDay).sort();
    var target = byDay[day];
    if (!target) {
      if (day < days[0] || day > days[days.length - 1]) { return current; } /* outside this calendar */
      target = byDay[day] = newSection(model, day);
      placeSection(target, calendar.querySelectorAll("section[data-day]"));
    }

    current.removeAttribute("aria-current");
    target.setAttribute("aria-current", "date");
    var label = current.querySelector("#today");
    var heading = target.querySelector("h1, h2, h3, h4, h5, h6");
    if (label && heading) {
      if (label.nextSibling && label.nextSibling.nodeType === 3) { label.parentNode.removeChild(label.nextSibling); }
      heading.insertBefore(document.createTextNode(" "), heading.firstChild);
      heading.insertBefore(label, heading.firstChild);
    }
    var note = current.querySelector(":scope > .empty");
    if (note) { note.parentNode.removeChild(note); }
    if (!cardsIn(current).length && current.parentNode) { current.parentNode.removeChild(current); }
    return target;
  }

  /* 2. Filters -------------------------------------------------------------------------------- */

  function wireFilters(form) {
    var status = document.querySelector("[data-filter-status]");
    if (!status) {
      status = document.createElement("p");
      status.setAttribute("data-filter-status", "");
      status.setAttribute("aria-live", "polite");
      form.parentNode.insertBefore(status, form.nextSibling);
    }

    function checked(name) {
      var box = form.querySelector("input[name='" + name + "']");
      return !!(box && box.checked);
    }

    function apply() {
      var kinds = {};
      each(form.querySelectorAll("input[name='kind']"), function (box) { kinds[box.value] = box.checked; });
      var premieres = checked("premieres");
      var finales = checked("finales");
      var hideSpecials = checked("hide-specials");
      var cards = document.querySelectorAll("[data-calendar] " + CARD);
      var shown = 0;
      each(cards, function (card) {
        var kind = card.getAttribute("data-kind");
        var show = kinds[kind] !== false &&
          (!(premieres || finales) ||
            (premieres && card.getAttribute("data-premiere") === "true") ||
            (finales && !!card.getAttribute("data-finale"))) &&
          !(hideSpecials && card.getAttribute("data-special") === "true");
        card.hidden = !show;
        if (show) { shown++; }
      });
      each(document.querySelectorAll("[data-calendar] section[data-day]"), function (section) {
        var all = cardsIn(section);
        var visible = section.querySelectorAll(CARD + ":not([hidden])");
        section.hidden = all.length > 0 && visible.length === 0;
      });
      status.textContent = shown === cards.length
        ? "Showing all " + cards.length + " entries."
        : "Showing " + shown + " of " + cards.length + " entries.";
    }

    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.hidden = false;
    apply();
  }

  /* 3. Jump to today -------------------------------------------------------------------------- */

  function wireJumpToToday() {
    var today = document.getElementById("today");
    var target = today && today.closest("section[data-day]");
    each(document.querySelectorAll("[data-jump-today]"), function (link) {
      if (target) { link.setAttribute("href", "#" + (target.id || "today")); }
      else { link.hidden = true; }
    });
  }

  showLocalTimes();
  each(document.querySelectorAll("[data-calendar]"), regroup);
  each(document.querySelectorAll("form[data-filters]"), wireFilters);
  wireJumpToToday();
})();
