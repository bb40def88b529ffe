// The enlarge view of a photo gallery. Without this script every photo is a plain link to its full-size file, so
// nothing is lost; with it, following that link (a click, Enter, or Space) opens the photo in a modal <dialog>
// instead, with its caption and a visible Close button. While the view is open the rest of the page is inert
// (showModal), Tab and Shift+Tab stay inside the view, the arrow keys show the previous and next photo, and Escape
// or Close shuts it and puts the focus back on the photo that opened it. Loaded only on pages with a gallery.
(function () {
  'use strict';

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }

    if (text) {
      node.textContent = text;
    }

    return node;
  }

  function setUp(gallery) {
    var links = Array.prototype.slice.call(gallery.querySelectorAll('a.gallery-link'));
    if (links.length === 0 || typeof HTMLDialogElement !== 'function') {
      return;
    }

    var dialog = element('dialog', 'gallery-view');
    var close = element('button', 'gallery-close', 'Close');
    close.type = 'button';
    var figure = element('figure', 'gallery-view-figure');
    var image = element('img');
    var caption = element('figcaption');
    var counter = element('p', 'gallery-count');
    counter.id = 'gallery-view-count';
    var controls = element('div', 'gallery-controls');
    var previous = element('button', 'gallery-previous', 'Previous photo');
    var next = element('button', 'gallery-next', 'Next photo');
    previous.type = 'button';
    next.type = 'button';
    dialog.setAttribute('aria-labelledby', counter.id);
    figure.appendChild(image);
    figure.appendChild(caption);
    if (links.length > 1) {
      controls.appendChild(previous);
      controls.appendChild(next);
    }

    controls.appendChild(close);
    dialog.appendChild(counter);
    dialog.appendChild(figure);
    dialog.appendChild(controls);
    document.body.appendChild(dialog);

    var current = 0;
    var opener = null;

    function show(index) {
      current = (index + links.length) % links.length;
      var link = links[current];
      var thumbnail = link.querySelector('img');
      var text = link.closest('figure') && link.closest('figure').querySelector('figcaption');
      image.src = link.getAttribute('href');
      image.alt = thumbnail ? thumbnail.getAttribute('alt') : '';
      caption.textContent = text ? text.textContent : '';
      caption.hidden = !text;
      counter.textContent = 'Photo ' + (current + 1) + ' of ' + links.length;
    }

    function open(index, from) {
      opener = from;
      show(index);
      dialog.showModal();
      close.focus();
    }

    function focusable() {
      return Array.prototype.slice.call(dialog.querySelectorAll('button')).filter(function (button) {
        return !button.disabled && button.offsetParent !== null;
      });
    }

    links.forEach(function (link, index) {
      link.setAttribute('aria-haspopup', 'dialog');
      link.addEventListener('click', function (event) {
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
          return;
        }

        event.preventDefault();
        open(index, link);
      });
      link.addEventListener('keydown', function (event) {
        if (event.key === ' ') {
          event.preventDefault();
          open(index, link);
        }
      });
    });

    close.addEventListener('click', function () {
      dialog.close();
    });
    previous.addEventListener('click', function () {
      show(current - 1);
    });
    next.addEventListener('click', function () {
      show(current + 1);
    });

    // A click on the backdrop (outside the photo and its buttons) closes the view too.
    dialog.addEventListener('click', function (event) {
      if (event.target === dialog) {
        dialog.close();
      }
    });

    dialog.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowLeft' && links.length > 1) {
        event.preventDefault();
        show(current - 1);
      } else if (event.key === 'ArrowRight' && links.length > 1) {
        event.preventDefault();
        show(current + 1);
      } else if (event.key === 'Tab') {
        // showModal makes the page inert, but Tab past the last button would leave for the browser's own controls.
        var stops = focusable();
        var first = stops[0];
        var last = stops[stops.length - 1];
        if (event.shiftKey && document.activeElement === first) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first.focus();
        } else if (stops.indexOf(document.activeElement) < 0) {
          event.preventDefault();
          first.focus();
        }
      }
    });

    // Escape closes a modal dialog by itself; either way the focus goes back to the photo that opened it.
    dialog.addEventListener('close', function () {
      image.removeAttribute('src');
      if (opener) {
        opener.focus();
        opener = null;
      }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-gallery]'), setUp);
})();
