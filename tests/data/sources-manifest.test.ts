import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../lib/facts/build/paths';

interface ManifestEntry {
  id: string;
  licence: string;
  url: string;
  files: string[];
}

const dataDir = join(projectRoot(), 'data');
const manifest = JSON.parse(readFileSync(join(dataDir, 'sources.json'), 'utf8')) as { sources: ManifestEntry[] };

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [relative(dataDir, p)];
  });
}

describe('data/ provenance', () => {
  it('lists every file under data/sources in data/sources.json with a licence note', () => {
    const listed = new Map(manifest.sources.flatMap((s) => s.files.map((f) => [f, s] as const)));
    const unlisted = filesUnder(join(dataDir, 'sources')).filter((f) => !listed.has(f));
    expect(unlisted).toEqual([]);
    for (const s of manifest.sources) {
      expect(s.licence.length, s.id).toBeGreaterThan(10);
      expect(s.url, s.id).toMatch(/^https:\/\//);
    }
  });

  it('lists no file that is missing', () => {
    const missing = manifest.sources.flatMap((s) => s.files).filter((f) => !existsSync(join(dataDir, f)));
    expect(missing).toEqual([]);
  });

  it('does not ship the unclear-licence data', () => {
    const all = filesUnder(dataDir);
    expect(all.filter((f) => /unclear-license|acquisitions_update_2021/i.test(f))).toEqual([]);
    expect(manifest.sources.flatMap((s) => s.files).filter((f) => /unclear-license/i.test(f))).toEqual([]);
  });

  it('has the human-readable provenance and credits next to the data', () => {
    for (const f of ['SOURCES.md', 'CREDITS.md']) expect(existsSync(join(dataDir, f)), f).toBe(true);
  });
});
