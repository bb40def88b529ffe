// The "Copy link" button of the share links. Without this script the button stays hidden and the plain share links
// are all there is; with it, pressing the button puts the page's canonical address on the clipboard (the Clipboard
// API, or a selected text field and execCommand where that API is missing or refused) and says what happened in the
// share section's role="status" line. Nothing is sent anywhere. Loaded only on pages with share links.
(function () {
  'use strict';

  function fallbackCopy(text) {
    var field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.className = 'visually-hidden';
    document.body.appendChild(field);
    field.select();
    var copied = false;
    try {
      copied = document.execCommand('copy');
    } catch (e) {
      copied = false;
    }

    document.body.removeChild(field);
    return copied;
  }

  function copy(text) {
    if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
      return navigator.clipboard.writeText(text).then(function () { return true; }, function () { return fallbackCopy(text); });
    }

    return Promise.resolve(fallbackCopy(text));
  }

  function setUp(section) {
    var button = section.querySelector('button.share-copy');
    var status = section.querySelector('.share-status');
    if (!button || !status) {
      return;
    }

    var item = button.closest('[hidden]');
    if (item) {
      item.hidden = false;
    }

    button.addEventListener('click', function () {
      var url = button.getAttribute('data-url');
      copy(url).then(function (copied) {
        // Emptied first, so that a second press is announced again.
        status.textContent = '';
        window.setTimeout(function () {
          status.textContent = copied ? 'Link copied: ' + url : 'The link could not be copied. Select it and copy it: ' + url;
        }, 50);
      });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('section.share'), setUp);
})();
