/* The widget builder on /embed/ (loaded on that page only): the options rewrite the preview and
   both snippets. The iframe pages come from the page (the site's URL map); the script only adds
   the query the embed pages read (days, tz, hours, spoilers) and the widget's attributes. */
(() => {
  "use strict";
  const box = document.querySelector("[data-builder]");
  if (!box) { return; }
  const form = box.querySelector("[data-builder-form]");
  const preview = box.querySelector("[data-builder-preview]");
  const base = box.getAttribute("data-base");
  const script = box.getAttribute("data-script");
  const defaultDays = box.getAttribute("data-default-days");
  const attr = (text) => String(text).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const validZone = (z) => { try { return !!new Intl.DateTimeFormat("en", { timeZone: z }); } catch (e) { return false; } };

  const list = box.querySelector("#builder-zones");
  (Intl.supportedValuesOf ? ["UTC"].concat(Intl.supportedValuesOf("timeZone")) : ["UTC"]).forEach((z) => {
    const option = document.createElement("option");
    option.value = z;
    list.append(option);
  });
  /* Start from the visitor's own preferences on this site. */
  try {
    const prefs = JSON.parse(localStorage.getItem("simkl-prefs")) || {};
    if (prefs.hours === "12") { box.querySelector("[name=hours]").value = "12"; }
  } catch (e) { /* no storage: defaults */ }

  let pending = 0;

  function update() {
    const f = {};
    ["kind", "days", "theme", "zone", "hours", "spoilers"].forEach((n) => { f[n] = form.querySelector(`[name=${n}]`); });
    const kind = f.kind.options[f.kind.selectedIndex];
    const theme = f.theme.value;
    const zone = f.zone.value.trim();
    const useZone = zone && validZone(zone);
    f.zone.setAttribute("aria-invalid", String(!!zone && !useZone));
    const q = new URLSearchParams();
    if (f.days.value !== defaultDays) { q.set("days", f.days.value); }
    if (useZone) { q.set("tz", zone); }
    if (f.hours.value === "12") { q.set("hours", "12"); }
    if (f.spoilers.checked) { q.set("spoilers", "hide"); }
    const path = kind.getAttribute(`data-${theme}`) + (q.toString() ? `?${q}` : "");
    /* The frame reloads once the choices settle, not on every keystroke. */
    clearTimeout(pending);
    pending = setTimeout(() => { if (preview.getAttribute("src") !== path) { preview.setAttribute("src", path); } }, 250);

    const frame = `<iframe src="${attr(base + path)}" title="${attr(box.getAttribute("data-title"))}" width="300" height="480" loading="lazy"></iframe>`;
    let element = `<simkl-calendar kind="${attr(kind.value)}" days="${attr(f.days.value)}"`;
    if (theme !== "auto") { element += ` theme="${attr(theme)}"`; }
    if (useZone) { element += ` time-zone="${attr(zone)}"`; }
    if (f.hours.value === "12") { element += ' hour-cycle="12"'; }
    if (f.spoilers.checked) { element += " spoiler-safe"; }
    element += "></simkl-calendar>";
    const live = box.querySelector("[data-builder-widget]");
    if (live) {
      const attrs = { kind: kind.value, days: f.days.value, theme: theme !== "auto" ? theme : null, "time-zone": useZone ? zone : null, "hour-cycle": f.hours.value === "12" ? "12" : null, "spoiler-safe": f.spoilers.checked ? "" : null };
      Object.keys(attrs).forEach((k) => { if (attrs[k] === null) { live.removeAttribute(k); } else if (live.getAttribute(k) !== attrs[k]) { live.setAttribute(k, attrs[k]); } });
    }
    box.querySelector("[data-builder-snippet='iframe']").textContent = frame;
    box.querySelector("[data-builder-snippet='component']").textContent = `<script src="${attr(script)}" defer></script>\n${element}`;
  }

  form.hidden = false;
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  update();
})();
