// Waline, self-hosted: the client comes from this site (assets/vendor/waline/), the data from our own server.
// Privacy: no login, nickname only (no e-mail), no emoji CDN, no GIF search, no page-view counter, local icons.
export async function mount(section, container) {
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL('../vendor/waline/waline.css', import.meta.url).href;
  document.head.append(style);
  const { init } = await import(new URL('../vendor/waline/waline.js', import.meta.url).href);
  const widget = init({
    el: container,
    serverURL: section.dataset.server,
    path: section.dataset.threadId,
    lang: 'en',
    dark: 'auto',
    login: 'disable',
    meta: ['nick'],
    requiredMeta: ['nick'],
    reaction: [new URL('./up.svg', import.meta.url).href, new URL('./down.svg', import.meta.url).href],
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
  refreshTotals(section);
  // Waline counts a vote when its reaction is clicked; refresh our summary line afterwards.
  container.addEventListener('click', (event) => {
    if (event.target.closest('.wl-reaction-item')) {
      setTimeout(() => refreshTotals(section), 800);
    }
  });
  return widget;
}

// The summary line shows the totals counted at build time; once the reader has opened the widget we may ask our
// own server for the live numbers.
async function refreshTotals(section) {
  const summary = section.querySelector('.vote-summary') || section.insertBefore(document.createElement('p'), section.querySelector('.comments-notice'));
  summary.className = 'vote-summary';
  const url = `${section.dataset.server}/api/article?path=${encodeURIComponent(section.dataset.threadId)}&type=reaction0,reaction1`;
  try {
    const response = await fetch(url, { credentials: 'omit' });
    const { data } = await response.json();
    const up = Number(data[0].reaction0 || 0);
    const down = Number(data[0].reaction1 || 0);
    const total = up + down;
    const points = up - down;
    summary.dataset.up = String(up);
    summary.dataset.down = String(down);
    summary.textContent = total === 0
      ? 'No votes yet'
      : `${points} ${Math.abs(points) === 1 ? 'point' : 'points'} · ${up} ${up === 1 ? 'upvote' : 'upvotes'}, ${down} ${down === 1 ? 'downvote' : 'downvotes'} · ${Math.round((100 * up) / total)}% upvoted`;
  } catch {
    // Keep the build-time numbers.
  }
}
