// The pure parts of the search page (no DOM): the state kept in the URL, the Arabic count
// phrase, the actor suggestion for a query with proclitics, and paging through results.
// An ES module with no dependencies, tested by Tests/JavaScript/search-state.test.mjs.

/** The facet keys, in the order the page shows them and writes them into the URL. */
export const FACETS = ['actor', 'topic', 'outlet'];

/** How many results the page shows at first and adds with each "more". */
export const PAGE_SIZE = 20;

/**
 * The search state of a URL query string (`?q=…&actor=…&actor=…`): the query and the
 * selected values of each facet, in URL order, without duplicates or empty values.
 */
export function readState(search) {
  const params = new URLSearchParams(search);
  const state = { q: params.get('q') || '' };
  for (const key of FACETS) state[key] = [...new Set(params.getAll(key).filter((value) => value !== ''))];
  return state;
}

/** The query string of a state (with `?`, or '' for an empty state); `readState` inverts it. */
export function writeState(state) {
  const params = new URLSearchParams();
  if (state.q && state.q.trim()) params.set('q', state.q.trim());
  for (const key of FACETS) for (const value of state[key] || []) params.append(key, value);
  const text = params.toString();
  return text ? '?' + text : '';
}

/**
 * `count` with the noun in the form Arabic requires, from the forms the generator writes
 * (Swift `ArabicCount`, the one place of this rule): 1 and 2 have their own phrases, numbers
 * whose last two digits are 3–10 take the plural, 11–99 the singular in the accusative, and
 * 0 and 100, 101, 102, 1000… the singular as it is.
 */
export function countLabel(count, forms) {
  if (count === 1) return forms.one;
  if (count === 2) return forms.two;
  const lastTwo = Math.abs(count) % 100;
  const noun = lastTwo >= 3 && lastTwo <= 10 ? forms.few : lastTwo >= 11 ? forms.many : forms.other;
  return `${count} ${noun}`;
}

/**
 * The actor pages to offer for a query key: those of the key itself, else of the key with
 * one proclitic combination removed from its first word (wa-Putin offers Putin's page).
 * `aliases` maps a match key to a list of targets. `proclitics` lists the combinations a name
 * may carry, longest first, and the article (docs/arabic-text-engine.md §4.2); the page gives
 * both (`data-proclitics`, `data-article` on the search form), from the site generator's text engine.
 */
export function suggestionsFor(key, aliases, proclitics, article) {
  if (!key) return [];
  // Only the map's own keys: «constructor» or «__proto__» would find Object's members.
  const targets = (name) => (Object.hasOwn(aliases, name) && Array.isArray(aliases[name]) ? aliases[name] : null);
  if (targets(key)) return targets(key);
  const lam = article.slice(-1);
  for (const clitic of proclitics) {
    if (key.startsWith(clitic) && key.length - clitic.length >= 2) {
      const bare = key.slice(clitic.length);
      if (targets(bare)) return targets(bare);
      // A combination ending in lam + lam is lam + the article with its alef dropped
      // (li + al-umam reads lil-umam), so the bare name takes the article back.
      if (clitic.endsWith(lam + lam) && targets(article + bare)) return targets(article + bare);
    }
  }
  return [];
}

/**
 * The query key without the proclitics its words carry, when they can be told: a combination
 * before the article («wa-al-naft» asks for «al-naft»; lam + lam takes the article back, «li-l-amn»
 * asks for «al-amn») or before a name of `aliases` («wa-Putin» asks for «Putin»). Null when no
 * word changes. Pagefind's stemmer strips a proclitic from a query word but not always the same
 * way as from a page's word, so the search page asks for this key too and merges the results.
 * A bare word beginning with a proclitic's letter («wazir») is left alone.
 */
export function withoutProclitics(key, aliases, proclitics, article) {
  const lam = article.slice(-1);
  const known = (name) => Object.hasOwn(aliases, name);
  let changed = false;
  const words = key.split(' ').map((word) => {
    for (const clitic of proclitics) {
      // The article alone is no proclitic here: the site's terms have each word without it.
      if (clitic === article || !word.startsWith(clitic) || word.length - clitic.length < 3) continue;
      const bare = word.slice(clitic.length);
      if (clitic.endsWith(lam + lam)) {
        changed = true;
        return article + bare;
      }
      // «wa-al-d» (a father) is no «al-d»: the article needs three letters after it.
      if ((bare.startsWith(article) && bare.length - article.length >= 3) || known(bare)) {
        changed = true;
        return bare;
      }
    }
    return word;
  });
  return changed ? words.join(' ') : null;
}

/**
 * The results of several searches as one list: each page once, with its best score, best first
 * (a page found by both keeps its place among the first search's equals).
 */
export function mergedResults(lists) {
  const best = new Map();
  let order = 0;
  for (const list of lists) {
    for (const result of list) {
      const seen = best.get(result.id);
      if (!seen) best.set(result.id, { result, order: order++ });
      else if (result.score > seen.result.score) seen.result = result;
    }
  }
  return [...best.values()].sort((a, b) => b.result.score - a.result.score || a.order - b.order).map((each) => each.result);
}

/**
 * The filter counts of several searches as one (`{ key: { value: count } }`): each value's
 * largest count. The second search adds the pages the first missed through the stemmer, so its
 * counts are mostly the larger; a sum would count the pages both found twice.
 */
export function mergedFilters(sets) {
  const merged = {};
  for (const filters of sets) {
    for (const [key, values] of Object.entries(filters || {})) {
      merged[key] = merged[key] || {};
      for (const [value, count] of Object.entries(values)) merged[key][value] = Math.max(merged[key][value] || 0, count);
    }
  }
  return merged;
}

/** How many results to show after `shown` when `total` exist and "more" is pressed. */
export function nextShown(shown, total) {
  return Math.min(total, shown + PAGE_SIZE);
}
