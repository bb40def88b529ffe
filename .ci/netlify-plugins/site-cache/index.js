// A local Netlify build plugin (netlify.toml, [[plugins]]): keeps .site-cache/ between Netlify builds, so that
// `site build` finds the photos it resized last time (.site-cache/images/, keyed by the hash of each photo and the
// image settings) and encodes only new or changed ones. Nothing in the cache is a secret or personal data beyond
// what the site publishes: resized copies of published photos, without metadata, and external link results.
// A photo of a withdrawn story is left out of the site even when its copies are in the cache.
const CACHE = '.site-cache';

module.exports = {
  async onPreBuild({ utils }) {
    const restored = await utils.cache.restore(CACHE);
    console.log(restored ? `site-cache: restored ${CACHE}/ from the last build` : `site-cache: no ${CACHE}/ from an earlier build yet`);
  },
  async onPostBuild({ utils }) {
    const saved = await utils.cache.save(CACHE);
    console.log(saved ? `site-cache: saved ${CACHE}/ for the next build` : `site-cache: nothing to save`);
  },
};
