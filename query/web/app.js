// The Assay search page. State lives in the URL (q, facet filters, offset), so a search can
// be bookmarked and shared. Text from reports is only ever inserted as text nodes; snippets
// are rebuilt from their escaped form into text nodes and <mark> elements, so no value from
// the index can become markup or script.
"use strict";

const FACET_NAMES = ["authority", "year", "grade", "type", "section", "framework"];
const FACET_LABELS = {
  authority: "Local authority", year: "Year", grade: "Overall grade", type: "Document type",
  section: "Section", framework: "Inspection framework",
};
const PAGE_SIZE = 20;
const PER_REPORT = 3;
const FACET_SHOWN = 8;

const $ = (id) => document.getElementById(id);

// ---- state <-> URL ---------------------------------------------------------------------
function readState() {
  const p = new URLSearchParams(location.search);
  const filters = {};
  for (const name of FACET_NAMES) filters[name] = p.getAll(name);
  const offset = Math.max(0, parseInt(p.get("offset") || "0", 10) || 0);
  return { q: p.get("q") || "", filters, offset };
}

function stateParams(state, { paging = true } = {}) {
  const p = new URLSearchParams();
  if (state.q) p.set("q", state.q);
  for (const name of FACET_NAMES) for (const v of state.filters[name]) p.append(name, v);
  if (paging && state.offset) p.set("offset", String(state.offset));
  return p;
}

function hasSearch(state) {
  return state.q !== "" || FACET_NAMES.some((n) => state.filters[n].length > 0);
}

function go(state) {
  const qs = stateParams(state).toString();
  history.pushState(null, "", qs ? "/?" + qs : "/");
  load();
}

// ---- small DOM helpers -----------------------------------------------------------------
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);  // strings become text
  return node;
}

// Framework ids are terse; readers know the frameworks by these names.
const FRAMEWORK_NAMES = {
  jar_2009: "Safeguarding (2009)", protection_2012: "Child protection (2012)",
  lac_2012: "Looked after children (2012)", sif: "Single inspection framework",
  lscb_review: "LSCB review", ilacs: "ILACS", jtai: "Joint targeted area inspection",
  send_2016: "Local area SEND (2016)", send_2023: "Area SEND (2023)",
};

function pretty(value, facet = "") {
  if (facet === "framework" && FRAMEWORK_NAMES[value]) return FRAMEWORK_NAMES[value];
  return String(value).replace(/_/g, " ");
}

// The snippet arrives HTML-escaped with <mark>…</mark> around matches. Rebuild it from text
// nodes and <mark> elements only: even a snippet that held other markup would stay text.
const ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
function snippetNodes(snippet) {
  const frag = document.createDocumentFragment();
  let marked = false;
  for (const part of String(snippet).split(/(<mark>|<\/mark>)/)) {
    if (part === "<mark>") { marked = true; continue; }
    if (part === "</mark>") { marked = false; continue; }
    if (part === "") continue;
    const text = part.replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m]);
    frag.append(marked ? el("mark", {}, text) : document.createTextNode(text));
  }
  return frag;
}

// ---- fetching --------------------------------------------------------------------------
async function fetchJson(url) {
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  let body = null;
  try { body = await res.json(); } catch (_) { /* not JSON */ }
  if (!res.ok) {
    const msg = body && body.error ? body.error.message : "the server answered " + res.status;
    throw new Error(msg);
  }
  return body;
}

let generation = 0;  // a newer load makes older answers stale

async function load() {
  const state = readState();
  $("q").value = state.q;
  const mine = ++generation;
  if (!hasSearch(state)) return showStart(mine);
  const p = stateParams(state);
  p.set("limit", String(PAGE_SIZE));
  p.set("per_report", String(PER_REPORT));
  setStatus("Searching…");
  try {
    const result = await fetchJson("/api/search?" + p.toString());
    if (mine === generation) render(state, result);
  } catch (e) {
    if (mine === generation) showError(e.message);
  }
}

async function showStart(mine) {
  clearResults();
  try {
    const all = await fetchJson("/api/facets");
    if (mine !== generation) return;
    setStatus(`${all.total.toLocaleString()} paragraphs indexed. Type a query, or pick a filter.`);
    renderFacets(readState(), all.facets);
  } catch (e) {
    if (mine === generation) showError(e.message);
  }
}

