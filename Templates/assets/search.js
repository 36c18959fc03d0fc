// The search page's script (search/index.html): Pagefind with Arabic query normalisation,
// facet checkboxes and an "actor page" suggestion for a typed alias.
// Expects in the page: <form id="search-form"><input id="search-input" type="search"></form>,
// <div id="search-suggest"></div>, <fieldset id="search-facets"></fieldset>,
// <p id="search-status" role="status"></p>, <ol id="search-results"></ol>.
// Paths are relative to search/index.html, so the site works under any prefix.
import { queryKey } from '../assets/normalize.js';

const UI = {
  searching: 'جارٍ البحث…',
  none: 'لا نتائج لهذا البحث.',
  count: (n) => (n === 1 ? 'نتيجة واحدة' : `${n.toLocaleString('ar')} نتيجة`),
  actorPage: 'صفحة الفاعل:',
  unavailable: 'البحث غير متاح: لم يُبنَ فهرس البحث، أو فُتحت الصفحة من القرص مباشرة.',
  facets: { actor: 'الفاعلون', topic: 'المواضيع', outlet: 'المنافذ' },
};

const $ = (id) => document.getElementById(id);
const selected = { actor: new Set(), topic: new Set(), outlet: new Set() };
let pagefind = null;
let aliases = {};
let generation = 0;

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

function showSuggestion(key) {
  const box = $('search-suggest');
  box.replaceChildren();
  for (const target of aliases[key] || []) {
    const line = element('p', {}, UI.actorPage + ' ');
    line.append(element('a', { href: '../' + target.url, dir: 'auto' }, target.name));
    box.append(line);
  }
}

function renderFacets(available) {
  const box = $('search-facets');
  box.replaceChildren();
  for (const key of ['actor', 'topic', 'outlet']) {
    const values = available[key];
    if (!values || !Object.keys(values).length) continue;
    const group = element('fieldset', { class: 'facet' });
    group.append(element('legend', {}, UI.facets[key]));
    for (const [value, count] of Object.entries(values).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ar'))) {
      const label = element('label');
      const box2 = element('input', { type: 'checkbox', value });
      box2.checked = selected[key].has(value);
      box2.addEventListener('change', () => {
        if (box2.checked) selected[key].add(value); else selected[key].delete(value);
        run();
      });
      label.append(box2, ' ', element('bdi', {}, value), ` (${count.toLocaleString('ar')})`);
      group.append(label);
    }
    box.append(group);
  }
}

async function run() {
  const mine = ++generation;
  const key = queryKey($('search-input').value);
  showSuggestion(key);
  const list = $('search-results');
  const status = $('search-status');
  if (!pagefind) return;
  if (!key && !Object.keys(filters()).length) { list.replaceChildren(); status.textContent = ''; return; }
  status.textContent = UI.searching;
  const search = await pagefind.search(key || null, { filters: filters() });
  if (mine !== generation || !search) return;
  renderFacets(search.filters || {});
  const data = await Promise.all(search.results.slice(0, 30).map((result) => result.data()));
  if (mine !== generation) return;
  list.replaceChildren();
  status.textContent = data.length ? UI.count(search.results.length) : UI.none;
  for (const item of data) {
    const entry = element('li');
    // An article in another language than the site carries its tag: title and excerpt take it.
    const lang = item.meta && item.meta.lang ? { lang: item.meta.lang } : {};
    const title = element('a', { href: item.url, dir: 'auto', ...lang }, (item.meta && item.meta.title) || item.url);
    entry.append(element('h3', {}, ''));
    entry.firstChild.append(title);
    if (item.meta && item.meta.type) entry.append(element('span', { class: 'result-type' }, item.meta.type));
    const excerpt = element('p', { class: 'excerpt', dir: 'auto', ...lang });
    // Pagefind's excerpt is its own escaped text with <mark> around hits.
    excerpt.innerHTML = item.excerpt;
    entry.append(excerpt);
    list.append(entry);
  }
}

async function start() {
  try {
    const response = await fetch('aliases.json');
    if (response.ok) aliases = await response.json();
  } catch { aliases = {}; }
  try {
    pagefind = await import('../pagefind/pagefind.js');
    // Result URLs relative to the site root wherever the site is served (any path prefix).
    const siteRoot = new URL('../', location.href).pathname;
    if (pagefind.options) await pagefind.options({ excerptLength: 24, baseUrl: siteRoot });
    if (pagefind.init) await pagefind.init();
    renderFacets(await pagefind.filters());
  } catch {
    $('search-status').textContent = UI.unavailable;
  }
  const input = $('search-input');
  const params = new URLSearchParams(location.search);
  if (params.get('q')) input.value = params.get('q');
  input.addEventListener('input', run);
  $('search-form').addEventListener('submit', (event) => { event.preventDefault(); run(); });
  run();
}

start();
