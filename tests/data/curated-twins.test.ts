/**
 * Two curated organisation records that give each other's name as an alias are one organisation
 * held twice ("Mercuria" and "Mercuria Energy Group"): the bundle then makes two cards and splits
 * every mention of the shared short name between them. Such a pair is merged into one record.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../lib/facts/build/paths';

type Rec = { name: string; aliases?: string[] };
const curated = (file: string): Rec[] =>
  readFileSync(join(DATA_DIR(), 'sources', 'curated', file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Rec);

describe('curated organisation records', () => {
  it('never name each other as aliases (one organisation held twice)', () => {
    const records = [...curated('companies.jsonl'), ...curated('reach-orgs.jsonl')];
    const byName = new Map(records.map((r) => [r.name.toLowerCase(), r]));
    const twins = new Set<string>();
    for (const r of records) {
      for (const alias of r.aliases ?? []) {
        const other = byName.get(alias.toLowerCase());
        if (!other || other === r || other.name === r.name) continue;
        if ((other.aliases ?? []).some((a) => a.toLowerCase() === r.name.toLowerCase())) twins.add([r.name, other.name].sort().join(' / '));
      }
    }
    expect([...twins]).toEqual([]);
  });
});
