import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../lib/facts/build/paths';
import { buildFacts, OUTPUT_FILES } from '../../lib/facts/build/write';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('fact build', () => {
  it('is deterministic: two builds of the same data give the same bytes', async () => {
    const a = mkdtempSync(join(tmpdir(), 'facts-a-'));
    const b = mkdtempSync(join(tmpdir(), 'facts-b-'));
    dirs.push(a, b);
    const first = await buildFacts(DATA_DIR(), a);
    const second = await buildFacts(DATA_DIR(), b);
    expect(second.meta.version).toBe(first.meta.version);
    for (const f of OUTPUT_FILES) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
    // No clock in the output: the version is a content hash prefixed by the data date.
    expect(first.meta.version).toMatch(/^\d{4}-\d{2}-\d{2}-[0-9a-f]{12}$/);
  }, 180_000);
});
