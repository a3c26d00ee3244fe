/* Copy buttons ([data-copy] names the field whose value goes to the clipboard) and the subscribe
   panel ([data-subscribe]): choosing what and how swaps every link and the feed address to that
   feed's URLs, which the page carries from the site's URL map (no URL is built here). The page
   carries its own feeds; the site-wide ones not among them come from the document named by
   data-subscribe-feeds (/api/v1/feeds.json, docs/markup.md), made by the same code. */
(() => {
  "use strict";

  function say(near, text) {
    const status = near.closest("[data-subscribe], .copy-field, section, form")?.querySelector("[data-copy-status]");
    if (status) { status.textContent = text; }
  }

  document.querySelectorAll("[data-copy]").forEach((button) => {
    const field = document.getElementById(button.getAttribute("data-copy"));
    if (!field || !navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener("click", () => {
      const text = field.value !== undefined ? field.value : field.textContent;
      navigator.clipboard.writeText(text).then(
        () => say(button, "Copied."),
        () => { field.select?.(); say(button, "Press Ctrl+C (⌘C) to copy."); });
    });
  });

  // Only values of the kinds the site writes become links: a path on this site or an absolute
  // https/webcal address.
  const linkLike = (v) => typeof v === "string" && (/^\/(?!\/)\S*$/.test(v) || /^(https|http|webcal):\/\/\S+$/.test(v));
  const linkFields = ["path", "url", "webcal", "google", "outlook"];

  function addFeeds(choices, doc) {
    const what = choices.querySelector("fieldset");
    if (!what || !Array.isArray(doc?.feeds)) { return; }
    const offered = new Set([...choices.querySelectorAll("input[name='feed']")].map((i) => i.value));
    for (const feed of doc.feeds) {
      const timed = feed?.timed, allDay = feed?.allDay;
      if (typeof feed?.label !== "string" || !linkFields.every((f) => linkLike(timed?.[f]) && linkLike(allDay?.[f])) || offered.has(timed.path)) { continue; }
      offered.add(timed.path);
      // The markup the subscribe-choices partial writes for the page's own feeds.
      const input = document.createElement("input");
      Object.assign(input, { type: "radio", name: "feed", value: timed.path });
      input.setAttribute("data-label", feed.label);
      for (const [prefix, links] of [["data-", timed], ["data-allday-", allDay]]) {
        for (const f of ["url", "webcal", "google", "outlook"]) { input.setAttribute(prefix + f, links[f]); }
        input.setAttribute(prefix + "ics", links.path);
      }
      const label = document.createElement("label");
      label.append(input, ` ${feed.label}`);
      what.append(label);
    }
  }

  document.querySelectorAll("[data-subscribe]").forEach((panel) => {
    const choices = panel.querySelector("[data-subscribe-choices]");
    if (!choices) { return; }
    choices.hidden = false;
    function update() {
      const feed = choices.querySelector("input[name='feed']:checked");
      const allDay = choices.querySelector("input[name='mode']:checked")?.value === "allday";
      if (!feed) { return; }
      const pick = (what) => feed.getAttribute(allDay ? `data-allday-${what}` : `data-${what}`);
      panel.querySelectorAll("[data-subscribe-link]").forEach((a) => { a.href = pick(a.getAttribute("data-subscribe-link")); });
      panel.querySelector("[data-subscribe-url]").value = pick("url");
      panel.querySelector("[data-subscribe-label]").textContent = feed.getAttribute("data-label");
      panel.querySelector("[data-subscribe-mode]").textContent = allDay ? "all-day" : "with times";
      panel.querySelectorAll("[data-subscribe-for]").forEach((s) => { s.textContent = `: ${feed.getAttribute("data-label")}${allDay ? ", all-day" : ""}`; });
      say(choices, "");
    }
    choices.addEventListener("change", update);
    update();
    const more = choices.getAttribute("data-subscribe-feeds");
    if (more) {
      fetch(more).then((r) => (r.ok ? r.json() : null)).then((doc) => addFeeds(choices, doc)).catch(() => {});
    }
  });
})();
