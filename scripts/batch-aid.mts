/**
 * The batch step of a blind corpus batch (issue 4; docs/detection.md, "written blind"): writers
 * who saw neither the engines nor the data mark every organisation and person they name; the
 * corpus scores only the names the database holds. This keeps a mark whose name the bundle
 * resolves (as the evaluator will), unmarks the others, and writes down what the unmarking took
 * out (the next data round's list of names the press uses and the bundle lacks).
 *
 *   npx tsx scripts/batch-aid.mts <batch dir>            report only
 *   npx tsx scripts/batch-aid.mts <batch dir> [--unmark "Name" ...] --write    rewrite the .ann.txt files in place,
 *                                                        add canonical-table entries, write
 *                                                        <batch dir>/unmarked.tsv
 *
 * Report lines: KEEP (resolved; entity name and kind, to check for namesakes), PREFIX (an unknown
 * unit whose first words the bundle holds: "[[Virgin Media]] Ireland"), UNMARK, AMB (the name
 * resolves as a person and as an organisation: settle by hand), TABLE (a canonical-table entry
 * to add). Every KEEP and PREFIX wants a human look: the writer may mean a namesake.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundleFromDisk } from '../lib/facts/load-bundle-node';
import { lookupCanonical, type GoldBucket } from '../lib/eval/canonical-table';
import { addCanonicalEntries, batchArgs } from './lib/batch-gold';
import { makeResolver, nameKey } from '../lib/eval/resolve-gold';
import { CORPUS_LANGS } from '../lib/eval/paths';
import type { Entity } from '../lib/facts/schema';

const MARK = /\[\[([^\]]+?)\]\]/g;

// `--unmark`: a namesake the writer did not mean ("La Presse", Montreal's daily, is not the Italian agency).
const { dir, write, unmark: forced } = batchArgs(process.argv.slice(2), 'npx tsx scripts/batch-aid.mts <batch dir> [--unmark "Name" ...] [--write]');

const bundle = await loadBundleFromDisk();
const resolver = makeResolver(bundle);
const byId = new Map<string, Entity>(bundle.entities.map((e) => [e.id, e]));

/**
 * First names of the bundle's people (two bearers at least): a mark shaped "<first name> ...
 * <surface>" names a person, never the organisation the surface alone names ("[[Harris|Richard
 * Harris]]" is not Harris Corporation), and "Ben Maxted" is no unit of a brand called Ben.
 */
const firstNameCounts = new Map<string, number>();
for (const e of bundle.entities) {
  if (e.kind !== 'person') continue;
  const first = e.name.split(' ')[0]!.toLowerCase();
  firstNameCounts.set(first, (firstNameCounts.get(first) ?? 0) + 1);
}
const personShaped = (name: string): boolean => {
  const words = name.trim().split(/\s+/);
  return words.length >= 2 && (firstNameCounts.get(words[0]!.toLowerCase()) ?? 0) >= 2;
};

interface Resolved {
  id: string;
  bucket: GoldBucket;
}

/** The entity a gold name resolves to, as the evaluator will resolve it; 'amb' when both buckets do. */
function resolveName(name: string): Resolved | 'amb' | undefined {
  const listed = lookupCanonical(name);
  if (listed) {
    const id = resolver.resolve(listed.canonical, listed.bucket);
    return id ? { id, bucket: listed.bucket } : undefined;
  }
  const person = resolver.resolve(name, 'people');
  const org = resolver.resolve(name, 'companies');
  if (person && org) return 'amb';
  if (person) return { id: person, bucket: 'people' };
  if (org) return { id: org, bucket: 'companies' };
  return undefined;
}

/**
 * Whether `head` is the entity's name or an alias it holds without conditions: "Grupo", a
 * first name ("Eric" as Ericsson's ticker) or a word the build flags ambiguous opens many names
 * that are not the unit's ("Grupo Matte", "Eric Steigerwalt").
 */
function plainName(e: Entity, head: string): boolean {
  if (nameKey(e.name) === nameKey(head)) return true;
  return e.aliases.some((a) => nameKey(a.text) === nameKey(head) && !a.flags?.ambiguous && !a.flags?.ticker && !a.flags?.needsContext && (!a.flags?.caseSensitive || a.text === head));
}

/** The plain sentence around a mark (marks stripped), for the unmarked list. */
function sentenceAround(body: string, index: number): string {
  const plain = (s: string) => s.replace(/\[\[([^\]|]+)(?:\|[^\]]*)?\]\]|\{\{([^}|]+)[^}]*\}\}|<<([^>|]+)[^>]*>>/g, '$1$2$3');
  const from = Math.max(body.lastIndexOf('\n', index), body.lastIndexOf('. ', index)) + 1;
  let to = body.indexOf('. ', index);
  const line = body.indexOf('\n', index);
  if (to < 0 || (line >= 0 && line < to)) to = line < 0 ? body.length : line;
  return plain(body.slice(from, to + 1)).replace(/\s+/g, ' ').trim();
}

