/**
 * One hash of everything findMentions reports (every field of every mention, in order) over the
 * matcher bench's text, every file under tests/fixtures and ../shared/corpus/seed-it.txt, each
 * read with no language, 'it', 'en' and 'de' (German turns on the genitive "-s"). A change to
 * the index format or the loader must leave it unchanged.
 *   npx tsx scripts/mention-hash.mts [match-index.json]   (default: the built public/facts one; a
 *   head's parts are read from its folder, lib/match/index-parts.ts)
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureFactsBuilt, loadMatchIndexFile } from '../lib/facts/load-bundle-node';
import { MATCH_INDEX_FILE } from '../lib/match/index-parts';
import { findMentions, indexAliases, loadMatchIndex } from '../lib/match/index';
import { generateText } from '../bench/match-text';

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

const root = process.cwd();
const indexFile = process.argv[2] ?? join(await ensureFactsBuilt(), MATCH_INDEX_FILE);
const data = await loadMatchIndexFile(indexFile);
const index = loadMatchIndex(data);
const texts: Array<[string, string]> = [['bench text', generateText(indexAliases(data).map((a) => a.text), 1_000_000)]];
for (const f of filesUnder(join(root, 'tests', 'fixtures'))) texts.push([relative(root, f), readFileSync(f, 'utf8')]);
const seed = join(root, '..', 'shared', 'corpus', 'seed-it.txt');
if (!existsSync(seed)) throw new Error(`mention-hash: ${seed} is missing`);
texts.push(['seed-it.txt', readFileSync(seed, 'utf8')]);

const all = createHash('sha256');
let mentions = 0;
for (const [name, text] of texts) {
  for (const lang of [undefined, 'it', 'en', 'de']) {
    const found = findMentions(index, text, { lang });
    mentions += found.length;
    all.update(`${name}\u0000${lang ?? '-'}\u0000${JSON.stringify(found)}\n`);
  }
}
console.log(`${texts.length} texts x 4 languages, ${mentions} mentions, sha256 ${all.digest('hex')}`);
