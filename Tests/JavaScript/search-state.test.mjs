// The search page's pure logic: URL state, Arabic count phrases, suggestions, paging.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FACETS, PAGE_SIZE, countLabel, mergedFilters, mergedResults, nextShown, readState, suggestionsFor as suggestionsForPage,
  withoutProclitics, writeState,
} from '../../Templates/assets/search-state.js';

const forms = { one: 'مقال واحد', two: 'مقالان', few: 'مقالات', many: 'مقالًا', other: 'مقال' };

test('counts follow Arabic number agreement', () => {
  const cases = [
    [0, '0 مقال'], [1, 'مقال واحد'], [2, 'مقالان'], [3, '3 مقالات'], [9, '9 مقالات'], [10, '10 مقالات'],
    [11, '11 مقالًا'], [58, '58 مقالًا'], [99, '99 مقالًا'], [100, '100 مقال'], [101, '101 مقال'],
    [102, '102 مقال'], [103, '103 مقالات'], [110, '110 مقالات'], [111, '111 مقالًا'], [1000, '1000 مقال'],
  ];
  for (const [count, expected] of cases) assert.equal(countLabel(count, forms), expected, `count ${count}`);
});

test('the state survives a round trip through the URL', () => {
  const state = { q: 'بوتين ترمب', actor: ['فلاديمير بوتين', 'دونالد ترامب'], topic: [], outlet: ['رويترز & co'] };
  const search = writeState(state);
  assert.ok(search.startsWith('?q='));
  assert.deepEqual(readState(search), state);
});

test('reading a URL drops empty and repeated values and ignores unknown keys', () => {
  const state = readState('?q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86&actor=&actor=x&actor=x&page=3&topic=t');
  assert.deepEqual(state, { q: 'بوتين', actor: ['x'], topic: ['t'], outlet: [] });
  assert.deepEqual(readState(''), { q: '', actor: [], topic: [], outlet: [] });
});

test('an empty state writes no query string, and the query is trimmed', () => {
  assert.equal(writeState({ q: '   ', actor: [], topic: [], outlet: [] }), '');
  assert.equal(writeState({ q: ' ماسك ', actor: [], topic: [], outlet: [] }), '?q=' + encodeURIComponent('ماسك'));
  assert.deepEqual(FACETS, ['actor', 'topic', 'outlet']);
});

// As the search page gives them (`data-proclitics`, `data-article`), from ProcliticForms.searchCombinations.
const proclitics = ['وبال', 'فبال', 'وكال', 'فكال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'وب', 'ول', 'فب', 'فل', 'وك', 'فك', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];
const suggestionsFor = (key, aliases) => suggestionsForPage(key, aliases, proclitics, 'ال');

test('an actor is suggested for its alias with or without proclitics', () => {
  const putin = [{ name: 'فلاديمير بوتين', url: 'actors/vladimir-putin/index.html' }];
  const aliases = { 'بوتين': putin, 'الامم المتحده': [{ name: 'الأمم المتحدة', url: 'actors/un/index.html' }] };
  assert.deepEqual(suggestionsFor('بوتين', aliases), putin);
  assert.deepEqual(suggestionsFor('وبوتين', aliases), putin);
  assert.deepEqual(suggestionsFor('لبوتين', aliases), putin);
  assert.deepEqual(suggestionsFor('فبوتين', aliases), putin);
  assert.equal(suggestionsFor('وللامم المتحده', aliases)[0].name, 'الأمم المتحدة');
  assert.deepEqual(suggestionsFor('ماكرون', aliases), []);
  assert.deepEqual(suggestionsFor('', aliases), []);
  // A bare letter left after stripping is no name.
  assert.deepEqual(suggestionsFor('وب', { 'ب': putin }), []);
  // Conjunction + preposition + article, as the text engine generates it.
  assert.deepEqual(suggestionsFor('وكالامم المتحده', aliases)[0].name, 'الأمم المتحدة');
});

test('words naming members of every object are no aliases', () => {
  const aliases = { 'بوتين': [{ name: 'فلاديمير بوتين', url: 'actors/putin/index.html' }] };
  for (const word of ['constructor', '__proto__', 'toString', 'وconstructor', 'hasOwnProperty']) {
    assert.deepEqual(suggestionsFor(word, aliases), [], word);
  }
  assert.deepEqual(suggestionsFor('constructor', JSON.parse('{"constructor": [{"name": "c", "url": "u"}]}')), [{ name: 'c', url: 'u' }]);
});

test('"more" adds one page of results and stops at the total', () => {
  assert.equal(nextShown(0, 58), PAGE_SIZE);
  assert.equal(nextShown(PAGE_SIZE, 58), 2 * PAGE_SIZE);
  assert.equal(nextShown(2 * PAGE_SIZE, 58), 58);
  assert.equal(nextShown(58, 58), 58);
});

test('a query is asked again without the proclitics its words carry, when they can be told', () => {
  const aliases = { 'بوتين': [] };
  const bare = (key) => withoutProclitics(key, aliases, proclitics, 'ال');
  assert.equal(bare('والنفط'), 'النفط');
  assert.equal(bare('بالنفط والغاز'), 'النفط الغاز');
  assert.equal(bare('للامن'), 'الامن');
  assert.equal(bare('وبوتين'), 'بوتين');
  assert.equal(bare('لبوتين يقول'), 'بوتين يقول');
  // A word that only begins with a proclitic's letter, or whose rest is no name, is left alone.
  assert.equal(bare('وزير'), null);
  assert.equal(bare('ولاية'), null);
  assert.equal(bare('والي'), null);
  assert.equal(bare('والد'), null);
  assert.equal(bare('النفط'), null);
  assert.equal(bare('بوتين'), null);
});

test('merged results list each page once, best score first', () => {
  const a = [{ id: 'p1', score: 5 }, { id: 'p2', score: 3 }];
  const b = [{ id: 'p3', score: 4 }, { id: 'p2', score: 6 }, { id: 'p4', score: 3 }];
  assert.deepEqual(mergedResults([a, b]).map((result) => [result.id, result.score]), [
    ['p2', 6], ['p1', 5], ['p3', 4], ['p4', 3],
  ]);
  assert.deepEqual(mergedResults([a]), a);
});

test('merged filter counts take each value\'s largest count, so a query with «و» counts as its results do', () => {
  const typed = { actor: { 'زهير المغزاوي': 3 }, outlet: { 'الترا تونس': 2 } };
  const bare = { actor: { 'زهير المغزاوي': 10, 'قيس سعيّد': 4 } };
  assert.deepEqual(mergedFilters([typed, bare]), {
    actor: { 'زهير المغزاوي': 10, 'قيس سعيّد': 4 }, outlet: { 'الترا تونس': 2 },
  });
  assert.deepEqual(mergedFilters([typed, undefined]), typed);
});
