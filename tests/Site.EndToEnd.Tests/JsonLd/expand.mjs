// Expands JSON-LD documents (one per argument, a file path) with jsonld.js in safe mode, which throws on anything a
// JSON-LD processor would drop or cannot read. schema.org's context is not fetched (the tests have no network): it
// is given as "@vocab": "https://schema.org/", which is what it does for the terms our pages use; any other remote
// document is an error. Prints the expanded documents as one JSON array.
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';

const contexts = {
  'https://schema.org': { '@context': { '@vocab': 'https://schema.org/' } },
  'https://schema.org/': { '@context': { '@vocab': 'https://schema.org/' } },
};

const documentLoader = async url => {
  if (!(url in contexts)) {
    throw new Error(`no network in tests: refused to load ${url}`);
  }
  return { contextUrl: null, documentUrl: url, document: contexts[url] };
};

const expanded = [];
for (const file of process.argv.slice(2)) {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  expanded.push(await jsonld.expand(doc, { documentLoader, safe: true }));
}
process.stdout.write(JSON.stringify(expanded));
