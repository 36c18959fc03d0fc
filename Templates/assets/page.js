// The reading aids of every page (a classic script, so pages opened from disk run it too):
// the article's switch that hides or shows all notes and highlights, remembered across pages;
// margin notes collapsed behind their numbered marker on narrow screens and opened when their
// marker is followed; long margin notes cut to their first lines with a "more" button; every
// note opened for printing.
(function () {
  'use strict';
  var root = document.documentElement;
  var STORAGE_KEY = 'dossier.notesHidden';
  var wide = window.matchMedia('(min-width: 64rem)');

  function remembered() {
    try { return window.localStorage.getItem(STORAGE_KEY) === '1'; } catch (error) { return false; }
  }

  function remember(hidden) {
    try { window.localStorage.setItem(STORAGE_KEY, hidden ? '1' : '0'); } catch (error) { /* private mode */ }
  }

  function setHidden(hidden, button) {
    root.classList.toggle('notes-hidden', hidden);
    if (button) button.setAttribute('aria-pressed', hidden ? 'false' : 'true');
  }

  // Under a <base> (the 404 page, served at any address) "#main" leads to the site's home
  // page: the skip link moves to this page's content instead.
  var skip = document.querySelector('a.skip-link');
  if (skip && document.querySelector('base')) {
    skip.addEventListener('click', function (event) {
      var main = document.getElementById('main');
      if (!main) return;
      event.preventDefault();
      main.setAttribute('tabindex', '-1');
      main.focus();
    });
  }

  // Browsers do not load the search page's module from disk (file://), so it cannot say that
  // search is unavailable there: this classic script, which runs, says it.
  var searchStatus = document.getElementById('search-status');
  if (searchStatus && location.protocol === 'file:') {
    searchStatus.textContent = searchStatus.getAttribute('data-unavailable');
  }

  // On a phone the menu scrolls sideways: bring the current page's entry into view.
  var current = document.querySelector('.site-nav [aria-current="page"]');
  var menu = current ? current.closest('ul') : null;
  if (menu && menu.scrollWidth > menu.clientWidth) {
    menu.scrollLeft += current.getBoundingClientRect().left - menu.getBoundingClientRect().left -
      (menu.clientWidth - current.offsetWidth) / 2;
  }

  var button = document.querySelector('.notes-switch');
  setHidden(remembered(), button);
  if (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var hidden = !root.classList.contains('notes-hidden');
      setHidden(hidden, button);
      remember(hidden);
    });
  }

  var notes = Array.prototype.slice.call(document.querySelectorAll('details.margin-note'));

  // Wide screens show every note beside its passage; narrow ones show only the markers.
  function fitNotes() {
    notes.forEach(function (note) {
      note.open = wide.matches;
      delete note.dataset.folded;
    });
    openTarget();
  }

  // A followed marker (`#margin-note-…`) opens its note, and shows notes if they were hidden.
  function openTarget() {
    var target = followedNote();
    if (target) {
      target.open = true;
      if (root.classList.contains('notes-hidden')) setHidden(false, button);
    }
  }

  // The margin note the address's fragment names, or null.
  function followedNote() {
    if (!location.hash) return null;
    var id;
    // A hand-typed fragment may not decode («#%E0%A4»): it names no note.
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (error) { return null; }
    var target = document.getElementById(id);
    return target && target.matches('details.margin-note') ? target : null;
  }

  // A long note shows its first lines; the button opens the rest (and closes it again).
  var body = document.querySelector('.article-body');
  var moreLabel = body ? body.getAttribute('data-more') : null;
  var lessLabel = body ? body.getAttribute('data-less') : null;

  // Cuts a note's text to `limit` pixels, with a button that opens and closes the rest.
  function clamp(note, text, limit) {
    text.dataset.limit = String(Math.round(limit));
    text.style.maxBlockSize = text.dataset.limit + 'px';
    text.classList.add('clamped');
    if (text.nextElementSibling && text.nextElementSibling.classList.contains('note-more')) return;
    if (!text.id) text.id = (note.id || 'note-' + notes.indexOf(note)) + '-body';
    var more = document.createElement('button');
    more.type = 'button';
    more.className = 'note-more';
    more.textContent = moreLabel;
    more.setAttribute('aria-expanded', 'false');
    more.setAttribute('aria-controls', text.id);
    function show(open) {
      text.classList.toggle('clamped', !open);
      text.style.maxBlockSize = open ? '' : text.dataset.limit + 'px';
      more.setAttribute('aria-expanded', open ? 'true' : 'false');
      more.textContent = open ? lessLabel : moreLabel;
    }
    more.addEventListener('click', function () { show(text.classList.contains('clamped')); });
    // A link reached by the keyboard inside the cut text opens it: the cut box scrolled to the
    // link and stayed scrolled, showing the middle of the note.
    text.addEventListener('focusin', function () {
      if (!text.classList.contains('clamped')) return;
      show(true);
      text.scrollTop = 0;
    });
    text.after(more);
  }

  function lineHeightOf(text) {
    return parseFloat(window.getComputedStyle(text).lineHeight) || 24;
  }

  function clampLongNotes() {
    if (!moreLabel) return;
    notes.forEach(function (note) {
      var text = note.querySelector('.note-body');
      if (!text || text.classList.contains('clamped') || !note.open) return;
      var lines = lineHeightOf(text) * 4;
      if (text.scrollHeight > lines * 1.5) clamp(note, text, lines);
    });
    fitToPassages();
  }

  // Wide screens: a paragraph's notes may not reach past the next noted paragraph, or that
  // paragraph's notes would be pushed below their passage. The last open note of a margin that
  // is too tall is cut further; where even two lines do not fit, it folds behind its numbered
  // head. A note the reader opened, expanded or followed a marker to is left as it is.
  function fitToPassages() {
    if (!wide.matches || !moreLabel) return;
    var margins = Array.prototype.slice.call(document.querySelectorAll('.article-body .margin'));
    margins.forEach(function (margin, index) {
      var next = margins[index + 1];
      var passage = next ? next.parentElement.querySelector(':scope > p') : null;
      var open = margin.querySelectorAll('details.margin-note[open]');
      var note = open.length ? open[open.length - 1] : null;
      var text = note ? note.querySelector('.note-body') : null;
      if (!passage || !text || note.dataset.folded || (text.dataset.limit && !text.classList.contains('clamped'))) return;
      // The note a followed marker opened stays open: the page was opened to show it.
      if (note === followedNote()) return;
      var room = passage.getBoundingClientRect().top - margin.getBoundingClientRect().top - 12;
      var over = margin.getBoundingClientRect().height - room;
      if (over <= 0) return;
      var height = text.getBoundingClientRect().height;
      var limit = height - over - (text.classList.contains('clamped') ? 0 : 28);
      if (limit >= lineHeightOf(text) * 2) {
        clamp(note, text, limit);
      } else {
        note.dataset.folded = '1';
        note.open = false;
      }
    });
  }

  // The notes page's filter by kind: shows only the cards (and their groups) of one kind.
  var kindFilter = document.querySelector('.kind-filter');
  if (kindFilter) {
    kindFilter.hidden = false;
    kindFilter.addEventListener('change', function (event) {
      var kind = event.target.value;
      document.querySelectorAll('.note-group').forEach(function (group) {
        var shown = 0;
        group.querySelectorAll('.note-card').forEach(function (card) {
          var match = !kind || card.getAttribute('data-kind') === kind;
          card.hidden = !match;
          if (match) shown += 1;
        });
        group.hidden = shown === 0;
      });
    });
  }

  fitNotes();
  clampLongNotes();
  notes.forEach(function (note) { note.addEventListener('toggle', clampLongNotes); });
  wide.addEventListener('change', fitNotes);
  // A printed article carries its notes in full under their paragraphs, whatever the width.
  window.addEventListener('beforeprint', function () {
    notes.forEach(function (note) { note.open = true; });
  });
  window.addEventListener('afterprint', fitNotes);
  window.addEventListener('hashchange', openTarget);
})();
