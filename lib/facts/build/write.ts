/**
 * Writes the compiled facts to public/facts/: bundle (a head and bucket parts, see
 * lib/facts/bundle-parts.ts), match index (a head and parts, see lib/match/index-parts.ts), search
 * index (a head and stored-field and term parts, see lib/search/index-parts.ts), meta.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileMatchIndex, type MatchIndexData } from '../../match/compile-index';
import { MATCH_INDEX_FILE, MATCH_PART_NAME, splitMatchIndex } from '../../match/index-parts';
import { compileFacts, type CompiledFacts } from './compile';
import { canonicalJson } from './order';
import { BUNDLE_HEAD_FILE, isBundlePart, splitBundle } from '../bundle-parts';
import { buildSearchIndexJson } from './search-adapter';
import { SEARCH_INDEX_FILE, STORED_PART_NAME, TERM_PART_NAME, splitSearchIndex } from '../../search/index-parts';

export const OUTPUT_FILES = ['bundle.json', 'match-index.json', 'search-index.json', 'meta.json'] as const;

export interface Meta {
  version: string;
  dataDate: string;
  counts: Record<string, number>;
  sizes: Record<string, number>;
}

export function countsOf(c: CompiledFacts): Record<string, number> {
  const b = c.bundle;
  const allFacts = [...b.entities.flatMap((e) => e.facts), ...b.deals.flatMap((d) => d.facts ?? [])];
  const byKind = (k: string) => b.entities.filter((e) => e.kind === k).length;
  return {
    entities: b.entities.length,
    companies: byKind('company'),
    brands: byKind('brand'),
    investors: byKind('investor'),
    media: byKind('media'),
    people: byKind('person'),
    deals: b.deals.length,
    facts: allFacts.length,
    factsWithSource: allFacts.filter((f) => f.sources.length > 0).length,
    factsWithAsOf: allFacts.filter((f) => !!f.asOf).length,
    factsUndated: allFacts.filter((f) => f.asOf === 'undated').length,
    factsWithConflicts: allFacts.filter((f) => f.conflicts?.length).length,
    sources: b.sources.length,
    aliases: c.aliases.length,
    currencies: b.currencies.length,
    fxDates: b.fx.dates.length,
    fxCurrencies: b.fx.currencies.length,
  };
}

/** Compiles data/ and writes the four heads and their parts to outDir. Returns what was written. */
export async function buildFacts(dataDir: string, outDir: string): Promise<{ meta: Meta; compiled: CompiledFacts; matchIndex: MatchIndexData }> {
  const compiled = compileFacts(dataDir);
  const bundleJson = canonicalJson(compiled.bundle);
  const matchIndex = compileMatchIndex(compiled.aliases, compiled.indexed, { blockList: compiled.blockList });
  const match = splitMatchIndex(matchIndex);
  const matchFiles: Array<[string, string]> = [
    ...match.parts.map((part, i): [string, string] => [match.head.parts[i]!, canonicalJson(part)]),
    [MATCH_INDEX_FILE, canonicalJson(match.head)],
  ];
  const matchPartSizes = matchFiles.filter(([name]) => name !== MATCH_INDEX_FILE).map(([, json]) => Buffer.byteLength(json));
  const search = splitSearchIndex((await buildSearchIndexJson(compiled.bundle.entities)) as object);
  const searchJson = canonicalJson(search.head);
  const searchPartJsons = search.parts.map((part) => canonicalJson(part));
  // The head in canonical JSON; the bucket parts are packed buckets the seed stores as they are (bundle-parts.ts).
  const bundleFiles = splitBundle(compiled.bundle, undefined, canonicalJson).files;
  const bundlePartSizes = bundleFiles.filter(([name]) => name !== BUNDLE_HEAD_FILE).map(([, content]) => Buffer.byteLength(content));
  const sizes = {
    bundleBytes: Buffer.byteLength(bundleJson),
    bundleGzipBytes: gzipSync(bundleJson, { level: 9 }).length,
    bundleHeadBytes: Buffer.byteLength(bundleFiles.find(([name]) => name === BUNDLE_HEAD_FILE)![1]),
    bundlePartBytes: Math.max(...bundlePartSizes),
    // The whole index's JSON (head and parts), and its largest part.
    matchIndexBytes: Buffer.byteLength(canonicalJson(matchIndex)),
    matchIndexPartBytes: Math.max(...matchPartSizes),
    searchIndexBytes: Buffer.byteLength(searchJson),
    searchStoredPartBytes: Math.max(...searchPartJsons.map((json) => Buffer.byteLength(json))),
  };
  const meta: Meta = { version: compiled.bundle.version, dataDate: compiled.bundle.dataDate, counts: countsOf(compiled), sizes };
  mkdirSync(outDir, { recursive: true });
  // Written last, meta.json marks a complete build; each file is replaced atomically so that
  // a test process reading while another one builds never sees half a file.
  writeParted(outDir, bundleFiles, isBundlePart);
  writeParted(outDir, matchFiles, (f) => MATCH_PART_NAME.test(f));
  const searchFiles = [
    ...searchPartJsons.map((json, i): [string, string] => [search.head.storedFieldParts[i]!, json]),
    ...search.terms.map((run, i): [string, string] => [search.head.termParts[i]!, canonicalJson(run)]),
    [SEARCH_INDEX_FILE, searchJson] as [string, string],
  ];
  writeParted(outDir, searchFiles, (f) => STORED_PART_NAME.test(f) || TERM_PART_NAME.test(f));
  writeAtomic(join(outDir, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  return { meta, compiled, matchIndex };
}

/**
 * Writes a parted output in the order given (its parts, then the head that lists them), then
 * removes the parts of an earlier, larger build, which would ship unread.
 */
function writeParted(outDir: string, files: ReadonlyArray<readonly [name: string, content: string | Uint8Array]>, isPart: (file: string) => boolean): void {
  for (const [name, content] of files) writeAtomic(join(outDir, name), content);
  const shipped = new Set(files.map(([name]) => name));
  for (const f of readdirSync(outDir)) if (isPart(f) && !shipped.has(f)) rmSync(join(outDir, f));
}

function writeAtomic(path: string, content: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}