// ---- rendering -------------------------------------------------------------------------
function setStatus(text) {
  $("status").textContent = text;
  $("status").classList.remove("error");
}

function showError(message) {
  clearResults();
  $("status").textContent = "Sorry: " + message;
  $("status").classList.add("error");
}

function clearResults() {
  $("groups").replaceChildren();
  $("facet-lists").replaceChildren();
  $("histogram").replaceChildren();
  $("histogram-box").hidden = true;
  $("pager").hidden = true;
  $("tools").hidden = true;
  $("suggestion").hidden = true;
  renderSelected(readState());
}

function render(state, result) {
  clearResults();
  const shown = result.hits.length;
  const from = state.offset + 1;
  setStatus(result.total === 0 ? "No paragraphs match." :
    `${result.total.toLocaleString()} paragraphs match` +
    (shown ? ` — showing ${from}–${state.offset + shown}` : state.offset ? " — no more hits after the previous page" : "") +
    ` (${result.took_ms.toFixed(1)} ms)`);
  renderSuggestion(state, result.suggestion);
  renderGroups(result.hits);
  renderFacets(state, result.facets);
  renderPager(state, result, shown);
  const csv = stateParams(state, { paging: false });
  csv.set("limit", "1000");
  $("csv").href = "/api/search.csv?" + csv.toString();
  $("tools").hidden = result.total === 0;
}

function renderSuggestion(state, suggestion) {
  if (!suggestion) return;
  const link = el("a", { href: "/?" + new URLSearchParams({ q: suggestion }).toString() }, suggestion);
  link.addEventListener("click", (ev) => { ev.preventDefault(); go({ ...state, q: suggestion, offset: 0 }); });
  $("suggestion").replaceChildren("Did you mean ", link, "?");
  $("suggestion").hidden = false;
}

// Hits arrive ranked; a report's group sits where its best paragraph ranks.
function groupByReport(hits) {
  const groups = new Map();
  for (const h of hits) {
    if (!groups.has(h.report_id)) groups.set(h.report_id, []);
    groups.get(h.report_id).push(h);
  }
  return [...groups.values()];
}

function renderGroups(hits) {
  const list = $("groups");
  for (const group of groupByReport(hits)) {
    const first = group[0];
    const title = [first.authority || "Authority unknown", pretty(first.type), first.date || "undated"].join(" · ");
    const details = el("details", { class: "report-details" }, el("summary", {}, "Judgements and recommendations"));
    details.addEventListener("toggle", () => loadReport(details, first.report_id), { once: true });
    list.append(el("li", { class: "group" },
      el("h2", { class: "group-title" }, title),
      first.framework ? el("p", { class: "framework" }, pretty(first.framework, "framework")) : null,
      ...group.map(renderHit), details));
  }
}

// Section, paragraph and where to find it: the page (a link that opens the PDF there when the
// server can serve it), or the line of a text file.
function citation(h) {
  const parts = [];
  if (h.section) parts.push(h.section);
  parts.push(h.paragraph ? "paragraph " + h.paragraph : "paragraph " + (h.seq + 1) + " (unnumbered)");
  if (h.format !== "pdf" || !h.page) parts.push("line " + h.line);
  const frag = document.createDocumentFragment();
  frag.append(parts.join(" · "));
  if (h.page) {
    const page = "p. " + h.page;
    frag.append(" · ", h.file_url
      ? el("a", { href: `${h.file_url}#page=${h.page}`, target: "_blank", rel: "noopener" }, page)
      : page);
  }
  return frag;
}

function renderHit(h) {
  const context = el("div", { class: "context", hidden: "" });
  const button = el("button", { type: "button", class: "link", "aria-expanded": "false" }, "Show context");
  button.addEventListener("click", () => toggleContext(button, context, h));
  return el("article", { class: "hit" },
    el("p", { class: "cite" }, citation(h)),
    el("p", { class: "snippet" }, snippetNodes(h.snippet)),
    alsoIn(h), button, context);
}

