// Starts Waline's request handler in this one process, listening on loopback only (the package's own launcher
// listens on every interface and forks workers). Configuration comes from the environment, as in production.
const http = require('node:http');
const waline = require('@waline/vercel');

const host = process.env.WALINE_HOST || '127.0.0.1';
const port = Number(process.env.WALINE_PORT || 8360);
const handler = waline({ env: 'production' });
http.createServer(handler).listen(port, host, () => {
  console.log(`waline ready on http://${host}:${port}`);
});
