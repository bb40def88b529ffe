// A local Netlify build plugin (netlify.toml, [[plugins]]): keeps .site-cache/ and output/ between Netlify builds.
// .site-cache/images/ holds the photos `site build` resized last time (keyed by the hash of each photo and the image
// settings), so it encodes only new or changed ones. .site-cache/build/ holds the last successful build's key and
// result (README, "Build cache"): when nothing changed since, and output/ is the one that build left (file names,
// sizes and modification times), `site build` replays that result and leaves output/ as it is; otherwise it builds
// in full and links the files that did not change. output/ is restored for that check and for the links; a restored
// output/ that does not match the manifest is simply a full build (SG1026), never a wrong site.
// Nothing in the cache is a secret or personal data beyond what the site publishes: resized copies of published
// photos, without metadata, the published site itself, and external link results. A photo of a withdrawn story is
// left out of the site even when its copies are in the cache, and the build replaces output/ as a whole.
const CACHE = '.site-cache';
const OUTPUT = 'output';

module.exports = {
  async onPreBuild({ utils }) {
    const restored = await utils.cache.restore(CACHE);
    console.log(restored ? `site-cache: restored ${CACHE}/ from the last build` : `site-cache: no ${CACHE}/ from an earlier build yet`);
    const output = await utils.cache.restore(OUTPUT);
    console.log(output ? `site-cache: restored ${OUTPUT}/ of the last build (for the build cache)` : `site-cache: no ${OUTPUT}/ from an earlier build yet`);
  },
  async onPostBuild({ utils }) {
    const saved = await utils.cache.save(CACHE);
    console.log(saved ? `site-cache: saved ${CACHE}/ for the next build` : `site-cache: nothing to save`);
    const output = await utils.cache.save(OUTPUT);
    console.log(output ? `site-cache: saved ${OUTPUT}/ for the next build` : `site-cache: ${OUTPUT}/ unchanged, nothing to save`);
  },
};