const tableAdds = new Map<string, GoldBucket>();
const unmarked: string[] = [];
const report: string[] = [];
const seen = new Set<string>();

for (const lang of CORPUS_LANGS) {
  let names: string[];
  try {
    names = readdirSync(join(dir, lang)).filter((n) => n.endsWith('.ann.txt')).sort();
  } catch {
    continue;
  }
  for (const name of names) {
    const path = join(dir, lang, name);
    const body = readFileSync(path, 'utf8');
    const out = body.replace(MARK, (whole, inner: string, index: number) => {
      const [surface, written] = inner.split('|') as [string, string | undefined];
      const canonical = (written ?? surface).trim();
      // The surface alone is asked only for an organisation ("[[Bper|BPER Banca S.p.A.]]"): a
      // surname alone would name another bearer ("[[Haller|Michel Haller]]" is not Jürg Haller).
      const bySurface = written && !personShaped(canonical) && resolveName(canonical) === undefined ? resolveName(surface) : undefined;
      const hit = resolveName(canonical) ?? (bySurface !== 'amb' && bySurface?.bucket === 'companies' ? bySurface : undefined);
      const key = `${surface}\u0000${canonical}`;
      const once = (line: string) => {
        if (!seen.has(key)) report.push(line);
        seen.add(key);
      };
      if (forced.has(canonical.toLowerCase()) || forced.has(surface.toLowerCase())) {
        once(`UNMARK-BY-HAND\t${surface}\t${canonical}\t${name}`);
        unmarked.push([canonical, surface, lang, name, sentenceAround(body, index)].join('\t'));
        return surface;
      }
      if (hit === 'amb') {
        once(`AMB\t${surface}\t${canonical}\t${name}`);
        return whole;
      }
      if (hit) {
        const e = byId.get(hit.id)!;
        const listed = lookupCanonical(e.name);
        if (!listed || resolver.resolve(listed.canonical, listed.bucket) !== hit.id) {
          if (!listed) tableAdds.set(e.name, hit.bucket);
          else once(`TABLE-CLASH\t${e.name}\t${hit.id}\tthe table's "${listed.canonical}" resolves elsewhere`);
        }
        once(`KEEP\t${surface}\t${canonical}\t→ ${e.name} (${e.kind}, ${hit.id})\t${name}`);
        // Name the entity as the bundle does unless the surface alone already resolves to it.
        const plain = lookupCanonical(surface);
        const surfaceHits = plain ? resolver.resolve(plain.canonical, plain.bucket) === hit.id : false;
        return surfaceHits || nameKey(surface) === nameKey(e.name) ? `[[${surface}]]` : `[[${surface}|${e.name}]]`;
      }
      // An unknown unit whose first words name a known organisation: "[[Virgin Media]] Ireland".
      const words = surface.split(' ');
      for (let k = personShaped(surface) ? 0 : words.length - 1; k >= 1; k--) {
        const head = words.slice(0, k).join(' ');
        const part = resolveName(head);
        if (part && part !== 'amb' && part.bucket === 'companies' && plainName(byId.get(part.id)!, head)) {
          const e = byId.get(part.id)!;
          once(`PREFIX\t${surface}\t→ [[${head}]] = ${e.name} (${e.kind})\t${name}`);
          if (!lookupCanonical(e.name)) tableAdds.set(e.name, 'companies');
          const plain = lookupCanonical(head);
          const ok = nameKey(head) === nameKey(e.name) || (plain ? resolver.resolve(plain.canonical, plain.bucket) === part.id : false);
          return `${ok ? `[[${head}]]` : `[[${head}|${e.name}]]`} ${words.slice(k).join(' ')}`;
        }
      }
      once(`UNMARK\t${surface}\t${canonical}\t${name}`);
      unmarked.push([canonical, surface, lang, name, sentenceAround(body, index)].join('\t'));
      return surface;
    });
    if (write && out !== body) writeFileSync(path, out);
  }
}

for (const [entity, bucket] of tableAdds) report.push(`TABLE\t${bucket}\t${entity}`);
console.log(report.join('\n'));
console.log(`\n${report.filter((l) => l.startsWith('KEEP')).length} kept, ${unmarked.length} marks unmarked, ${tableAdds.size} table entries`);

if (write) {
  writeFileSync(join(dir, 'unmarked.tsv'), ['canonical\tsurface\tlang\tfile\tsentence', ...unmarked].join('\n') + '\n');
  addCanonicalEntries(tableAdds);
}
