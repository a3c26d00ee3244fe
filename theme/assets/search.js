/* Simkl.Site title search, loaded on demand by search-loader.js. It reads the index the build
   writes (src/Simkl.Site/Outputs/Search/BuildSearchIndex.cs): a small manifest at a fixed URL, then
   only the word shards of the typed words' first letters and the title records of the results
   shown. Results are an ARIA combobox listbox under the header box (arrows, Enter, Escape), and
   the full list on /search/?q=. Every data value is set as text (textContent, setAttribute on a
   checked path), never as HTML. Hooks: docs/markup.md (data-search*). ES2020. */
(() => {
  "use strict";

  const form = document.querySelector("form[data-search]");
  const input = form && form.querySelector("[data-search-input]");
  const list = form && form.querySelector("[data-search-results]");
  const status = form && form.querySelector("[data-search-status]");
  if (!input || !list || form.hasAttribute("data-search-ready")) { return; }
  form.setAttribute("data-search-ready", "");

  const SHOWN = 8;
  const PAGE_SHOWN = 50;
  const KINDS = { tv: "TV", anime: "Anime", movie: "Movie" };

  /* ---- words: exactly as src/Simkl.Site/Outputs/Search/SearchText.cs folds them ---- */
  const SPELLED = { "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i" };
  const WORD_CHAR = /[\p{L}\p{Nd}]/u;
  const MARK = /\p{M}/u;

  function words(text) {
    const out = [];
    let word = "";
    for (const ch of String(text).normalize("NFD")) {
      if (MARK.test(ch) || ch === "'" || ch === "\u2019") { continue; }
      if (WORD_CHAR.test(ch)) {
        const lower = ch.toLowerCase();
        word += SPELLED[lower] || lower;
      } else if (word) {
        out.push(word);
        word = "";
      }
    }
    if (word) { out.push(word); }
    return out;
  }

  function shardOf(word) {
    const c = word[0];
    return c >= "a" && c <= "z" ? c : c >= "0" && c <= "9" ? "0" : "_";
  }

  /* ---- one edit apart (insert, delete, replace or swap two neighbours) ---- */
  function withinOne(a, b) {
    const la = a.length;
    const lb = b.length;
    if (Math.abs(la - lb) > 1) { return false; }
    let i = 0;
    while (i < la && i < lb && a[i] === b[i]) { i++; }
    if (i === la && i === lb) { return true; }
    if (la === lb) {
      if (a.slice(i + 1) === b.slice(i + 1)) { return true; }
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  /* A word whose beginning is one edit from what is typed so far ("pokenm" → "pokemon"). */
  function prefixWithinOne(word, typed) {
    for (let n = typed.length - 1; n <= typed.length + 1; n++) {
      if (n > 0 && n < word.length && withinOne(word.slice(0, n), typed)) { return true; }
    }
    return false;
  }

  /* ---- the index ---- */
  const fetched = new Map();
  function json(url) {
    if (!fetched.has(url)) {
      fetched.set(url, fetch(url, { credentials: "same-origin" }).then((r) => {
        if (!r.ok) { throw new Error(`${url}: HTTP ${r.status}`); }
        return r.json();
      }));
    }
    return fetched.get(url);
  }

  const manifest = json(form.getAttribute("data-search-index"));
  const shards = new Map();

  function shard(key) {
    if (!shards.has(key)) {
      shards.set(key, manifest.then((m) => (m.words[key] ? json(m.words[key]) : [])).then((raw) => {
        const ws = [];
        const lists = [];
        for (let i = 0; i + 1 < raw.length; i += 2) {
          let n = 0;
          const ids = raw[i + 1].map((gap) => (n += gap));
          ws.push(raw[i]);
          lists.push(ids);
        }
        return { words: ws, lists };
      }));
    }
    return shards.get(key);
  }

  /* Quality of the best word each title has for one typed word: 4 same word, 3 starts with it,
     2 one edit away, 1 starts one edit away. Short words are matched exactly or as a prefix. */
  function matchWord(sh, typed) {
    const hits = new Map();
    const fuzzy = typed.length >= 4;
    for (let i = 0; i < sh.words.length; i++) {
      const w = sh.words[i];
      const quality = w === typed ? 4
        : w.startsWith(typed) ? 3
          : fuzzy && withinOne(w, typed) ? 2
            : fuzzy && w.length > typed.length && prefixWithinOne(w, typed) ? 1 : 0;
      if (!quality) { continue; }
      for (const id of sh.lists[i]) {
        if ((hits.get(id) || 0) < quality) { hits.set(id, quality); }
      }
    }
    return hits;
  }

  /* Title numbers ranked: most typed words matched, then a title that is exactly the query, then
     the better matches, then popularity (the index numbers titles by Simkl rank). */
  async function rank(query, limit) {
    const typed = [...new Set(words(query))];
    if (typed.length === 0) { return { total: 0, ids: [] }; }
    const m = await manifest;
    const found = await Promise.all(typed.map((w) => shard(shardOf(w)).then((sh) => matchWord(sh, w))));
    const scores = new Map();
    found.forEach((hits) => {
      hits.forEach((quality, id) => {
        const s = scores.get(id) || { matched: 0, exact: 0, quality: 0 };
        s.matched++;
        s.quality += quality;
        if (quality === 4) { s.exact++; }
        scores.set(id, s);
      });
    });
    let best = 0;
    scores.forEach((s) => { best = Math.max(best, s.matched); });
    const ranked = [];
    scores.forEach((s, id) => {
      if (s.matched === best) {
        ranked.push({ id, whole: s.exact === typed.length && +m.lengths[id] === typed.length ? 1 : 0, quality: s.quality });
      }
    });
    ranked.sort((a, b) => b.whole - a.whole || b.quality - a.quality || a.id - b.id);
    return { total: ranked.length, ids: ranked.slice(0, limit).map((r) => r.id) };
  }

  async function records(ids) {
    const m = await manifest;
    const chunks = await Promise.all(ids.map((id) => json(m.chunks[Math.floor(id / m.chunkSize)])));
    return ids.map((id, i) => {
      const r = chunks[i][id % m.chunkSize];
      return { path: r[0], name: r[1], alt: r[2], kind: r[3], year: r[4], network: r[5], poster: r[6], next: r[7] };
    }).filter((r) => typeof r.path === "string" && r.path[0] === "/" && r.path[1] !== "/");
  }

  async function search(query, limit) {
    const ranked = await rank(query, limit);
    return { total: ranked.total, shown: await records(ranked.ids) };
  }

  /* A query answered: how long it took, typing to results on screen (a performance entry), and
     how many have been answered (data-search-answered; the tests wait on it). */
  let answered = 0;
  function measured(started) {
    performance.measure("simkl-search-query", { start: started, end: performance.now() });
    form.setAttribute("data-search-answered", String(++answered));
  }

  /* ---- showing a result ---- */
  const when = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const onDay = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "short", day: "numeric", month: "short" });

  function nextText(next) {
    if (!Array.isArray(next)) { return ""; }
    const value = String(next[0]);
    const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
    if (Number.isNaN(date.getTime())) { return ""; }
    return `Next: ${(value.length === 10 ? onDay : when).format(date)} · ${next[1]}`;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function resultBody(r, m) {
    const body = document.createDocumentFragment();
    if (r.poster) {
      const img = el("img", "search-poster");
      img.setAttribute("src", m.poster[0] + r.poster + m.poster[1]);
      img.setAttribute("alt", "");
      img.setAttribute("width", "28");
      img.setAttribute("height", "42");
      img.setAttribute("loading", "lazy");
      img.setAttribute("decoding", "async");
      body.appendChild(img);
    } else {
      body.appendChild(el("span", "search-poster"));
    }
    const text = el("span", "search-text");
    text.appendChild(el("span", "search-name", r.name));
    if (r.alt) { text.appendChild(el("span", "search-alt", r.alt)); }
    const meta = [KINDS[r.kind] || "", r.year || "", r.network || ""].filter(Boolean).join(" · ");
    text.appendChild(el("span", "search-meta", meta));
    const next = nextText(r.next);
    if (next) { text.appendChild(el("span", "search-next", next)); }
    body.appendChild(text);
    return body;
  }

  /* ---- the combobox under the header box ---- */
  let options = [];
  let active = -1;
  let sequence = 0;

  function setActive(index) {
    if (options[active]) { options[active].setAttribute("aria-selected", "false"); }
    active = index;
    if (options[active]) {
      options[active].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", options[active].id);
      options[active].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  }

  function open() {
    if (options.length === 0) { return; }
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function allResultsUrl(query) {
    return `${form.getAttribute("action")}?q=${encodeURIComponent(query)}`;
  }

  function option(id, href, body) {
    const li = el("li", "search-option");
    li.id = id;
    li.setAttribute("role", "option");
    li.setAttribute("aria-selected", "false");
    li.setAttribute("data-href", href);
    li.appendChild(body);
    return li;
  }

  function announce(text) { if (status) { status.textContent = text; } }

  function countText(total) {
    return total === 0 ? "No titles match" : total === 1 ? "1 title" : `${total.toLocaleString("en-US")} titles`;
  }

  async function suggest() {
    const started = performance.now();
    const query = input.value.trim();
    const mine = ++sequence;
    if (!query) {
      options = [];
      list.replaceChildren();
      close();
      announce("");
      return;
    }
    let result;
    try {
      result = await search(query, SHOWN);
    } catch (e) {
      if (mine === sequence) { announce("Search is unavailable right now."); }
      return;
    }
    if (mine !== sequence) { return; }
    const m = await manifest;
    options = result.shown.map((r, i) => option(`site-search-option-${i}`, r.path, resultBody(r, m)));
    if (result.total > 0) {
      const more = el("span", "search-more", result.total > options.length ? `All ${countText(result.total)} for “${query}”` : `Results page for “${query}”`);
      options.push(option("site-search-option-all", allResultsUrl(query), more));
    }
    list.replaceChildren(...options);
    active = -1;
    input.removeAttribute("aria-activedescendant");
    announce(result.total === 0 ? `No titles match “${query}”.` : `${countText(result.total)}; use the arrow keys to choose.`);
    if (document.activeElement === input) { open(); } else { close(); }
    measured(started);
  }

  function go(index) {
    const target = options[index];
    if (target) { location.assign(target.getAttribute("data-href")); }
  }

  input.addEventListener("input", suggest);
  input.addEventListener("focus", () => { if (input.value.trim()) { open(); } });
  input.addEventListener("blur", () => { close(); });
  input.addEventListener("keydown", (event) => {
    const count = options.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (count === 0) { return; }
      event.preventDefault();
      open();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
    } else if (event.key === "Enter" && !list.hidden && active >= 0) {
      event.preventDefault();
      go(active);
    } else if (event.key === "Escape") {
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else if (input.value) {
        event.preventDefault();
        input.value = "";
        suggest();
      }
    }
  });
  /* A press on an option must not blur the box first (the list would close under the pointer). */
  list.addEventListener("mousedown", (event) => { event.preventDefault(); });
  list.addEventListener("click", (event) => {
    const li = event.target.closest("[role=option]");
    if (li) { go(options.indexOf(li)); }
  });

  /* ---- /search/?q=: the full list, as links ---- */
  const page = document.querySelector("[data-search-page]");
  const query = page ? (new URLSearchParams(location.search).get("q") || "").trim() : "";
  if (page && query) {
    const results = page.querySelector("[data-search-page-results]");
    const intro = page.querySelector("[data-search-page-intro]");
    const heading = page.querySelector("[data-search-page-heading]");
    input.value = query;
    const started = performance.now();
    search(query, PAGE_SHOWN).then(async (result) => {
      const m = await manifest;
      const items = result.shown.map((r) => {
        const a = el("a", "search-link");
        a.setAttribute("href", r.path);
        a.appendChild(resultBody(r, m));
        const li = el("li");
        li.appendChild(a);
        return li;
      });
      results.replaceChildren(...items);
      results.hidden = items.length === 0;
      const shown = result.total > items.length ? ` (the first ${items.length} shown)` : "";
      const line = result.total === 0
        ? `No titles match “${query}”. Check the spelling, or browse by kind below.`
        : `${countText(result.total)} match “${query}”${shown}.`;
      if (intro) { intro.textContent = line; }
      if (heading) { heading.textContent = `Results for “${query}”`; }
      announce(line);
      measured(started);
    }, () => { if (intro) { intro.textContent = "Search is unavailable right now; browse by kind below."; } });
  } else if (input.value.trim()) {
    suggest();
  }
})();
