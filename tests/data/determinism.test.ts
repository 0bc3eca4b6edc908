import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_PART_BYTES, partsNamedBy, readBundle } from '../../lib/facts/bundle-parts';
import { DATA_DIR, projectRoot } from '../../lib/facts/build/paths';
import { buildFacts, OUTPUT_FILES } from '../../lib/facts/build/write';
import { loadMatchIndexFile, outputsAreStale, partFile } from '../../lib/facts/load-bundle-node';
import { MATCH_INDEX_FILE, MATCH_PART_BYTES, matchIndexPartNames } from '../../lib/match/index-parts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Firefox's add-on linter (and addons.mozilla.org) refuses to parse a file over 5 MiB. */
const LINTER_LIMIT_BYTES = 5 * 1024 * 1024;
/** What the bundle head (deals, FX, currencies, credits, lists of parts) may weigh: it must not grow with the sources. */
const HEAD_BUDGET_BYTES = 1_500_000;


describe('fact build', () => {
  it('is deterministic: two builds of the same data give the same files, byte for byte', async () => {
    const a = mkdtempSync(join(tmpdir(), 'facts-a-'));
    const b = mkdtempSync(join(tmpdir(), 'facts-b-'));
    dirs.push(a, b);
    const first = await buildFacts(DATA_DIR(), a);
    const second = await buildFacts(DATA_DIR(), b);
    expect(second.meta.version).toBe(first.meta.version);
    const files = readdirSync(a).sort();
    expect(readdirSync(b).sort()).toEqual(files);
    for (const f of OUTPUT_FILES) expect(files).toContain(f);
    for (const f of files) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
    // No clock in the output: the version is a content hash prefixed by the data date.
    expect(first.meta.version).toMatch(/^\d{4}-\d{2}-\d{2}-[0-9a-f]{12}$/);

    // The files put back together are the bundle the build compiled (and hashed into its version).
    expect(await readBundle(partFile(a, 'fact bundle'))).toEqual(first.compiled.bundle);
    // Every file ships under the linter's limit; the head stays small however many sources come.
    const head = JSON.parse(readFileSync(join(a, 'bundle.json'), 'utf8')) as Record<string, unknown>;
    expect(head).not.toHaveProperty('sources');
    expect(head).not.toHaveProperty('entities');
    for (const f of files) expect(readFileSync(join(a, f)).length, f).toBeLessThan(LINTER_LIMIT_BYTES);
    for (const f of partsNamedBy(head)) expect(readFileSync(join(a, f)).length, f).toBeLessThanOrEqual(BUNDLE_PART_BYTES);
    expect(first.meta.sizes.bundleHeadBytes).toBe(readFileSync(join(a, 'bundle.json')).length);
    expect(first.meta.sizes.bundleHeadBytes).toBeLessThan(HEAD_BUDGET_BYTES);
    // The match index: a head naming its parts, each under the part size, joined back into the index the build compiled.
    const matchParts = matchIndexPartNames(JSON.parse(readFileSync(join(a, MATCH_INDEX_FILE), 'utf8')));
    expect(matchParts.length).toBeGreaterThan(0);
    expect(files.filter((f) => f.startsWith('match-index-'))).toEqual([...matchParts].sort());
    for (const f of matchParts) expect(readFileSync(join(a, f)).length, f).toBeLessThanOrEqual(MATCH_PART_BYTES);
    expect(await loadMatchIndexFile(join(a, MATCH_INDEX_FILE))).toEqual(first.matchIndex);
    // Two full builds: 80-130 s on the 2-core machine beside the other test files.
  }, 300_000);

  it('counts a build with a listed part missing as stale, so ensureFactsBuilt rebuilds it', async () => {
    const built = mkdtempSync(join(tmpdir(), 'facts-c-'));
    dirs.push(built);
    await buildFacts(DATA_DIR(), built);
    expect(outputsAreStale(projectRoot(), built)).toBe(false);
    const head = JSON.parse(readFileSync(join(built, 'bundle.json'), 'utf8')) as { entityBucketParts: string[]; keyBucketParts: string[]; sourceBucketParts: string[] };
    const matchParts = matchIndexPartNames(JSON.parse(readFileSync(join(built, MATCH_INDEX_FILE), 'utf8')));
    // One build, copied once per missing part: three more builds cost a minute or more on the
    // 2-core CI machine and once took this file past its time limit.
    for (const part of [head.sourceBucketParts.at(-1)!, head.entityBucketParts[0]!, head.keyBucketParts[0]!, matchParts.at(-1)!]) {
      const dir = mkdtempSync(join(tmpdir(), 'facts-d-'));
      dirs.push(dir);
      cpSync(built, dir, { recursive: true, preserveTimestamps: true });
      expect(outputsAreStale(projectRoot(), dir), `copy of ${part}`).toBe(false);
      rmSync(join(dir, part));
      expect(outputsAreStale(projectRoot(), dir), part).toBe(true);
    }
  }, 180_000);
});
