// Runs the browser normaliser over the shared test vectors and compares with the Swift L1 key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { matchKey, pagefindQuery, queryKey } from '../../Templates/assets/normalize.js';

const vectors = JSON.parse(
  readFileSync(new URL('../ArabicTextTests/Resources/normalizer-vectors.json', import.meta.url), 'utf8'));

test('the vectors file is not empty', () => {
  assert.ok(vectors.length >= 10);
});

for (const vector of vectors) {
  test(`matchKey: ${vector.note}`, () => {
    assert.equal(matchKey(vector.input), vector.matchKey);
  });
}

test('queryKey trims and folds what users type', () => {
  assert.equal(queryKey('  بُوتـين  '), 'بوتين');
  assert.equal(queryKey('إيلون   ماسك'), 'ايلون ماسك');
  assert.equal(queryKey('ترمب'), 'ترمب');
});

test('pagefindQuery drops the article before a letter the stemmer takes for a proclitic', () => {
  assert.equal(pagefindQuery('الوزير'), 'وزير');
  assert.equal(pagefindQuery('رءيس البرلمان الفلسطيني'), 'رءيس برلمان فلسطيني');
  assert.equal(pagefindQuery('الطاهر الرءيس الوف'), 'الطاهر الرءيس الوف');
  assert.equal(pagefindQuery('putin'), 'putin');
});
