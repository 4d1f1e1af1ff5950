/**
 * The page's small inline script: details of a quote on hover and focus, selecting a speaker,
 * jumping from the quote list to a quote. It reads only the page's own DOM (attributes and
 * hidden detail blocks the renderer wrote) and never builds HTML from strings, so it cannot
 * turn article text into markup. The page works without it (all text, colours and the quote
 * list are there); it only adds the interaction.
 * @module
 */

/** The script's source, inlined into every page (its hash is allowed by the page's CSP). */
export const PAGE_JS = `(function () {
  'use strict';
  var body = document.body;
  var tip = document.getElementById('tip');
  var status = document.getElementById('selection-status');
  var clearButton = document.getElementById('clear-selection');
  var pieces = Array.prototype.slice.call(document.querySelectorAll('.q[data-qi]'));
  var linked = Array.prototype.slice.call(document.querySelectorAll('[data-qis]'));
  var buttons = Array.prototype.slice.call(document.querySelectorAll('button.speaker'));
  var others = Array.prototype.slice.call(document.querySelectorAll('.other-mention'));
  var byQuote = {};
  pieces.forEach(function (el) { (byQuote[el.dataset.qi] = byQuote[el.dataset.qi] || []).push(el); });
  var active = null;
  var anchorEl = null;
  var selected = null;

  function place(anchor) {
    var r = anchor.getBoundingClientRect();
    tip.style.left = '0px';
    tip.style.top = '0px';
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.max(8, Math.min(r.left, window.innerWidth - w - 8));
    var top = r.bottom + 8;
    if (top + h > window.innerHeight - 8 && r.top - h - 8 > 8) top = r.top - h - 8;
    top = Math.max(8, Math.min(top, window.innerHeight - h - 8));
    tip.style.left = left + 'px';
    tip.style.top = top + 'px';
  }

  function activate(qi, anchor) {
    if (active !== qi) deactivate();
    active = qi;
    anchorEl = anchor;
    (byQuote[qi] || []).forEach(function (el) { el.classList.add('is-active'); });
    linked.forEach(function (el) {
      if (el.dataset.qis.split(' ').indexOf(qi) !== -1) el.classList.add('is-linked');
    });
    var info = document.getElementById('info-' + qi);
    if (info) {
      tip.replaceChildren(info.cloneNode(true));
      tip.firstChild.removeAttribute('id');
      tip.firstChild.hidden = false;
      tip.hidden = false;
      place(anchor);
    }
  }

  function deactivate() {
    if (active === null) return;
    document.querySelectorAll('.is-active,.is-linked').forEach(function (el) { el.classList.remove('is-active', 'is-linked'); });
    tip.hidden = true;
    tip.replaceChildren();
    active = null;
    anchorEl = null;
  }

  function select(speaker) {
    selected = speaker === selected ? null : speaker;
    var shown = 0, name = '';
    buttons.forEach(function (b) {
      var on = selected !== null && b.dataset.speaker === selected;
      b.setAttribute('aria-pressed', on ? 'true' : 'false');
      if (on) name = b.dataset.name || '';
    });
    var seen = {};
    pieces.forEach(function (el) {
      var mine = selected !== null && el.dataset.speaker === selected;
      el.classList.toggle('is-selected', mine);
      el.classList.toggle('is-dimmed', selected !== null && !mine);
      if (mine && !seen[el.dataset.qi]) { seen[el.dataset.qi] = true; shown++; }
    });
    others.forEach(function (el) { el.classList.toggle('is-selected', selected !== null && el.dataset.speaker === selected); });
    body.classList.toggle('has-selection', selected !== null);
    if (selected === null) delete body.dataset.selectedSpeaker; else body.dataset.selectedSpeaker = selected;
    clearButton.disabled = selected === null;
    status.textContent = selected === null ? 'Alle citater vises.' : 'Fremhæver ' + shown + (shown === 1 ? ' citat' : ' citater') + ' af ' + name + '.';
  }

  function quoteOf(target) {
    return target && target.closest ? target.closest('.q[data-qi]') : null;
  }

  document.addEventListener('mouseover', function (e) {
    var q = quoteOf(e.target);
    if (q) activate(q.dataset.qi, q);
  });
  document.addEventListener('mouseout', function (e) {
    var q = quoteOf(e.target);
    if (!q) return;
    var to = quoteOf(e.relatedTarget);
    if (to && to.dataset.qi === q.dataset.qi) return;
    var focused = quoteOf(document.activeElement);
    if (focused) activate(focused.dataset.qi, focused); else if (!to) deactivate();
  });
  document.addEventListener('focusin', function (e) {
    var q = quoteOf(e.target);
    if (q) activate(q.dataset.qi, q); else deactivate();
  });
  document.addEventListener('focusout', function (e) {
    if (quoteOf(e.target) && !quoteOf(e.relatedTarget)) deactivate();
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') {
      deactivate();
      if (selected !== null) select(selected);
      return;
    }
    var q = quoteOf(e.target);
    if (q && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      select(q.dataset.speaker);
    }
  });
  buttons.forEach(function (b) {
    b.addEventListener('click', function () { select(b.dataset.speaker); });
  });
  clearButton.addEventListener('click', function () { if (selected !== null) select(selected); });
  document.querySelectorAll('a[data-goto]').forEach(function (a) {
    a.addEventListener('click', function (e) {
      var target = (byQuote[a.dataset.goto] || [])[0];
      if (!target) return;
      e.preventDefault();
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    });
  });
  function follow() { if (anchorEl !== null && !tip.hidden) place(anchorEl); }
  window.addEventListener('scroll', follow, { passive: true });
  window.addEventListener('resize', follow);
  body.classList.add('js');
})();
`;
