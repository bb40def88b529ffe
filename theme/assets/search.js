// The search page (/search/): asks the site's own Pagefind index (/pagefind/pagefind.js, made by `site build`)
// and lists the results as links with their excerpts. Nothing leaves the site. The count is announced in the
// page's role="status" region; focus stays where the visitor is, except that "Show more results" moves it to the
// first new result. If the index cannot be loaded, the page says that search is unavailable.
const form = document.querySelector('[data-search-form]');
const input = form && form.querySelector('input[name="q"]');
const status = document.querySelector('[data-search-status]');
const list = document.querySelector('[data-search-results]');
const more = document.querySelector('[data-search-more]');
const unavailable = document.querySelector('[data-search-unavailable]');
const pageSize = 10;

let pagefind = null;
let results = [];
let shown = 0;
let searchNumber = 0;

function say(text) {
  status.textContent = text;
}

function plural(count, one, many) {
  return count === 1 ? `1 ${one}` : `${count} ${many}`;
}

// Pagefind's excerpt is HTML: escaped text with <mark> around the words found. It is parsed in an inert document
// (no script runs, nothing loads) and rebuilt from text nodes and <mark> elements only.
function excerptNodes(html) {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const nodes = [];
  for (const node of parsed.body.firstChild ? parsed.body.firstChild.childNodes : []) {
    if (node.nodeType === Node.ELEMENT_NODE && node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(node.textContent));
    }
  }
  return nodes;
}

// Only links to this site are shown (the index holds nothing else).
function sameSite(url) {
  return typeof url === 'string' && url.startsWith('/') && !url.startsWith('//');
}

function showUnavailable() {
  form.hidden = true;
  list.hidden = true;
  more.parentElement.hidden = true;
  unavailable.hidden = false;
  say('Search is not available right now.');
}

async function load() {
  if (pagefind) {
    return pagefind;
  }
  pagefind = await import('/pagefind/pagefind.js');
  await pagefind.options({ excerptLength: 24 });
  return pagefind;
}

async function showNext(number) {
  const batch = results.slice(shown, shown + pageSize);
  const items = await Promise.all(batch.map((result) => result.data()));
  if (number !== searchNumber) {
    return null;
  }
  let first = null;
  for (const item of items) {
    if (!sameSite(item.url)) {
      continue;
    }
    const li = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = (item.meta && item.meta.title) || item.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.className = 'search-excerpt';
    excerpt.append(...excerptNodes(item.excerpt || ''));
    li.append(heading, excerpt);
    list.append(li);
    first = first || link;
  }
  shown += batch.length;
  list.hidden = list.children.length === 0;
  more.parentElement.hidden = shown >= results.length;
  return first;
}

async function run(query) {
  const number = ++searchNumber;
  list.replaceChildren();
  list.hidden = true;
  more.parentElement.hidden = true;
  results = [];
  shown = 0;
  if (query === '') {
    say('Type one or more words, then press Search.');
    return;
  }
  say('Searching…');
  let search;
  try {
    search = await (await load()).search(query);
  } catch {
    if (number === searchNumber) {
      showUnavailable();
    }
    return;
  }
  if (number !== searchNumber || search === null) {
    return;
  }
  results = search.results;
  await showNext(number);
  if (number !== searchNumber) {
    return;
  }
  if (results.length === 0) {
    say(`No results for “${query}”. Try other or fewer words.`);
  } else if (results.length > shown) {
    say(`${plural(results.length, 'result', 'results')} for “${query}”, showing the first ${shown}.`);
  } else {
    say(`${plural(results.length, 'result', 'results')} for “${query}”.`);
  }
}

function queryOf(location) {
  return (new URLSearchParams(location.search).get('q') || '').trim();
}

if (form && input && status && list && more && unavailable) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    const url = new URL(window.location.href);
    url.search = query === '' ? '' : `?q=${encodeURIComponent(query)}`;
    window.history.pushState(null, '', url);
    run(query);
  });
  more.addEventListener('click', async () => {
    const number = searchNumber;
    const first = await showNext(number);
    if (first) {
      first.focus();
      say(`${plural(results.length, 'result', 'results')}, showing the first ${shown}.`);
    }
  });
  window.addEventListener('popstate', () => {
    input.value = queryOf(window.location);
    run(input.value);
  });
  const query = queryOf(window.location);
  input.value = query;
  const header = document.getElementById('site-search');
  if (header) {
    header.value = query;
  }
  if (query !== '') {
    run(query);
  }
}
