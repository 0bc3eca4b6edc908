/**
 * Merges one data round's gathered records into the curated reach files (issue 8).
 *
 *   npx tsx scripts/merge-reach-round.mts <round dir>   (reads <dir>/h*-orgs.jsonl, h*-people.jsonl)
 *
 * Gatherers write one JSON line per record (data/sources/curated/README.md) plus, for a new record,
 * `description_i18n` {it, fr, de, es}: their own translations of their `description_en`. This
 * script
 * - merges a record whose name is already in reach-orgs.jsonl / reach-people.jsonl into that line
 *   (lists united, a field the line lacks taken, sources united by url) instead of adding a second
 *   record of the same name: an "extension" of a known group adds its units and people;
 * - drops a fact field no source lists in `fields` (the build would not cite it);
 * - moves the translations to descriptions-<lang>.jsonl with the English sentence's fingerprint;
 * - writes what it did to <dir>/merge-log.txt.
 * It is idempotent on the same input only from a clean checkout of the curated files.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { curatedShapeProblem } from '../lib/facts/build/curated-shape';
import { englishFingerprint } from '../lib/facts/build/translations';
import { loadBundleFromDisk } from '../lib/facts/load-bundle-node';

type Rec = Record<string, unknown> & { name: string; sources: Array<{ url: string; title: string; fields?: string[]; date?: string; note?: string }> };

const CURATED = join(import.meta.dirname, '..', 'data', 'sources', 'curated');
const LANGS = ['it', 'fr', 'de', 'es'] as const;
// Matching hints (only_beside_full_name and its note) cite nothing: they are no facts.
const META = new Set(['name', 'kind', 'aliases', 'only_beside_full_name', 'only_beside_full_name_note', 'sources', 'description_en', 'description_i18n']);
const LISTS = ['aliases', 'only_beside_full_name', 'key_people', 'brands', 'subsidiaries', 'founders', 'major_shareholders', 'education', 'honours'];

const dirArg = process.argv[2];
if (!dirArg) throw new Error('usage: merge-reach-round.mts <round dir>');
const dir: string = dirArg;
const log: string[] = [];
/** Names the built bundle already holds (any file, any source): a record naming one extends it. */
const bundleEntities = (await loadBundleFromDisk()).entities;
const inBundle = new Set(bundleEntities.map((e) => e.name.toLowerCase()));
/** Name or alias → every name and alias of the entities that go by it. */
const formsOf = new Map<string, string[]>();
for (const e of bundleEntities) {
  const forms = [e.name, ...e.aliases.map((a) => a.text)];
  for (const f of new Set(forms.map((x) => x.toLowerCase()))) formsOf.set(f, [...(formsOf.get(f) ?? []), ...forms]);
}
let refused = 0;

const readLines = (file: string): Rec[] =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    try { return JSON.parse(l) as Rec; } catch (e) { throw new Error(`${file}:${i + 1}: ${(e as Error).message}`); }
  });

