// Netlify Edge Function: takes a patient story down from the live site at the instant its authorization ends,
// even when no build runs that day (a build can fail for reasons that have nothing to do with consent). The build
// writes output/_takedown.json; Netlify bundles it with this function when the site is deployed, so every deploy
// carries the deadlines of exactly the stories it publishes. See docs/COMPLIANCE.md, "On the day".
import manifest from '../../../output/_takedown.json' with { type: 'json' };
import { createHandler } from './handler.js';

const handle = createHandler(manifest);

export default (request) => handle(request);

export const config = {
  path: '/*',
  excludedPath: ['/assets/*'],
  // If the function ever fails, the request is served as usual: the daily build and _redirects still apply.
  onError: 'bypass',
};
