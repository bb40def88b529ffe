// The Lighthouse benchmark (docs/BENCHMARKS.md; a benchmark, not a test). Serves a built site on 127.0.0.1 with
// the rules of its own Netlify _headers file applied (so the Content-Security-Policy and cache headers are the
// deployed ones), runs Lighthouse (pinned by package-lock.json) in Debian's Chromium, headless, with Lighthouse's
// default mobile settings, over a few pages, and prints the four category scores of each page and every request a
// page made to another origin (there must be none).
//
//   node run.mjs [--site <built folder>] [--chrome /usr/bin/chromium] [--runs N] [--json <file>] [page ...]
//
// With --runs N (default 3) each page is audited N times and the median of each score is printed (a run that ends
// in a Lighthouse runtime error, such as NO_NAVSTART on a busy machine, is repeated, at most twice).
// The default folder is the repository's output/ (`dotnet run --project src/Site.Cli -- build`); the default pages
// are home, a story, an article, /events/ and /alerts/.
import { createServer } from 'node:http';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const site = resolve(option('--site', join(here, '..', '..', '..', 'output')));
const chromePath = option('--chrome', process.env.CHROME_PATH || '/usr/bin/chromium');
const jsonOut = option('--json', null);
const runs = Number(option('--runs', '3'));
const pages = args.length > 0 ? args : ['/', '/stories/maria-walks-again/', '/articles/heart-healthy-habits-for-winter/', '/events/', '/alerts/'];

if (!existsSync(join(site, 'index.html'))) {
  console.error(`no built site at ${site}: run \`dotnet run --project src/Site.Cli -- build\` first, or pass --site`);
  process.exit(2);
}

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.avif': 'image/avif',
  '.json': 'application/json', '.wasm': 'application/wasm', '.woff2': 'font/woff2', '.vtt': 'text/vtt; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8', '.mp4': 'video/mp4', '.webm': 'video/webm', '.ico': 'image/x-icon',
};

// Netlify's _headers: a line at the margin is a path pattern (`*` anything, `:name` one segment), indented
// `Name: value` lines are its headers; every rule whose pattern matches applies.
function readRules() {
  const file = join(site, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:[A-Za-z_][A-Za-z0-9_]*/g, '[^/]+');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else if (rules.length > 0 && line.includes(':')) {
      const at = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}
const rules = readRules();

const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
  let file = resolve(site, '.' + path);
  let status = 200;
  try {
    if (!file.startsWith(site)) throw new Error('outside');
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
  } catch {
    file = join(site, '404.html');
    status = 404;
  }
  const headers = { 'Content-Type': types[extname(file)] || 'application/octet-stream' };
  for (const rule of rules) {
    if (rule.pattern.test(path)) for (const [name, value] of rule.headers) headers[name] = value;
  }
  const body = await readFile(file);
  response.writeHead(status, headers);
  response.end(body);
});
await new Promise(ok => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const results = [];
let worst = 100;
try {
  for (const page of pages) {
    const samples = [];
    let errors = 0;
    while (samples.length < runs) {
      const { lhr } = await lighthouse(origin + page, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
      if (lhr.runtimeError && errors < 2) {
        errors++;
        continue;
      }
      samples.push(lhr);
    }
    const median = values => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const scores = Object.fromEntries(categories.map(c => [c, median(samples.map(l => Math.round((l.categories[c]?.score ?? 0) * 100)))]));
    const lhr = samples[0];
    const requests = [...new Set(samples.flatMap(l => l.audits['network-requests']?.details?.items?.map(i => i.url) ?? []))];
    const offsite = requests.filter(u => !u.startsWith(origin + '/') && !u.startsWith('data:'));
    const failing = [...new Set(samples.flatMap(l => Object.values(l.audits).filter(a => a.score !== null && a.score < 1 && !['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode)).map(a => a.id)))];
    const runtimeError = samples.map(l => l.runtimeError?.code).find(Boolean);
    results.push({ page, scores, samples: samples.map(l => Object.fromEntries(categories.map(c => [c, Math.round((l.categories[c]?.score ?? 0) * 100)]))), requests: requests.length, offsite, failing, lighthouse: lhr.lighthouseVersion, runtimeError });
    worst = Math.min(worst, ...Object.values(scores));
    console.log(`${page.padEnd(48)} performance ${scores.performance}  accessibility ${scores.accessibility}  best-practices ${scores['best-practices']}  seo ${scores.seo}  requests ${requests.length}, to other origins ${offsite.length}${runtimeError ? '  error ' + runtimeError : ''}`);
    for (const url of offsite) console.log(`  request to another origin: ${url}`);
    if (failing.length > 0) console.log(`  audits below 1 in some run: ${failing.join(', ')}`);
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log(`Lighthouse ${results[0]?.lighthouse}, ${chromePath}, mobile (Lighthouse's default emulation and simulated throttling), median of ${runs} runs; lowest score ${worst}`);
if (jsonOut) await writeFile(jsonOut, JSON.stringify(results, null, 2));
process.exit(results.some(r => r.offsite.length > 0 || r.runtimeError) ? 1 : 0);
