// Tests of the takedown edge function (src/Site.Edge/takedown/), run by TakedownTests under Deno (Netlify's edge
// runtime) and under Node, with the real Request and Response of each. Usage:
//   deno run --allow-read takedown.test.mjs <site folder>      (or: node takedown.test.mjs <site folder>)
// where <site folder> holds src/Site.Edge/ and output/ (a site built by `site build`, with its _takedown.json).
// Prints one line per check and "takedown: N passed, N failed"; exits 1 when any check fails.
const root = (globalThis.Deno ? Deno.args : process.argv.slice(2))[0];
if (!root) {
  throw new Error('usage: takedown.test.mjs <site folder>');
}

const { createHandler, normalizePath } = await import(`file://${root}/src/Site.Edge/takedown/handler.js`);
const manifest = (await import(`file://${root}/output/_takedown.json`, { with: { type: 'json' } })).default;
const wrapper = await import(`file://${root}/src/Site.Edge/takedown/takedown.js`);

let passed = 0;
let failed = 0;
function check(name, condition, detail = '') {
  if (condition) {
    passed++;
    console.log(`ok ${name}`);
  } else {
    failed++;
    console.log(`FAILED ${name}${detail ? ': ' + detail : ''}`);
  }
}

const story = manifest.stories.find((s) => s.paths.length >= 3);
check('the manifest has a story with a page, an old URL and a media file', story !== undefined, JSON.stringify(manifest.stories));
const instant = Date.parse(story.withdraw_at);
const [page, oldUrl, media] = [story.paths[0], story.paths.find((p) => !p.startsWith('/media/') && p !== story.paths[0]), story.paths.find((p) => p.startsWith('/media/'))];
const site = 'https://stories.test.example';
const at = (ms) => createHandler(manifest, () => ms);
const get = (path, method = 'GET') => new Request(site + path, { method });

for (const [label, path] of [['the page', page], ['an old URL', oldUrl], ['a media file', media]]) {
  check(`${label} passes through a minute before the instant`, at(instant - 60_000)(get(path)) === undefined);
  const exactly = at(instant)(get(path));
  check(`${label} answers 410 at the instant`, exactly instanceof Response && exactly.status === 410, String(exactly?.status));
  const later = at(instant + 86_400_000)(get(path));
  check(`${label} answers 410 a day later`, later instanceof Response && later.status === 410);
}

const gone = at(instant + 1)(get(page));
const body = await gone.text();
check('the 410 answer is the site\'s 410 page', body === manifest.gone_page && body.includes('<h1>'), body.slice(0, 80));
check('the 410 answer is HTML, not cached, not indexed, under the site\'s policy',
  gone.headers.get('content-type') === 'text/html; charset=utf-8' && gone.headers.get('cache-control') === 'no-store' && gone.headers.get('x-robots-tag') === 'noindex' && (gone.headers.get('content-security-policy') ?? '').includes("default-src 'self'"));
const head = at(instant + 1)(get(page, 'HEAD'));
check('a HEAD request gets 410 without a body', head.status === 410 && head.body === null);

for (const variant of [page.replace(/\/$/, ''), page + 'index.html', page.toUpperCase(), page.replace('-', '%2D')]) {
  const response = at(instant + 1)(get(variant));
  check(`the page answers 410 however its address is written (${variant})`, response?.status === 410);
}

for (const path of ['/', '/stories/', '/stories/some-other-story/', page + 'x/', page.replace(/\/$/, '') + '-two/', '/assets/v-1/site.css', '/410.html']) {
  check(`a path not in the manifest passes through (${path})`, at(instant + 86_400_000)(get(path)) === undefined);
}

const manifestAnswer = at(0)(get('/_takedown.json'));
check('the manifest itself is never served', manifestAnswer?.status === 404);
check('normalizePath folds case, index.html, trailing slashes and escapes', normalizePath('/Stories/Ann%61//index.html') === '/stories/anna');

check('the Netlify entry point exports a handler and runs on every path but the assets',
  typeof wrapper.default === 'function' && wrapper.config.path === '/*' && wrapper.config.excludedPath.includes('/assets/*') && wrapper.config.onError === 'bypass');
const farFuture = manifest.stories.find((s) => Date.parse(s.withdraw_at) > Date.now() + 86_400_000);
if (farFuture) {
  check('the entry point, on the real clock, passes a story still authorized through', wrapper.default(get(farFuture.paths[0])) === undefined);
}

console.log(`takedown: ${passed} passed, ${failed} failed`);
if (failed > 0) {
  if (globalThis.Deno) {
    Deno.exit(1);
  } else {
    process.exit(1);
  }
}
