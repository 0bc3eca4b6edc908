/**
 * Draws the spot-check sample of a reach data round: one cited fact from each of COUNT records
 * of the gatherers' files (h1-orgs.jsonl, h1-people.jsonl, ...), full records and extensions alike,
 * with a seeded generator so the sample can be drawn again. A field counts only when a source
 * lists it in `fields`; a list gives its first entry. Prints JSON Lines for the auditor.
 *   npx tsx scripts/reach-audit-sample.mts <round dir> <seed> [count=22]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prng } from '../bench/match-text';

interface Source { url: string; title?: string; fields?: string[] }
type GatheredRecord = Record<string, unknown> & { name: string; sources?: Source[] };

const NOT_FACTS = new Set(['name', 'aliases', 'sources', 'kind', 'description_en', 'description_i18n', 'wikipedia']);

const [dir, seedText, countText = '22'] = process.argv.slice(2);
if (!dir || !seedText) {
  console.error('usage: reach-audit-sample.mts <round dir> <seed> [count]');
  process.exit(2);
}
const random = prng(Number(seedText));
const records: Array<{ file: string; record: GatheredRecord }> = [];
for (const file of readdirSync(dir).filter((f) => /^h\d+-(orgs|people)\.jsonl$/.test(f)).sort()) {
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) if (line.trim()) records.push({ file, record: JSON.parse(line) as GatheredRecord });
}
// A partial Fisher-Yates shuffle: the first COUNT records of a seeded permutation.
const count = Math.min(Number(countText), records.length);
for (let i = 0; i < count; i++) {
  const k = i + Math.floor(random() * (records.length - i));
  [records[i], records[k]] = [records[k]!, records[i]!];
}
for (const { file, record } of records.slice(0, count)) {
  const sources = record.sources ?? [];
  const fields = Object.keys(record).filter((k) => !NOT_FACTS.has(k) && !k.endsWith('_conflict') && sources.some((s) => s.fields?.includes(k)));
  if (fields.length === 0) continue;
  const field = fields[Math.floor(random() * fields.length)]!;
  const source = sources.find((s) => s.fields?.includes(field))!;
  const value = record[field];
  console.log(JSON.stringify({ record: record.name, field, value: Array.isArray(value) ? value[0] : value, url: source.url, title: source.title ?? '', file }));
}
