// Waline, self-hosted: the client comes from this site (assets/vendor/waline/), the data from our own server.
// Privacy: no login, nickname only (no e-mail), no avatars, no emoji CDN, no GIF search, no page-view counter.
// Votes are the page's own buttons (votes.js), so Waline's reaction row is not shown.
// Accessibility: focus moves to the widget's heading; Waline's alert() boxes and the result of a post are shown in
// the page (role="alert" / role="status"); its sort tabs get keyboard access; its colours come from waline-theme.css.
import { fetchTotals } from './votes.js';

const MESSAGES = {
  'Comment too fast!': 'You posted a comment a moment ago. Please wait half a minute before posting again.',
  'Duplicate Content': 'You have already posted this comment.',
  'Failed to fetch': 'Your comment could not be sent: our comment server cannot be reached right now. Please try again later.',
};

function stylesheet(href) {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', resolve);
    link.addEventListener('error', resolve);
    document.head.append(link);
  });
}

/** A server that does not answer is said in the page (the loader shows readerMessage), not shown as an empty thread. */
function unreachable() {
  const error = new Error('comment server unreachable');
  error.readerMessage = 'Our comment server cannot be reached right now, so comments cannot be shown. Please try again later.';
  return error;
}

export async function mount(section, container, { votes } = {}) {
  const server = section.dataset.server;
  const threadId = section.dataset.threadId;
  let totals;
  try {
    totals = await fetchTotals(server, threadId);
  } catch {
    throw unreachable();
  }

  await Promise.all([
    stylesheet(new URL('../vendor/waline/waline.css', import.meta.url).href),
    stylesheet(new URL('./waline-theme.css', import.meta.url).href),
  ]);
  const { init } = await import(new URL('../vendor/waline/waline.js', import.meta.url).href);

  const heading = document.createElement('h3');
  heading.className = 'comments-form-heading';
  heading.tabIndex = -1;
  heading.textContent = 'Leave a comment';
  const moderated = document.createElement('p');
  moderated.className = 'comments-moderated';
  moderated.textContent = 'A moderator reads every comment before it appears on this page, on weekdays from 8 a.m. to 5 p.m. Only your nickname is shown with it.';
  const status = document.createElement('p');
  status.className = 'comments-status';
  status.setAttribute('role', 'status');
  const problem = document.createElement('p');
  problem.className = 'comments-error';
  problem.setAttribute('role', 'alert');
  container.before(heading, moderated, problem, status);

  const say = (text, isError) => {
    (isError ? problem : status).textContent = text;
    (isError ? status : problem).textContent = '';
  };

  // Waline reports errors with window.alert(); while the widget is on the page they are shown in it instead.
  const originalAlert = window.alert;
  window.alert = (message) => say(MESSAGES[String(message)] || String(message), true);

  // The result of a post: a pre-moderated comment is held, and the reader is told so in the page.
  const originalFetch = window.fetch;
  window.fetch = async (input, options) => {
    const url = typeof input === 'string' ? input : input.url;
    const isPost = url.startsWith(`${server}/api/comment`) && (options?.method || 'GET').toUpperCase() === 'POST';
    const response = await originalFetch(input, options);
    if (isPost) {
      response.clone().json().then((body) => {
        if (!body || body.errno) {
          return;
        }

        say(body.data?.status === 'waiting'
          ? 'Thank you. Your comment is held for moderation: it appears here for everyone once a moderator has read it. Until then only this page shows it to you, and it will not be there when you reload.'
          : 'Thank you. Your comment is posted.', false);
      }, () => {});
    }

    return response;
  };

  const widget = init({
    el: container,
    serverURL: server,
    path: threadId,
    lang: 'en',
    dark: false,
    login: 'disable',
    meta: ['nick'],
    requiredMeta: ['nick'],
    locale: {
      placeholder: 'Please do not share your own or anyone else’s health information.',
      commentUnderReview: 'Held for moderation: only you can see this until a moderator has read it.',
    },
    emoji: false,
    search: false,
    imageUploader: false,
    highlighter: false,
    texRenderer: false,
    pageview: false,
    comment: false,
    reaction: false,
    noCopyright: true,
    noRss: true,
  });

  // Waline's sort tabs are list items with a click handler: make them buttons for the keyboard and screen readers.
  const fixControls = () => {
    for (const list of container.querySelectorAll('.wl-sort:not([role])')) {
      list.setAttribute('role', 'group');
      list.setAttribute('aria-label', 'Sort comments');
    }

    for (const item of container.querySelectorAll('.wl-sort li')) {
      if (!item.hasAttribute('role')) {
        item.setAttribute('role', 'button');
        item.tabIndex = 0;
        item.addEventListener('keydown', (event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            item.click();
          }
        });
      }

      item.setAttribute('aria-pressed', String(item.classList.contains('active')));
    }

    for (const field of container.querySelectorAll('textarea:not([aria-label]), input:not([aria-label])')) {
      const label = field.id && container.querySelector(`label[for="${field.id}"]`);
      if (!label) {
        field.setAttribute('aria-label', field.id === 'wl-edit' ? 'Comment' : field.placeholder || field.name || 'Field');
      }
    }
  };
  const observer = new MutationObserver(fixControls);
  observer.observe(container, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
  fixControls();

  votes?.update(totals);
  heading.focus();

  return {
    destroy() {
      observer.disconnect();
      window.alert = originalAlert;
      window.fetch = originalFetch;
      widget?.destroy();
      heading.remove();
      moderated.remove();
      problem.remove();
      status.remove();
    },
  };
}
