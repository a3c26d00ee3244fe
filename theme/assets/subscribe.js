/* Copy buttons ([data-copy] names the field whose value goes to the clipboard) and the subscribe
   panel ([data-subscribe]): choosing what and how swaps every link and the feed address to that
   feed's URLs, which the page carries from the site's URL map (no URL is built here). */
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
  });
})();
