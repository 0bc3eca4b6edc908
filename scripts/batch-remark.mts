/**
 * After a data round: marks in the corpus gold the names a blind batch's writers had marked and
 * the batch step unmarked (scripts/batch-aid.mts wrote them to <batch dir>/unmarked.tsv), now
 * that the bundle holds them. Only whole-word occurrences outside other marks are marked, named as
 * the bundle names the entity; canonical-table entries are added as the corpus build needs them.
 *
 *   npx tsx scripts/batch-remark.mts <batch dir> [--unmark "Name" ...] [--write]
 *
 * Report lines: MARK (with the entity it resolves to: check it is the one the writer meant), AMB.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundleFromDisk } from '../lib/facts/load-bundle-node';
import { lookupCanonical, type GoldBucket } from '../lib/eval/canonical-table';
import { addCanonicalEntries, batchArgs } from './lib/batch-gold';
import { makeResolver } from '../lib/eval/resolve-gold';
import { CORPUS_DIR } from '../lib/eval/paths';

const { dir, write, unmark: skip } = batchArgs(process.argv.slice(2), 'npx tsx scripts/batch-remark.mts <batch dir> [--unmark "Name" ...] [--write]');

const bundle = await loadBundleFromDisk();
const resolver = makeResolver(bundle);
const byId = new Map(bundle.entities.map((e) => [e.id, e]));
// Longest surfaces first: "Brighthouse Financial" is marked before "Brighthouse" could take its first word.
const rows = readFileSync(join(dir, 'unmarked.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'))
  .sort((a, b) => b[1]!.length - a[1]!.length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const tableAdds = new Map<string, GoldBucket>();
const edits = new Map<string, string>();
for (const [canonical, surface, lang, file] of rows as Array<[string, string, string, string]>) {
  if (skip.has(canonical.toLowerCase()) || skip.has(surface.toLowerCase())) continue;
  const person = resolver.resolve(canonical, 'people');
  const org = resolver.resolve(canonical, 'companies');
  if (person && org) {
    console.log(`AMB\t${surface}\t${canonical}\t${file}`);
    continue;
  }
  const id = person ?? org;
  if (!id) continue;
  const bucket: GoldBucket = person ? 'people' : 'companies';
  const e = byId.get(id)!;
  if (!lookupCanonical(e.name)) tableAdds.set(e.name, bucket);
  const path = join(CORPUS_DIR, lang, file);
  const body = edits.get(path) ?? readFileSync(path, 'utf8');
  // Whole words outside marks: split on the marks, replace in the plain parts only.
  const parts = body.split(/(\[\[[^\]]*\]\]|\{\{[^}]*\}\}|<<[^>]*>>)/);
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escape(surface)}(?![\\p{L}\\p{N}])`, 'gu');
  const mark = surface === e.name ? `[[${surface}]]` : `[[${surface}|${e.name}]]`;
  let n = 0;
  const out = parts.map((p, i) => (i % 2 === 1 ? p : p.replace(word, () => (n++, mark)))).join('');
  if (n > 0) {
    console.log(`MARK\t${surface}\t→ ${e.name} (${e.kind})\t×${n}\t${file}`);
    edits.set(path, out);
  }
}
console.log(`\n${edits.size} files, ${tableAdds.size} table entries`);
if (write) {
  for (const [path, body] of edits) writeFileSync(path, body);
  addCanonicalEntries(tableAdds);
}
