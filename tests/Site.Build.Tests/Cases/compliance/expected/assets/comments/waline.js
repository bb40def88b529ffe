// Waline, self-hosted: the client comes from this site (/assets/vendor/waline/), the data from our own server.
// Privacy: no login, nickname only (no e-mail), no emoji CDN, no GIF search, no page-view counter, local icons.
export async function mount(section, container) {
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = '/assets/vendor/waline/waline.css';
  document.head.append(style);
  const { init } = await import('/assets/vendor/waline/waline.js');
  return init({
    el: container,
    serverURL: section.dataset.server,
    path: section.dataset.threadId,
    lang: 'en',
    dark: 'auto',
    login: 'disable',
    meta: ['nick'],
    requiredMeta: ['nick'],
    reaction: ['/assets/comments/up.svg', '/assets/comments/down.svg'],
    locale: {
      reactionTitle: 'Was this story helpful?',
      reaction0: 'Upvote',
      reaction1: 'Downvote',
      placeholder: 'Please do not share your own or anyone else’s health information.',
    },
    emoji: false,
    search: false,
    imageUploader: false,
    highlighter: false,
    texRenderer: false,
    pageview: false,
    comment: false,
    noCopyright: true,
    noRss: true,
  });
}
