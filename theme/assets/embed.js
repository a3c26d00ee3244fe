// Widget pages for iframes: ?theme=light|dark|auto in the frame's address picks the colours (the
// static /light/ and /dark/ variants need no script); ?spoilers=hide hides episode titles; ?days=N
// keeps the first N days from the visitor's today (site.js reads ?tz= and ?hours=, and has moved
// the days to the visitor's zone by DOMContentLoaded). The page is complete without it.
{
  const query = new URLSearchParams(window.location.search);
  const root = document.documentElement;
  const theme = query.get("theme");
  if (theme === "light" || theme === "dark" || theme === "auto") { root.setAttribute("data-theme", theme); }
  if (query.get("spoilers") === "hide") { root.setAttribute("data-spoilers", "hide"); }
  const days = parseInt(query.get("days") || "", 10);
  if (days > 0) {
    document.addEventListener("DOMContentLoaded", () => {
      const today = document.querySelector("section[data-day][aria-current='date']") || document.querySelector("section[data-day]");
      if (!today) { return; }
      const [y, m, d] = today.getAttribute("data-day").split("-").map(Number);
      const last = new Date(Date.UTC(y, m - 1, d + days - 1)).toISOString().slice(0, 10);
      document.querySelectorAll("section[data-day]").forEach((s) => { s.hidden = s.getAttribute("data-day") > last; });
    });
  }
}