/** "Name (title)" → "name": two entries for one person are one, whatever their titles say. */
const listKey = (field: string, x: string): string => (field === 'key_people' ? x.replace(/\s*\(.*$/, '') : x).trim().toLowerCase();

function uniteLists(field: string, a: unknown, b: unknown): string[] {
  const out = [...((a as string[]) ?? [])];
  const seen = new Set(out.map((x) => listKey(field, x)));
  for (const x of (b as string[]) ?? []) if (!seen.has(listKey(field, x))) { seen.add(listKey(field, x)); out.push(x); }
  return out;
}

function uniteSources(a: Rec['sources'], b: Rec['sources']): Rec['sources'] {
  const out: Rec['sources'] = a.map((s) => ({ ...s, fields: [...(s.fields ?? [])] }));
  for (const s of b) {
    const same = out.find((o) => o.url === s.url);
    if (!same) out.push(s);
    else for (const f of s.fields ?? []) if (!same.fields?.includes(f)) (same.fields ??= []).push(f);
  }
  return out;
}

/** Fact fields no source cites are dropped: the build would show them without a source. */
function dropUncited(r: Rec, at: string): void {
  const cited = new Set(r.sources.flatMap((s) => s.fields ?? []));
  for (const k of Object.keys(r)) {
    if (META.has(k) || k.endsWith('_conflict')) continue;
    if (!cited.has(k)) { log.push(`${at}: ${r.name}: uncited "${k}" dropped`); delete r[k]; }
  }
}

function mergeInto(old: Rec, add: Rec): string[] {
  const changed: string[] = [];
  for (const [k, v] of Object.entries(add)) {
    if (k === 'name' || k === 'kind' || k === 'sources' || k === 'description_i18n') continue;
    if (LISTS.includes(k)) {
      const united = uniteLists(k, old[k], v);
      if (united.length !== ((old[k] as unknown[]) ?? []).length) { old[k] = united; changed.push(k); }
    } else if (k === 'roles') {
      const roles = [...((old.roles as Array<{ title: string; organization: string }>) ?? [])];
      const key = (r: { title: string; organization: string }) => `${r.title}|${r.organization}`.toLowerCase();
      const seen = new Set(roles.map(key));
      for (const r of v as Array<{ title: string; organization: string }>) if (!seen.has(key(r))) { seen.add(key(r)); roles.push(r); changed.push('roles'); }
      old.roles = roles;
    } else if (k === 'other_figures') {
      const figs = [...((old.other_figures as Array<{ label: string }>) ?? [])];
      for (const f of v as Array<{ label: string }>) if (!figs.some((o) => o.label.toLowerCase() === f.label.toLowerCase())) { figs.push(f); changed.push(k); }
      old.other_figures = figs;
    } else if (!(k in old)) { old[k] = v; changed.push(k); }
  }
  old.sources = uniteSources(old.sources, add.sources);
  return [...new Set(changed)];
}

type Translation = { file: string; name: string; of: string; text: string };

function mergeFile(curatedFile: string, pattern: RegExp, kind: 'organisation' | 'person'): Translation[] {
  const path = join(CURATED, curatedFile);
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  const records = readLines(path);
  // Lines this round does not touch are written back byte for byte (older lines keep their escapes).
  const raw = new Map(records.map((r, i) => [r, lines[i]!]));
  const byName = new Map(records.map((r) => [r.name.toLowerCase(), r]));
  const translations: Translation[] = [];
  for (const file of readdirSync(dir).filter((f) => pattern.test(f)).sort()) {
    readLines(join(dir, file)).forEach((r, i) => {
      const at = `${file}:${i + 1}`;
      const problem = curatedShapeProblem({ ...r, description_i18n: undefined }, kind);
      if (problem) { log.push(`${at}: ${r.name}: skipped, ${problem}`); return; }
      const i18n = r.description_i18n as Partial<Record<(typeof LANGS)[number], string>> | undefined;
      delete r.description_i18n;
      dropUncited(r, at);
      // "Haier Europe" (parent Haier) listing the brand "Haier" would make Haier its own grandchild.
      const up = [r.owner, r.parent].filter((x): x is string => typeof x === 'string').map((x) => listKey('brands', x.replace(/\s*\(.*$/, '')));
      for (const k of ['brands', 'subsidiaries']) {
        const list = r[k] as string[] | undefined;
        const kept = list?.filter((x) => !up.includes(listKey(k, x.replace(/\s*\(.*$/, ''))));
        if (list && kept && kept.length !== list.length) { log.push(`${at}: ${r.name}: its own owner dropped from ${k}`); r[k] = kept; }
      }
      const old = byName.get(r.name.toLowerCase());
      // An extension (no summary of its own) under the name a card shows rather than its
      // record's name would become a second, thin entity that takes the word from the first:
      // round 18's "Puma" beside the record "Puma (brand)", whose card reads "Puma". Refused,
      // with the record's name to write it under.
      const recordNames = [...new Set((formsOf.get(r.name.toLowerCase()) ?? []).filter((f) => f.toLowerCase() !== r.name.toLowerCase() && byName.has(f.toLowerCase())))];
      if (!old && typeof r.description_en !== 'string' && recordNames.length > 0) {
        refused++;
        log.push(`${at}: ${r.name}: refused, an extension of the record ${recordNames.map((h) => `"${h}"`).join(' or ')} under its card's name; write it under the record's name`);
        return;
      }
      // A new card needs three cited facts (each role one); an extension adds to a known record.
      const facts = Object.keys(r).filter((k) => !META.has(k) && !k.endsWith('_conflict'));
      const count = facts.length + Math.max(0, ((r.roles as unknown[] | undefined)?.length ?? 0) - 1);
      if (!old && !inBundle.has(r.name.toLowerCase()) && count < 3) { log.push(`${at}: ${r.name}: skipped, ${count} cited facts (a new record needs 3)`); return; }
      const hadEnglish = typeof old?.description_en === 'string';
      if (old) {
        const changed = mergeInto(old, r);
        raw.delete(old);
        log.push(`${at}: ${r.name}: ${changed.length ? changed.join(', ') : 'nothing new'} merged into the existing record`);
      } else {
        records.push(r);
        byName.set(r.name.toLowerCase(), r);
        log.push(`${at}: ${r.name}: added`);
      }
      const rec = byName.get(r.name.toLowerCase())!;
      // Translations go with the record's English sentence only when this round brought it.
      if (!hadEnglish && typeof rec.description_en === 'string' && rec.description_en === r.description_en && i18n) {
        for (const lang of LANGS) {
          const text = i18n[lang]?.trim();
          if (text) translations.push({ file: curatedFile, name: rec.name, of: englishFingerprint(rec.description_en), text: `${lang}\u0000${text}` });
          else log.push(`${at}: ${r.name}: no ${lang} translation`);
        }
      }
    });
  }
  writeFileSync(path, records.map((r) => raw.get(r) ?? JSON.stringify(r)).join('\n') + '\n');
  return translations;
}

const translations = [
  ...mergeFile('reach-orgs.jsonl', /^h\d+-orgs\.jsonl$/, 'organisation'),
  ...mergeFile('reach-people.jsonl', /^h\d+-people\.jsonl$/, 'person'),
];
for (const lang of LANGS) {
  const path = join(CURATED, `descriptions-${lang}.jsonl`);
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  const have = new Set(lines.map((l) => { const o = JSON.parse(l) as Translation; return `${o.file}|${o.name}`; }));
  let added = 0;
  for (const t of translations) {
    const [l, text] = t.text.split('\u0000') as [string, string];
    if (l !== lang || have.has(`${t.file}|${t.name}`)) continue;
    have.add(`${t.file}|${t.name}`);
    lines.push(JSON.stringify({ file: t.file, name: t.name, of: t.of, text }));
    added++;
  }
  writeFileSync(path, lines.join('\n') + '\n');
  log.push(`descriptions-${lang}.jsonl: ${added} lines added`);
}
writeFileSync(join(dir, 'merge-log.txt'), log.join('\n') + '\n');
console.log(log.filter((l) => !/: added$|merged into/.test(l)).slice(-20).join('\n'));
console.log(`${log.filter((l) => l.endsWith(': added')).length} added, ${log.filter((l) => l.includes('merged into')).length} merged${refused ? `, ${refused} REFUSED (see the log)` : ''}; log in ${join(dir, 'merge-log.txt')}`);
if (refused) process.exitCode = 1;
