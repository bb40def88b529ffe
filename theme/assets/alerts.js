// Alert banners and story cards in the browser. The build already leaves out alerts that are not in effect and
// stories whose authorization has ended; this script keeps that true between builds and lets visitors put away the
// notices they have read:
// - a banner, an entry on /alerts/ or a story card whose data-expires has passed is hidden, checked on load and
//   every 30 s (a story's page itself answers 410 from the takedown edge function at that instant);
// - moderate and minor banners get a "Dismiss" button; a dismissed banner stays hidden on every page until its
//   data-updated changes (kept in localStorage under "alert-dismissed:<id>", nothing leaves the browser).
// Severe and extreme banners have no button and cannot be dismissed. With scripts off, every banner the build
// wrote stays visible.
(function () {
  'use strict';

  var prefix = 'alert-dismissed:';

  function passed(value, now) {
    var time = Date.parse(value || '');
    return !isNaN(time) && now >= time;
  }

  function notYet(value, now) {
    var time = Date.parse(value || '');
    return !isNaN(time) && now < time;
  }

  function dismissed(banner) {
    try {
      return window.localStorage.getItem(prefix + banner.getAttribute('data-alert-id')) === banner.getAttribute('data-updated');
    } catch (error) {
      return false;
    }
  }

  function refresh() {
    var now = Date.now();
    document.querySelectorAll('[data-expires]').forEach(function (element) {
      var hide = passed(element.getAttribute('data-expires'), now) || notYet(element.getAttribute('data-effective'), now);
      if (element.hasAttribute('data-alert-id') && element.querySelector('[data-dismiss]')) {
        hide = hide || dismissed(element);
      }
      element.hidden = hide;
    });
    document.querySelectorAll('.alerts').forEach(function (group) {
      group.hidden = !group.querySelector('[data-alert-id]:not([hidden])');
    });
  }

  function dismiss(banner) {
    try {
      window.localStorage.setItem(prefix + banner.getAttribute('data-alert-id'), banner.getAttribute('data-updated'));
    } catch (error) {
      // Storage is off: hide it for this page only.
    }
    banner.hidden = true;
    refresh();
    var next = document.querySelector('.alerts [data-alert-id]:not([hidden]) [data-dismiss]') || document.getElementById('main');
    if (next) {
      next.focus();
    }
  }

  document.querySelectorAll('[data-alert-id] [data-dismiss]').forEach(function (button) {
    var banner = button.closest('[data-alert-id]');
    button.hidden = false;
    button.addEventListener('click', function () {
      dismiss(banner);
    });
  });

  refresh();
  window.setInterval(refresh, 30000);
})();
