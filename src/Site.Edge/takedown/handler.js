// The takedown edge function's logic, kept apart from Netlify so that tests can run it with real Request and
// Response objects (in Node or Deno) and a fixed clock. It takes the manifest the build writes (_takedown.json):
// for every published story, the instant its authorization ends and the paths that must then answer 410 Gone
// (its page, its old URLs, its media). Before that instant, and for every other path, it returns undefined, which
// tells Netlify to serve the request as if there were no function. The manifest itself is never served.

const MANIFEST_PATH = '/_takedown.json';

/** A path as the manifest writes it: percent-decoded, lower case, without index.html or a trailing slash. */
export function normalizePath(pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    path = pathname;
  }
  path = path.toLowerCase().replace(/\/+/g, '/');
  if (path.endsWith('/index.html')) {
    path = path.slice(0, -'index.html'.length);
  }
  path = path.replace(/\/+$/, '');
  return path === '' ? '/' : path;
}

/**
 * Builds the request handler. `manifest` is the parsed _takedown.json; `now` returns the current time in
 * milliseconds (Date.now unless a test fixes it).
 */
export function createHandler(manifest, now = () => Date.now()) {
  const deadlines = new Map();
  for (const story of manifest.stories ?? []) {
    const at = Date.parse(story.withdraw_at);
    if (Number.isNaN(at)) {
      continue;
    }
    for (const path of story.paths ?? []) {
      const key = normalizePath(path);
      const known = deadlines.get(key);
      deadlines.set(key, known === undefined ? at : Math.min(known, at));
    }
  }

  const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...(manifest.gone_headers ?? {}) };
  const page = manifest.gone_page ?? '<!DOCTYPE html><title>Gone</title><p>This story is no longer available.</p>';

  return function handle(request) {
    const path = normalizePath(new URL(request.url).pathname);
    if (path === MANIFEST_PATH) {
      return new Response('Not Found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
    }
    const deadline = deadlines.get(path);
    if (deadline === undefined || now() < deadline) {
      return undefined;
    }
    return new Response(request.method === 'HEAD' ? null : page, { status: 410, headers });
  };
}
