/* Preferences: a time-zone override (any IANA zone, searchable) and 12/24-hour times, kept in
   localStorage ("simkl-prefs") and applied by site.js to every page and embed of this site. The
   "Times are in …" note gets a "Change" button that opens the form. Without this script pages
   show the site's zone, and site.js the visitor's. */
(() => {
  "use strict";
  const KEY = "simkl-prefs";
  const notes = document.querySelectorAll(".wrap [data-zone-note]");
  if (!notes.length || !window.localStorage) { return; }

  const read = () => { try { return JSON.parse(localStorage.getItem(KEY)) || {}; } catch (e) { return {}; } };
  const valid = (z) => { try { return !!new Intl.DateTimeFormat("en", { timeZone: z }); } catch (e) { return false; } };
  const make = (tag, attrs, text) => {
    const node = document.createElement(tag);
    Object.keys(attrs || {}).forEach((k) => node.setAttribute(k, attrs[k]));
    if (text) { node.textContent = text; }
    return node;
  };

  function panel(id) {
    const prefs = read();
    const form = make("form", { class: "prefs", id, "aria-label": "Time preferences" });
    form.hidden = true;
    const zoneId = `${id}-zone`;
    form.append(make("label", { for: zoneId }, "Time zone (type to search)"));
    const input = make("input", { id: zoneId, type: "text", name: "zone", list: `${id}-zones`, autocomplete: "off", spellcheck: "false" });
    input.value = prefs.zone || "";
    input.placeholder = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
    const list = make("datalist", { id: `${id}-zones` });
    const zones = Intl.supportedValuesOf ? Intl.supportedValuesOf("timeZone") : [];
    ["UTC"].concat(zones).forEach((z) => list.append(make("option", { value: z })));
    form.append(input, list);
    const clock = make("fieldset");
    clock.append(make("legend", null, "Clock"));
    [["24", "24-hour (21:00)"], ["12", "12-hour (9:00 PM)"]].forEach(([value, text]) => {
      const label = make("label");
      const radio = make("input", { type: "radio", name: "hours", value });
      radio.checked = (prefs.hours === "12") === (value === "12");
      label.append(radio, ` ${text}`);
      clock.append(label);
    });
    const save = make("button", { type: "submit", class: "button" }, "Save");
    const reset = make("button", { type: "button", class: "button" }, "Use this device's settings");
    const error = make("p", { class: "prefs-error", "aria-live": "polite" });
    form.append(clock, save, document.createTextNode(" "), reset, error);

    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const zone = input.value.trim();
      if (zone && !valid(zone)) { error.textContent = `"${zone}" is not a time zone. Pick one from the list, e.g. Europe/Berlin.`; input.focus(); return; }
      const next = { hours: form.elements.hours.value === "12" ? "12" : "24" };
      if (zone) { next.zone = zone; }
      localStorage.setItem(KEY, JSON.stringify(next));
      location.reload();
    });
    reset.addEventListener("click", () => { localStorage.removeItem(KEY); location.reload(); });
    return form;
  }

  notes.forEach((note, i) => {
    const id = `prefs-${i + 1}`;
    const form = panel(id);
    const button = make("button", { type: "button", class: "link-button", "aria-expanded": "false", "aria-controls": id, "data-prefs-toggle": "" }, "Change");
    button.append(make("span", { class: "visually-hidden" }, " time zone and clock"));
    button.addEventListener("click", () => {
      form.hidden = !form.hidden;
      button.setAttribute("aria-expanded", String(!form.hidden));
      if (!form.hidden) { form.elements.zone.focus(); }
    });
    note.append(" ", button);
    note.parentNode.insertBefore(form, note.nextSibling);
  });
})();
