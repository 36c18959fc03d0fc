// The L1 match key of docs/arabic-text-engine.md §2.2, in the browser: the same folding the site generator
// applies (Swift `ArabicNormalizer.matchKey`), so a query typed with hamza, tashkeel, tatweel,
// alef maqsura, taa marbuta, Persian letters or Arabic-Indic digits meets the page words as indexed.
// Checked against Tests/ArabicTextTests/Resources/normalizer-vectors.json by
// Tests/JavaScript/normalize.test.mjs. An ES module with no dependencies.

/** Code points deleted (step 3): tatweel, diacritics, Quranic marks, format characters. */
function isDeleted(cp) {
  return cp === 0x0640 || (cp >= 0x0610 && cp <= 0x061a) || (cp >= 0x064b && cp <= 0x065f) ||
    cp === 0x0670 || (cp >= 0x06d6 && cp <= 0x06dc) || (cp >= 0x06df && cp <= 0x06e4) ||
    (cp >= 0x06e7 && cp <= 0x06e8) || (cp >= 0x06ea && cp <= 0x06ed) || (cp >= 0x200b && cp <= 0x200f) ||
    cp === 0x061c || cp === 0x00ad || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0xfeff;
}

/** One-to-one folds (steps 4 to 9); undefined when no rule applies. */
const FOLDS = new Map([
  [0x0623, 0x0627], [0x0625, 0x0627], [0x0622, 0x0627], [0x0671, 0x0627], [0x0672, 0x0627], [0x0673, 0x0627], [0x0675, 0x0627],
  [0x0649, 0x064a], [0x06cc, 0x064a], [0x06d2, 0x064a], [0x06d0, 0x064a],
  [0x0629, 0x0647], [0x06c0, 0x0647], [0x06c1, 0x0647], [0x06be, 0x0647], [0x06d5, 0x0647],
  [0x0624, 0x0621], [0x0626, 0x0621],
  [0x06a9, 0x0643], [0x06aa, 0x0643], [0x06af, 0x0643], [0x0763, 0x0643],
  [0x06a8, 0x0642], [0x06a4, 0x0641], [0x067e, 0x0628], [0x0686, 0x062c], [0x0698, 0x0632],
  [0x066b, 0x2e], [0x066c, 0x2c], [0x066a, 0x25], [0x060d, 0x2f],
  [0x00a0, 0x20], [0x202f, 0x20], [0x09, 0x20],
]);

/** Appends the L1 form of one code point of NFC text to `out` (an array of strings). */
function appendFolded(cp, out) {
  if (cp >= 0x41 && cp <= 0x5a) { out.push(String.fromCodePoint(cp + 0x20)); return; }
  if (cp < 0x80 && cp !== 0x09) { out.push(String.fromCodePoint(cp)); return; }
  if (isDeleted(cp)) return;
  if (cp >= 0x0660 && cp <= 0x0669) { out.push(String.fromCodePoint(cp - 0x0660 + 0x30)); return; }
  if (cp >= 0x06f0 && cp <= 0x06f9) { out.push(String.fromCodePoint(cp - 0x06f0 + 0x30)); return; }
  if (cp >= 0x2000 && cp <= 0x200a) { out.push(' '); return; }
  const folded = FOLDS.get(cp);
  if (folded !== undefined) { out.push(String.fromCodePoint(folded)); return; }
  const char = String.fromCodePoint(cp);
  if ((cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefc)) {
    const compatible = char.normalize('NFKC');
    if (compatible === char) { out.push(char); return; }
    for (const part of compatible) appendFolded(part.codePointAt(0), out);
    return;
  }
  out.push(char.toLowerCase());
}

/**
 * The L1 match key of a text: NFC, presentation forms decomposed, tatweel/diacritics/format
 * characters deleted, alef/yaa/haa/hamza/loan-letter variants folded, digits to ASCII,
 * exotic spaces to a space, runs of spaces collapsed, Latin lower-cased.
 */
export function matchKey(text) {
  const out = [];
  for (const char of String(text).normalize('NFC')) appendFolded(char.codePointAt(0), out);
  return out.join('').replace(/ {2,}/g, ' ');
}

/** The key of a search query: `matchKey`, trimmed. */
export function queryKey(text) {
  return matchKey(text).trim();
}

/** Code points of the letters Pagefind's Arabic stemmer strips from a word's start as proclitics (waw, faa, baa, kaf, lam). */
const PROCLITICS = new Set([0x0648, 0x0641, 0x0628, 0x0643, 0x0644]);

/**
 * The query key as Pagefind is asked it: a word with the article (alef, lam) before a letter
 * Pagefind's stemmer takes for a proclitic ("al-wazir") without the article. The stemmer
 * strips the article from such a word but the letter from the bare one ("wazir" -> "zir"), so
 * "al-wazir" missed pages with only "wazir al-kharijiya"; the site generator adds the bare
 * form to pages with "al-wazir" (docs/arabic-text-engine.md §5.3), so the bare query finds both.
 */
export function pagefindQuery(key) {
  return key.split(' ').map((word) => {
    const points = [...word].map((char) => char.codePointAt(0));
    const article = points[0] === 0x0627 && points[1] === 0x0644;
    return points.length >= 5 && article && PROCLITICS.has(points[2]) ? [...word].slice(2).join('') : word;
  }).join(' ');
}
