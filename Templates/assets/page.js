// The reading aids of every page (a classic script, so pages opened from disk run it too):
// the article's switch that hides or shows all notes and highlights, remembered across pages;
// margin notes collapsed behind their numbered marker on narrow screens and opened when their
// marker is followed; long margin notes cut to their first lines with a "more" button.
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
    notes.forEach(function (note) { note.open = wide.matches; });
    openTarget();
  }

  // A followed marker (`#note-card-…`) opens its note, and shows notes if they were hidden.
  function openTarget() {
    if (!location.hash) return;
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.matches('details.margin-note')) {
      target.open = true;
      if (root.classList.contains('notes-hidden')) setHidden(false, button);
    }
  }

  // A long note shows its first lines; the button opens the rest (and closes it again).
  var body = document.querySelector('.article-body');
  var moreLabel = body ? body.getAttribute('data-more') : null;
  var lessLabel = body ? body.getAttribute('data-less') : null;
  function clampLongNotes() {
    if (!moreLabel) return;
    notes.forEach(function (note, index) {
      var text = note.querySelector('.note-body');
      if (!text || text.classList.contains('clamped') || !note.open) return;
      var lineHeight = parseFloat(window.getComputedStyle(text).lineHeight) || 24;
      if (text.scrollHeight <= lineHeight * 6) return;
      if (!text.id) text.id = (note.id || 'note-' + index) + '-body';
      text.classList.add('clamped');
      var more = document.createElement('button');
      more.type = 'button';
      more.className = 'note-more';
      more.textContent = moreLabel;
      more.setAttribute('aria-expanded', 'false');
      more.setAttribute('aria-controls', text.id);
      more.addEventListener('click', function () {
        var open = text.classList.toggle('clamped') === false;
        more.setAttribute('aria-expanded', open ? 'true' : 'false');
        more.textContent = open ? lessLabel : moreLabel;
      });
      text.after(more);
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
  window.addEventListener('hashchange', openTarget);
})();
