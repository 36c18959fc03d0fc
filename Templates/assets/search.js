// The search page's script (search/index.html): Pagefind with Arabic query normalisation,
// facet checkboxes, an "actor page" suggestion for a typed alias, the query and filters kept
// in the URL (`?q=…&actor=…`, restored on load and on Back), and results shown in batches.
// Expects in the page: <form id="search-form" data-proclitics data-article><input id="search-input"
// type="search"></form>, <div id="search-suggest" data-label></div>, <details id="search-filters">
// holding <div id="search-facets" data-actor data-topic data-outlet>, <p id="search-status"
// role="status" data-one data-two data-few data-many data-searching data-none data-unavailable></p>,
// <ol id="search-results"></ol>, <button id="search-more" hidden>. The data attributes carry
// every word the script shows, rendered from the site generator's strings, so it holds none.
// Paths are relative to search/index.html, so the site works under any prefix.
import { pagefindQuery, queryKey } from '../assets/normalize.js';
import { excerptFor, visibleText } from '../assets/search-excerpt.js';
import {
  FACETS, PAGE_SIZE, countLabel, mergedFilters, mergedResults, nextShown, readState, suggestionsFor, withoutProclitics,
  writeState,
} from '../assets/search-state.js';

const $ = (id) => document.getElementById(id);
const selected = { actor: new Set(), topic: new Set(), outlet: new Set() };
const wide = window.matchMedia('(min-width: 64rem)');
let pagefind = null;
let aliases = {};
let generation = 0;
let results = [];
let shown = 0;

function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function filters() {
  const result = {};
  for (const [key, values] of Object.entries(selected)) if (values.size) result[key] = { any: [...values] };
  return result;
}

function currentState() {
  const state = { q: $('search-input').value };
  for (const key of FACETS) state[key] = [...selected[key]];
  return state;
}

// The first keystroke after a finished search adds a history entry and the following ones
// update it, so the URL always carries the query and Back returns to the previous search; a
// submitted query or a ticked filter finishes the entry.
let typing = false;
function saveState(typed) {
  const url = location.pathname + writeState(currentState()) + location.hash;
  if (url !== location.pathname + location.search + location.hash) {
    if (typed && typing) history.replaceState(null, '', url); else history.pushState(null, '', url);
  }
  typing = typed;
}

function applyState(state) {
  $('search-input').value = state.q;
  for (const key of FACETS) selected[key] = new Set(state[key]);
}

function showSuggestion(key) {
  const box = $('search-suggest');
  box.replaceChildren();
  const form = $('search-form').dataset;
  for (const target of suggestionsFor(key, aliases, form.proclitics.split(' '), form.article)) {
    const line = element('p', {}, box.dataset.label + ' ');
    line.append(element('a', { href: '../' + target.url, dir: 'auto' }, target.name));
    box.append(line);
  }
}

// The boxes are rebuilt with each answer's counts; the one that had focus gets it back, so
// ticking a box with Space keeps the keyboard where it was.
function renderFacets(available) {
  const box = $('search-facets');
  const focused = document.activeElement;
  const focusKey = focused && box.contains(focused) ? [focused.dataset.facet, focused.value] : null;
  box.replaceChildren();
  let selectedCount = 0;
  let refocus = null;
  for (const key of FACETS) {
    const values = { ...(available[key] || {}) };
    // A ticked value stays listed even when the other filters leave it no results.
    for (const value of selected[key]) if (!(value in values)) values[value] = 0;
    if (!Object.keys(values).length) continue;
    const group = element('fieldset', { class: 'facet' });
    group.append(element('legend', {}, box.dataset[key]));
    for (const [value, count] of Object.entries(values).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ar'))) {
      const label = element('label');
      const input = element('input', { type: 'checkbox', value, 'data-facet': key });
      input.checked = selected[key].has(value);
      if (input.checked) selectedCount += 1;
      input.addEventListener('change', () => {
        if (input.checked) selected[key].add(value); else selected[key].delete(value);
        saveState(false);
        run();
      });
      label.append(input, ' ', element('bdi', {}, value), ` (${count.toLocaleString('ar')})`);
      group.append(label);
      if (focusKey && focusKey[0] === key && focusKey[1] === value) refocus = input;
    }
    box.append(group);
  }
  // Only an element in the document can take focus, so this waits until the boxes are in.
  if (refocus) refocus.focus();
  const summary = document.querySelector('#search-filters > summary');
  summary.querySelector('.count-selected')?.remove();
  if (selectedCount) summary.append(element('span', { class: 'count-selected' }, `(${selectedCount.toLocaleString('ar')})`));
}