// The same wording elsewhere (a committee pack that embeds the report, template text).
function alsoIn(h) {
  if (!h.also_in || !h.also_in.length) return null;
  const places = h.also_in.map((c) => [c.authority || c.source, c.date, c.paragraph ? "para " + c.paragraph : ""]
    .filter(Boolean).join(" "));
  return el("p", { class: "also-in muted" }, "Also in: " + places.join("; "));
}

async function toggleContext(button, box, h) {
  const open = button.getAttribute("aria-expanded") === "true";
  button.setAttribute("aria-expanded", String(!open));
  button.textContent = open ? "Show context" : "Hide context";
  box.hidden = open;
  if (open || box.childElementCount) return;
  box.append(el("p", { class: "muted" }, "Loading…"));
  try {
    const url = `/api/reports/${encodeURIComponent(h.report_id)}/paragraphs/${h.seq}?context=2`;
    const data = await fetchJson(url);
    const para = (p, current) => el("p", { class: current ? "para current" : "para" },
      el("span", { class: "para-no" }, p.paragraph ? p.paragraph + " " : ""), p.text);
    box.replaceChildren(...data.before.map((p) => para(p, false)), para(data.paragraph, true),
      ...data.after.map((p) => para(p, false)));
  } catch (e) {
    box.replaceChildren(el("p", { class: "error" }, "Could not load the context: " + e.message));
  }
}

async function loadReport(details, id) {
  const box = el("div", { class: "report-body" }, el("p", { class: "muted" }, "Loading…"));
  details.append(box);
  try {
    const r = await fetchJson("/api/reports/" + encodeURIComponent(id));
    const items = [];
    if (r.title) items.push(el("p", { class: "report-title" }, r.title));
    if (r.judgements && r.judgements.length)
      items.push(el("ul", { class: "judgements" },
        ...r.judgements.map((j) => el("li", {}, (j.label || j.area) + ": ", el("strong", {}, j.grade)))));
    if (r.recommendations && r.recommendations.length)
      items.push(el("ol", { class: "recommendations" }, ...r.recommendations.map((x) => el("li", {}, x.text))));
    if (!items.length) items.push(el("p", { class: "muted" }, "No judgements or recommendations were found."));
    box.replaceChildren(...items);
  } catch (e) {
    box.replaceChildren(el("p", { class: "error" }, e.message));
  }
}

// ---- facets ----------------------------------------------------------------------------
function toggleFilter(state, name, value) {
  const values = state.filters[name];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  go({ ...state, filters: { ...state.filters, [name]: next }, offset: 0 });
}

function renderSelected(state) {
  const box = $("selected");
  const chips = [];
  for (const name of FACET_NAMES)
    for (const v of state.filters[name])
      chips.push(el("button", { type: "button", class: "chip", "aria-label": `Remove filter ${name} ${v}`,
        onclick: () => toggleFilter(state, name, v) }, `${FACET_LABELS[name]}: ${pretty(v, name)} ×`));
  if (chips.length > 1)
    chips.push(el("button", { type: "button", class: "link",
      onclick: () => go({ ...state, filters: Object.fromEntries(FACET_NAMES.map((n) => [n, []])), offset: 0 }) },
      "Clear all filters"));
  box.replaceChildren(...chips);
  box.hidden = chips.length === 0;
}

function renderFacets(state, facets) {
  renderSelected(state);
  const lists = $("facet-lists");
  for (const name of FACET_NAMES) {
    const values = facets[name] || [];
    if (!values.length) continue;
    const selected = new Set(state.filters[name]);
    const items = values.map((v, i) => el("li", i >= FACET_SHOWN && !selected.has(v.value) ? { class: "extra", hidden: "" } : {},
      el("button", { type: "button", class: "facet-value", "aria-pressed": String(selected.has(v.value)),
        "data-facet": name, "data-value": v.value, onclick: () => toggleFilter(state, name, v.value) },
        el("span", { class: "facet-label" }, pretty(v.value, name)), el("span", { class: "count" }, v.count.toLocaleString()))));
    const list = el("ul", { class: "facet-values" }, ...items);
    const section = el("section", { class: "facet", "data-facet": name }, el("h2", {}, FACET_LABELS[name] || name), list);
    if (values.length > FACET_SHOWN) section.append(moreButton(list, values.length));
    lists.append(section);
  }
  if (facets.year && facets.year.length) renderHistogram(state, facets.year);
}

