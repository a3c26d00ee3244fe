/* Simkl.Site search box, the part every page loads (a few hundred bytes). Without JavaScript the
   header's search form goes to /search/. With it, the box is an ARIA combobox from the start, "/"
   focuses it, and the search itself (search.js, its index) is fetched only when the box is first
   focused or typed in, or when /search/ opens with a query. Hooks: docs/markup.md (data-search*). */
(() => {
  "use strict";

  const form = document.querySelector("form[data-search]");
  const input = form && form.querySelector("[data-search-input]");
  const list = form && form.querySelector("[data-search-results]");
  if (!input || !list || !window.fetch || !window.Promise) { return; }

  // The ARIA roles come with the script: without it the box is a plain search field and a form.
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Titles");
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-autocomplete", "list");

  let requested = false;
  function load() {
    if (requested) { return; }
    requested = true;
    const script = document.createElement("script");
    script.src = form.getAttribute("data-search-script");
    document.head.appendChild(script);
  }

  input.addEventListener("focus", load);
  input.addEventListener("input", load);
  document.addEventListener("keydown", (event) => {
    const target = event.target;
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented
      || target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) { return; }
    event.preventDefault();
    input.focus();
  });

  if (document.querySelector("[data-search-page]") && new URLSearchParams(location.search).get("q")) { load(); }
})();
