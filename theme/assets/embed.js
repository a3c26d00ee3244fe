// Widget pages for iframes: ?theme=light|dark|auto in the frame's address picks the colours (the
// static /light/ and /dark/ variants need no script). The page is complete without it.
(function () {
  "use strict";
  var match = /[?&]theme=(light|dark|auto)(?:&|$)/.exec(window.location.search);
  if (match) { document.documentElement.setAttribute("data-theme", match[1]); }
})();
