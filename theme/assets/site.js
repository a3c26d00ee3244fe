// Minimal progressive enhancement until the full site script lands (branch `check` owns this
// file): shows timed airings in the visitor's own time zone. Without JavaScript the pages are
// complete and grouped by day in the site's zone.
(function () {
  "use strict";
  if (typeof Intl === "undefined" || !Intl.DateTimeFormat) { return; }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone) { return; }
  var fmt = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  document.querySelectorAll("time[data-time]").forEach(function (el) {
    var d = new Date(el.getAttribute("datetime"));
    if (!isNaN(d.getTime())) { el.textContent = fmt.format(d); }
  });
  document.querySelectorAll("[data-zone-name]").forEach(function (el) { el.textContent = zone; });
})();
