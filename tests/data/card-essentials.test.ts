/**
 * What a reader sees first on a company card must be there, sourced and dated: the one-line
 * description (the curators' own summary, cited to the record's pages) and the CEO.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundleFromDisk } from '../../lib/facts/load-bundle-node';
import type { Entity, FactBundle } from '../../lib/facts/schema';
import { readFileSync } from 'node:fs';

let bundle: FactBundle;
const byName = (name: string): Entity => {
  const e = bundle.entities.find((x) => x.name === name);
  if (!e) throw new Error(`no entity named ${name}`);
  return e;
};

beforeAll(async () => {
  bundle = await loadBundleFromDisk();
}, 120_000);

describe('card essentials', () => {
  it('gives every curated company and person with a description a description fact with sources', () => {
    const curated = ['companies', 'people'].flatMap((f) =>
      readFileSync(`data/sources/curated/${f}.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { name: string; description_en?: string }),
    );
    const described = curated.filter((r) => r.description_en);
    expect(described.length).toBeGreaterThan(50);
    const missing = described.filter((r) => {
      const e = bundle.entities.find((x) => x.name === r.name || x.aliases.some((a) => a.text === r.name));
      return e && !e.facts.some((f) => f.key === 'description' && f.sources.length > 0);
    });
    expect(missing.map((r) => r.name)).toEqual([]);
  });

  it("dates OpenAI's CEO from a page that names him, and describes the company", () => {
    const openai = byName('OpenAI');
    const ceo = openai.facts.find((f) => f.key === 'ceo')!;
    expect(ceo.value).toMatchObject({ t: 'entity', v: { name: 'Sam Altman' } });
    expect(ceo.asOf).toMatch(/^20\d\d/);
    expect(openai.facts.find((f) => f.key === 'description')?.value).toMatchObject({ t: 'text' });
  });
});