function renderResult(item, key) {
  const entry = element('li');
  const heading = element('h2');
  // An article in another language than the site carries its tag: title and excerpt take it.
  const lang = item.meta && item.meta.lang ? { lang: item.meta.lang } : {};
  heading.append(element('a', { href: item.url, dir: 'auto', ...lang }, (item.meta && item.meta.title) || item.url));
  entry.append(heading);
  if (item.meta && item.meta.type) entry.append(element('span', { class: 'result-type' }, item.meta.type));
  const excerpt = element('p', { class: 'excerpt', dir: 'auto', ...lang });
  // Escaped text with <mark> around hits, from the text the page shows (not its hidden terms).
  excerpt.innerHTML = item.content === undefined
    ? item.excerpt
    : excerptFor(visibleText(item.content, item.meta?.terms, item.meta?.subject), key, $('search-form').dataset.article);
  entry.append(excerpt);
  return entry;
}

// Loads and appends results up to `until`; the first new result gets focus when asked, so a
// keyboard user who pressed "more" continues where the new results start.
async function showUntil(until, mine, focusFirst) {
  const more = $('search-more');
  const data = await Promise.all(results.slice(shown, until).map((result) => result.data()));
  if (mine !== generation) return;
  const list = $('search-results');
  data.forEach((item, index) => {
    const entry = renderResult(item, queryKey($('search-input').value));
    list.append(entry);
    if (focusFirst && index === 0) {
      const link = entry.querySelector('a');
      if (link) link.focus();
    }
  });
  shown = until;
  more.hidden = shown >= results.length;
}

async function run() {
  const mine = ++generation;
  const key = queryKey($('search-input').value);
  showSuggestion(key);
  const list = $('search-results');
  const status = $('search-status');
  if (!pagefind) return;
  if (!key && !Object.keys(filters()).length) {
    list.replaceChildren(); status.textContent = ''; $('search-more').hidden = true; return;
  }
  status.textContent = status.dataset.searching;
  const form = $('search-form').dataset;
  const bare = key ? withoutProclitics(key, aliases, form.proclitics.split(' '), form.article) : null;
  const queries = [key ? pagefindQuery(key) : null].concat(bare ? [pagefindQuery(bare)] : []);
  const searches = await Promise.all(queries.map((query) => pagefind.search(query, { filters: filters() })));
  const search = searches[0];
  if (mine !== generation || !search) return;
  renderFacets(mergedFilters(searches.filter(Boolean).map((each) => each.filters)));
  results = mergedResults(searches.filter(Boolean).map((each) => each.results));
  shown = 0;
  list.replaceChildren();
  await showUntil(Math.min(PAGE_SIZE, results.length), mine, false);
  // The count last: it tells a listener (and the browser tests) that the results are in.
  if (mine === generation) status.textContent = results.length ? countLabel(results.length, status.dataset) : status.dataset.none;
}

async function start() {
  const input = $('search-input');
  const filtersBox = $('search-filters');
  // Wide screens show the filters beside the results; phones keep them behind their button.
  const fitFilters = () => { filtersBox.open = wide.matches; };
  fitFilters();
  wide.addEventListener('change', fitFilters);
  applyState(readState(location.search));
  try {
    const response = await fetch('aliases.json');
    if (response.ok) aliases = await response.json();
  } catch { aliases = {}; }
  try {
    // A site built without an index has none to ask for (the request would only fail).
    if ($('search-form').dataset.indexed === 'no') throw new Error('no search index');
    const loaded = await import('../pagefind/pagefind.js');
    // Result URLs relative to the site root wherever the site is served (any path prefix).
    const siteRoot = new URL('../', location.href).pathname;
    const options = { excerptLength: 24, baseUrl: siteRoot };
    if (loaded.options) await loaded.options(options);
    if (loaded.init) await loaded.init();
    // A large site's index comes in parts: the main one above, and these merged into it. Searches
    // wait for all of them (`pagefind` is set once they are in).
    const parts = ($('search-form').dataset.indexParts || '').split(' ').filter(Boolean);
    await Promise.all(parts.map((part) => loaded.mergeIndex(new URL(`../pagefind/${part}/`, import.meta.url).href, options)));
    pagefind = loaded;
    renderFacets(await pagefind.filters());
    // Hidden in the page: without a script, or without an index, the box would stand empty.
    filtersBox.hidden = false;
  } catch {
    $('search-status').textContent = $('search-status').dataset.unavailable;
  }
  input.addEventListener('input', () => { saveState(true); run(); });
  $('search-form').addEventListener('submit', (event) => { event.preventDefault(); saveState(false); run(); });
  $('search-more').addEventListener('click', () => showUntil(nextShown(shown, results.length), generation, true));
  window.addEventListener('popstate', () => { typing = false; applyState(readState(location.search)); run(); });
  run();
}

start();