function moreButton(list, n) {
  const b = el("button", { type: "button", class: "link", "aria-expanded": "false" }, `Show all ${n}`);
  b.addEventListener("click", () => {
    const open = b.getAttribute("aria-expanded") === "true";
    for (const li of list.querySelectorAll("li.extra")) li.hidden = open;
    b.setAttribute("aria-expanded", String(!open));
    b.textContent = open ? `Show all ${n}` : "Show fewer";
  });
  return b;
}

// ---- year histogram (SVG) --------------------------------------------------------------
const SVG = "http://www.w3.org/2000/svg";
function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) node.append(c);
  return node;
}

function renderHistogram(state, years) {
  const data = years.filter((y) => /^\d{4}$/.test(y.value)).sort((a, b) => a.value.localeCompare(b.value));
  if (!data.length) return;
  const max = Math.max(...data.map((d) => d.count), 1);
  const w = 280, h = 120, base = 100, bw = Math.min(w / data.length, 28);
  const chart = svg("svg", { viewBox: `0 0 ${w} ${h}`, class: "histogram", role: "group",
    "aria-label": "Matching paragraphs by year; choose a bar to filter by that year" });
  const selected = new Set(state.filters.year);
  data.forEach((d, i) => {
    const bh = Math.max(1, (d.count / max) * (base - 8));
    const bar = svg("g", { class: selected.has(d.value) ? "bar selected" : "bar", tabindex: 0, role: "button",
      "aria-pressed": String(selected.has(d.value)), "aria-label": `${d.value}: ${d.count} paragraphs` },
      svg("title", {}, `${d.value}: ${d.count.toLocaleString()} paragraphs`),
      svg("rect", { x: i * bw + 1, y: base - bh, width: Math.max(1, bw - 2), height: bh }));
    if (data.length <= 16 || i % Math.ceil(data.length / 8) === 0)
      bar.append(svg("text", { x: i * bw + bw / 2, y: base + 12, "text-anchor": "middle" }, "'" + d.value.slice(2)));
    bar.addEventListener("click", () => toggleFilter(state, "year", d.value));
    bar.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); toggleFilter(state, "year", d.value); }
    });
    chart.append(bar);
  });
  $("histogram").replaceChildren(chart);
  $("histogram-box").hidden = false;
}

// ---- paging ----------------------------------------------------------------------------
// Hits are collapsed to PER_REPORT a report, so `total` (paragraphs) overstates how many
// pages there are: a page that came back short was the last one.
function renderPager(state, result, shown) {
  const pager = $("pager");
  const hasPrev = state.offset > 0;
  const hasNext = shown === PAGE_SIZE && state.offset + PAGE_SIZE < result.total;
  pager.hidden = !hasPrev && !hasNext;
  $("prev").disabled = !hasPrev;
  $("next").disabled = !hasNext;
  $("page-info").textContent = `Page ${Math.floor(state.offset / PAGE_SIZE) + 1}`;
  $("prev").onclick = () => go({ ...state, offset: Math.max(0, state.offset - PAGE_SIZE) });
  $("next").onclick = () => go({ ...state, offset: state.offset + PAGE_SIZE });
}

// ---- wiring ----------------------------------------------------------------------------
function init() {
  $("search").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const state = readState();
    go({ ...state, q: $("q").value.trim(), offset: 0 });
  });
  $("home").addEventListener("click", (ev) => { ev.preventDefault(); go({ q: "", filters: Object.fromEntries(FACET_NAMES.map((n) => [n, []])), offset: 0 }); });
  document.addEventListener("keydown", (ev) => {
    const typing = ev.target instanceof HTMLInputElement || ev.target instanceof HTMLTextAreaElement;
    if (ev.key === "/" && !typing) { ev.preventDefault(); $("q").focus(); $("q").select(); }
    if (ev.key === "Escape" && ev.target === $("q")) $("q").blur();
  });
  window.addEventListener("popstate", load);
  load();
}

document.addEventListener("DOMContentLoaded", init);
