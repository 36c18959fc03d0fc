// Search result excerpts: from the page's visible text, words compared by their match key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerptFor, visibleText } from '../../Templates/assets/search-excerpt.js';
import { queryKey } from '../../Templates/assets/normalize.js';

test('the hidden terms Pagefind read last are not part of the visible text', () => {
  assert.equal(visibleText('قال الرئيس كلمته. الرءيس مسءول', 'الرءيس مسءول'), 'قال الرئيس كلمته.');
  assert.equal(visibleText('نص بلا مصطلحات', undefined), 'نص بلا مصطلحات');
  assert.equal(visibleText('نص ينتهي بغيرها', 'كلمات أخرى'), 'نص ينتهي بغيرها');
  assert.equal(visibleText('نص الصفحة. برهان Burhan الرءيس', 'الرءيس', 'برهان Burhan'), 'نص الصفحة.');
  assert.equal(visibleText('نص الصفحة. برهان Burhan', undefined, 'برهان Burhan'), 'نص الصفحة.');
});

test('a query folded to a spelling the page does not show marks the words it shows', () => {
  const text = 'افتتح المؤتمر صباحاً ثم تحدث للرئيس مسؤول كبير عن الخطة.';
  assert.equal(
    excerptFor(text, queryKey('الرئيس'), 'ال', 24),
    'افتتح المؤتمر صباحاً ثم تحدث <mark>للرئيس</mark> مسؤول كبير عن الخطة.',
  );
  assert.match(excerptFor(text, queryKey('مسئول'), 'ال', 24), /<mark>مسؤول<\/mark>/);
});

test('the excerpt starts a little before the first hit, with «…» where text is left out', () => {
  const words = Array.from({ length: 60 }, (_, index) => `كلمة${index}`);
  words[40] = 'بوتين';
  const excerpt = excerptFor(words.join(' '), queryKey('بوتين'), 'ال', 12);
  assert.ok(excerpt.startsWith('…كلمة36 '), excerpt);
  assert.ok(excerpt.includes('<mark>بوتين</mark>') && excerpt.endsWith('…'), excerpt);
});

test('without a hit the opening words are shown, escaped, without marks', () => {
  assert.equal(excerptFor('أ <b> & ب', queryKey('ماسك'), 'ال', 24), 'أ &lt;b&gt; &amp; ب');
  assert.equal(excerptFor('واحد اثنان ثلاثة', '', 'ال', 2), 'واحد اثنان…');
});

test('a web address is isolated left to right, so its slashes stay in place in Arabic text', () => {
  assert.equal(
    excerptFor('صحيفة الديار https://addiyar.com/ اللبنانية', queryKey('الديار'), 'ال', 24),
    'صحيفة <mark>الديار</mark> <bdi dir="ltr">https://addiyar.com/</bdi> اللبنانية',
  );
  assert.equal(
    excerptFor('موقعها (www.alhurra.com) ومقره', queryKey('alhurra'), 'ال', 24),
    'موقعها <bdi dir="ltr"><mark>(www.alhurra.com)</mark></bdi> ومقره',
  );
  assert.equal(excerptFor('الساعة 10:30 في موقعwww', '', 'ال', 24), 'الساعة 10:30 في موقعwww');
});
