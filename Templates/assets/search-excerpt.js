// The excerpt under a search result, taken from the text its page shows. Pagefind also reads
// each page's hidden search terms (folded spellings and names, docs/arabic-text-engine.md §5.3),
// which stand last in its content; a query folded to them (al-ra'is with a bare hamza) would get
// its excerpt from that list. Words are compared by their L1 match key, so a query with one
// hamza spelling marks the page's words written with another, and with a proclitic.
// An ES module, tested by Tests/JavaScript/search-excerpt.test.mjs.
import { matchKey } from './normalize.js';

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHTML(text) {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

// A web address: a scheme's «://» or a leading «www.».
const ADDRESS = /:\/\/|^[^\p{L}\p{N}]*www\./iu;

/**
 * One word of an excerpt as HTML: escaped, in <mark> when a `hit`, and a web address isolated
 * left to right, so that its slashes stay in place inside Arabic text («/https://…» otherwise).
 */
function wordHTML(word, hit) {
  const html = hit ? `<mark>${escapeHTML(word)}</mark>` : escapeHTML(word);
  return ADDRESS.test(word) ? `<bdi dir="ltr">${html}</bdi>` : html;
}

/**
 * A result's content without the hidden texts that Pagefind read after the page's text: `tails`,
 * the last first (the terms, then the forms of the page's subject before them).
 */
export function visibleText(content, ...tails) {
  let text = String(content || '');
  for (const tail of tails) if (tail && text.endsWith(tail)) text = text.slice(0, text.length - tail.length).trimEnd();
  return text;
}

/**
 * The forms of the query key's words to look for: each word, and without the definite
 * `article` (the page's `data-article`) when longer.
 */
function needles(key, article) {
  const words = key.split(' ').filter((word) => word.length >= 2);
  return words.flatMap((word) =>
    article && word.startsWith(article) && word.length > article.length + 2 ? [word, word.slice(article.length)] : [word]);
}

/**
 * About `length` words of `text` from a little before the first word holding a word of the
 * query key `key` (its L1 match key), as HTML with those words in <mark> and web addresses
 * isolated; the opening words when none does. An ellipsis marks text left out at either end.
 */
export function excerptFor(text, key, article, length = 24) {
  const words = String(text).split(/\s+/).filter(Boolean);
  const wanted = needles(String(key || ''), article);
  const hits = words.map((word) => wanted.length > 0 && wanted.some((needle) => matchKey(word).includes(needle)));
  const first = hits.indexOf(true);
  const start = first < 0 ? 0 : Math.max(0, Math.min(first - Math.floor(length / 3), words.length - length));
  const end = Math.min(words.length, start + length);
  const shown = [];
  for (let index = start; index < end; index += 1) shown.push(wordHTML(words[index], hits[index]));
  return (start > 0 ? '…' : '') + shown.join(' ') + (end < words.length ? '…' : '');
}
