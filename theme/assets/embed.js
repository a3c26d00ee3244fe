// Widget pages for iframes: ?theme=light|dark|auto in the frame's address picks the colours (the
// static /light/ and /dark/ variants need no script). The page is complete without it.
{
  const theme = new URLSearchParams(window.location.search).get("theme");
  if (theme === "light" || theme === "dark" || theme === "auto") { document.documentElement.setAttribute("data-theme", theme); }
}
