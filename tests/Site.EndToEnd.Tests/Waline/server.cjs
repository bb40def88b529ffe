// Starts Waline's request handler in this one process, listening on loopback only (the package's own launcher
// listens on every interface and forks workers). Configuration comes from the environment, as in production
// (docs/COMMENTS.md lists every setting).
//
// Two addresses are answered here and never reach Waline:
// - /oauth-none: Waline fetches OAUTH_URL on every request to learn the login services (by default from a
//   third party, oauth.lithub.cc). Production points OAUTH_URL here: no login services, no outbound request.
// - / : Waline's own start page imports its client from unpkg.com in the visitor's browser; nobody needs it.
//
// And one module is replaced before Waline loads: Waline loads every storage it supports at start, and Tencent's
// CloudBase SDK (@cloudbase/node-sdk) then asks metadata.tencentyun.com whether it runs in Tencent Cloud (a DNS
// lookup and an HTTP request to a third party, found with strace). We store in PostgreSQL and never use it.
const http = require('node:http');
const Module = require('node:module');

const cloudbase = require.resolve('@cloudbase/node-sdk', { paths: [require.resolve('@waline/vercel')] });
const inert = new Proxy(function inert() {}, {
  get: (target, key) => (key === 'then' ? undefined : inert),
  apply: () => inert,
  construct: () => inert,
});
const stub = new Module(cloudbase);
stub.filename = cloudbase;
stub.loaded = true;
stub.exports = { init: () => inert };
require.cache[cloudbase] = stub;

const waline = require('@waline/vercel');

const host = process.env.WALINE_HOST || '127.0.0.1';
const port = Number(process.env.WALINE_PORT || 8360);
const handler = waline({ env: 'production' });
http
  .createServer((request, response) => {
    const path = (request.url || '/').split('?')[0];
    if (path === '/oauth-none') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"services":[]}');
      return;
    }
    if (path === '/') {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found\n');
      return;
    }
    handler(request, response);
  })
  .listen(port, host, () => {
    console.log(`waline ready on http://${host}:${port}`);
  });
