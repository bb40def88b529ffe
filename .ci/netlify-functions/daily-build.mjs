// A Netlify scheduled function: once a day it asks Netlify to rebuild the site, so that authorizations and alerts
// that expire take effect without anyone committing. The build hook URL is a secret: it lives in the site's
// environment variable DAILY_BUILD_HOOK_URL (Site settings > Build & deploy > Build hooks), never in the repository.
export default async () => {
  const hook = process.env.DAILY_BUILD_HOOK_URL;
  if (!hook) {
    console.error('daily-build: DAILY_BUILD_HOOK_URL is not set; no build was started');
    return new Response('DAILY_BUILD_HOOK_URL is not set', { status: 500 });
  }

  const response = await fetch(hook, { method: 'POST', body: '{}' });
  console.log(`daily-build: build hook answered ${response.status}`);
  return new Response(null, { status: response.ok ? 200 : 502 });
};

export const config = { schedule: '@daily' };
