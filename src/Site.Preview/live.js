// Added by 'site preview' to every HTML page it serves (never part of the built site).
// Listens to the preview server: reloads this tab when its page changed, swaps stylesheets in place when only CSS
// changed, and shows the build's errors in an overlay until the next good build.
(function () {
  'use strict';

  var script = document.currentScript;
  var missing = script && script.hasAttribute('data-missing');
  var overlay = null;

  function here() {
    return decodeURIComponent(location.pathname);
  }

  function el(tag, text, style) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    if (style) node.setAttribute('style', style);
    return node;
  }

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function show(errors) {
    hide();
    if (!errors || errors.length === 0) return;
    overlay = el('div', null, 'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,24,28,.94);color:#fff;font:16px/1.5 system-ui,sans-serif;padding:2rem;');
    overlay.id = 'site-preview-errors';
    overlay.setAttribute('role', 'alertdialog');
    overlay.setAttribute('aria-modal', 'true');
    overlay.setAttribute('aria-labelledby', 'site-preview-errors-title');
    var box = el('div', null, 'max-width:60rem;margin:0 auto;');
    var title = el('h2', errors.length === 1 ? 'The site did not build: 1 error' : 'The site did not build: ' + errors.length + ' errors', 'margin:0 0 .5rem;font-size:1.5rem;color:#fff;');
    title.id = 'site-preview-errors-title';
    box.appendChild(title);
    box.appendChild(el('p', 'You are seeing the last version that built. Fix the file named below and save it; this message goes away by itself. Nothing in your files was changed.', 'margin:0 0 1.5rem;color:#e5e7eb;'));
    var list = el('ol', null, 'margin:0;padding:0;list-style:none;');
    errors.forEach(function (error) {
      var item = el('li', null, 'margin:0 0 1rem;padding:1rem;border-left:6px solid #f87171;background:#1f2933;');
      var where = error.file + (error.line ? ':' + error.line + (error.column ? ':' + error.column + (error.endColumn > error.column ? '-' + error.endColumn : '') : '') : '');
      item.appendChild(el('p', where, 'margin:0;font-family:ui-monospace,monospace;color:#fde68a;'));
      item.appendChild(el('p', error.code + ': ' + error.message, 'margin:.25rem 0 0;'));
      if (error.fix) item.appendChild(el('p', 'What to do: ' + error.fix, 'margin:.5rem 0 0;color:#d1fae5;'));
      item.appendChild(el('p', 'More: site explain ' + error.code, 'margin:.5rem 0 0;font-family:ui-monospace,monospace;color:#cbd5e1;font-size:.9em;'));
      list.appendChild(item);
    });
    box.appendChild(list);
    var close = el('button', 'Hide this message', 'margin-top:1rem;font:inherit;padding:.4rem 1rem;color:#1f2933;background:#fff;border:2px solid #fff;border-radius:.25rem;cursor:pointer;');
    close.type = 'button';
    close.addEventListener('click', hide);
    box.appendChild(close);
    overlay.appendChild(box);
    document.body.appendChild(overlay);
    close.focus();
  }

  function restyle() {
    document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
      var url = new URL(link.href, location.href);
      if (url.origin !== location.origin) return;
      url.searchParams.set('preview', Date.now().toString());
      link.href = url.toString();
    });
  }

  var events = new EventSource('/__preview/events');
  events.addEventListener('errors', function (e) { show(JSON.parse(e.data)); });
  events.addEventListener('ok', function () { hide(); });
  events.addEventListener('styles', function () { restyle(); });
  events.addEventListener('reload', function (e) {
    var urls = JSON.parse(e.data).urls || [];
    if (missing || urls.indexOf(here()) >= 0) location.reload();
  });
})();
