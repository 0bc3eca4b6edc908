/**
 * Node-side access to the compiled facts (CLI, tests): reads public/facts/*.json, building them
 * first when they are missing or older than data/ or the build code. Not for the extension
 * (the background fetches the same files from the packaged extension).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { MatchIndexData } from '../match/compile-index';
import type { FactBundle } from './schema';
import { DATA_DIR, OUT_DIR, projectRoot } from './build/paths';
import { buildFacts, OUTPUT_FILES, type Meta } from './build/write';
import { BUNDLE_HEAD_FILE, isBinaryPart, partsNamedBy, readBundle, readSeedData } from './bundle-parts';
import type { SeedData } from './seed-data';
import { readSearchIndex, SEARCH_INDEX_FILE } from '../search/index-parts';
import { MATCH_INDEX_FILE, matchIndexPartNames, readMatchIndex } from '../match/index-parts';

/** Inputs whose changes make the outputs stale: the data, the build code, the sibling compilers. */
function inputPaths(root: string): string[] {
  return [
    DATA_DIR(root),
    join(root, 'lib', 'facts', 'build'),
    join(root, 'lib', 'facts', 'bundle-parts.ts'),
    // The bucket parts are stored rows: the code that builds them (lookup keys included) is build code.
    ...['bucket-text.ts', 'counts.ts', 'seed-data.ts', 'entity-buckets.ts', 'key-buckets.ts', 'source-buckets.ts', 'rows.ts', 'keys.ts', 'relations.ts'].map((f) => join(root, 'lib', 'facts', f)),
    join(root, 'lib', 'facts', 'aliases.ts'),
    join(root, 'lib', 'facts', 'aliases-dictionary.ts'),
    join(root, 'lib', 'facts', 'prefer.ts'),
    join(root, 'lib', 'facts', 'schema.ts'),
    join(root, 'lib', 'match'),
    join(root, 'lib', 'search'),
  ];
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** The search index's stored-field and term parts named by its head (a missing part means rebuild). */
function searchIndexParts(outDir: string): string[] {
  try {
    const head = JSON.parse(readFileSync(join(outDir, SEARCH_INDEX_FILE), 'utf8')) as { storedFieldParts?: unknown; termParts?: unknown };
    return [head.storedFieldParts, head.termParts].flatMap((names) => (Array.isArray(names) ? names.filter((f): f is string => typeof f === 'string') : []));
  } catch {
    return [];
  }
}

/** The bundle's entity and source parts named by its head (a missing part means rebuild). */
function bundleParts(outDir: string): string[] {
  try {
    return partsNamedBy(JSON.parse(readFileSync(join(outDir, BUNDLE_HEAD_FILE), 'utf8')));
  } catch {
    return [];
  }
}

/** The match index's parts named by its head (a missing part means rebuild). */
function matchIndexParts(outDir: string): string[] {
  try {
    return matchIndexPartNames(JSON.parse(readFileSync(join(outDir, MATCH_INDEX_FILE), 'utf8')));
  } catch {
    return [];
  }
}

export function outputsAreStale(root = projectRoot(), outDir = OUT_DIR(root)): boolean {
  if (OUTPUT_FILES.some((f) => !existsSync(join(outDir, f)))) return true;
  const outputs = [...OUTPUT_FILES, ...bundleParts(outDir), ...matchIndexParts(outDir), ...searchIndexParts(outDir)].map((f) => join(outDir, f));
  if (outputs.some((f) => !existsSync(f))) return true;
  const oldestOutput = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  return inputPaths(root).some((p) => newestMtime(p) > oldestOutput);
}

let building: Promise<void> | undefined;

const LOCK_WAIT_MS = 180_000;
const LOCK_POLL_MS = 250;
const LOCK_STALE_MS = 300_000;

/** Cross-process lock (parallel test workers): mkdir is atomic; a lock older than 5 min is dead. */
async function withBuildLock(outDir: string, fn: () => Promise<void>): Promise<void> {
  const lock = join(outDir, '.build-lock');
  mkdirSync(outDir, { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > LOCK_WAIT_MS) throw new Error(`backstory: timed out waiting for another fact build (${lock})`);
      await new Promise((r) => setTimeout(r, LOCK_POLL_MS));
    }
  }
  try {
    await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds public/facts when missing or stale (once per process, one process at a time). */
export async function ensureFactsBuilt(root = projectRoot()): Promise<string> {
  const outDir = OUT_DIR(root);
  if (outputsAreStale(root, outDir)) {
    building ??= withBuildLock(outDir, async () => {
      // Another process may have built while this one waited.
      if (outputsAreStale(root, outDir)) await buildFacts(DATA_DIR(root), outDir);
    });
    await building;
  }
  return outDir;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Reads one file of a parted output (bundle, match or search index) from `dir`, naming it when missing:
 *  a binary bundle part as bytes, anything else as text. */
export const partFile = (dir: string, what: string) => async (name: string): Promise<string | Uint8Array> => {
  const path = join(dir, name);
  if (!existsSync(path)) throw new Error(`${what}: ${path} is missing; run "npm run facts"`);
  return isBinaryPart(name) ? new Uint8Array(readFileSync(path)) : readFileSync(path, 'utf8');
};
const partReader = (dir: string, what: string) => async (name: string): Promise<unknown> => JSON.parse((await partFile(dir, what)(name)) as string) as unknown;

export async function loadBundleFromDisk(): Promise<FactBundle> {
  return readBundle(partFile(await ensureFactsBuilt(), 'fact bundle'));
}

/** The bundle as the background seeds it: head objects and packed buckets (bench/seed.bench.ts). */
export async function loadSeedDataFromDisk(): Promise<SeedData> {
  return readSeedData(partFile(await ensureFactsBuilt(), 'fact bundle'));
}

/** The match index, its head and parts joined (lib/match/index-parts.ts). */
export async function loadMatchIndexFromDisk(): Promise<MatchIndexData> {
  return loadMatchIndexFile(join(await ensureFactsBuilt(), MATCH_INDEX_FILE));
}

/** The match index whose head is `headFile`, its parts read from the same folder (an older one-file index reads as it is). */
export function loadMatchIndexFile(headFile: string): Promise<MatchIndexData> {
  const parts = partReader(dirname(headFile), 'match index');
  return readMatchIndex((name) => (name === MATCH_INDEX_FILE ? parts(basename(headFile)) : parts(name)));
}

export async function loadMetaFromDisk(): Promise<Meta> {
  return readJson<Meta>(join(await ensureFactsBuilt(), 'meta.json'));
}

/** The search index's MiniSearch JSON, its head and stored-field parts joined (lib/search/index-parts.ts). */
export async function loadSearchIndexFromDisk(): Promise<object> {
  return readSearchIndex(partReader(await ensureFactsBuilt(), 'search index'));
}
