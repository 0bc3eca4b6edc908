/**
 * The search index ships as a head and stored-field parts (lib/search/index-parts.ts): joined
 * again, it answers exactly as the one-file index did, descriptions in every language included,
 * and a broken or missing asset gives a clear error.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/facts/schema';
import { buildSearchIndex } from '../../../lib/search/build-index';
import { readSearchIndex, splitSearchIndex, SEARCH_INDEX_FILE } from '../../../lib/search/index-parts';
import { loadSearchIndex, searchEntities } from '../../../lib/search/query';
import { ENTITIES } from './entities';

const translated: Entity = {
  id: 'intesa',
  kind: 'company',
  name: 'Intesa Sanpaolo',
  aliases: [{ text: 'Intesa' }, { text: 'ISP', flags: { ticker: true } }],
  facts: [{
    key: 'description',
    value: { t: 'text', v: 'Italian banking group.', i18n: { it: 'Gruppo bancario italiano.', fr: 'Groupe bancaire italien.', de: 'Italienische Bankengruppe.', es: 'Grupo bancario italiano.' } },
    asOf: '2025',
    sources: ['test-source'],
  }],
};
const ALL = [...ENTITIES, translated];
const QUERIES = ['unicr', 'unicredt', 'Piazzetta Cuccia', 'NVDA', 'banca', 'intesa', 'isp', 'generali'];

/** Files as the build writes them: JSON text, read back with JSON.parse. */
function shipped(partBytes: number, termBytes = partBytes): Map<string, unknown> {
  const { head, parts, terms } = splitSearchIndex(buildSearchIndex(ALL), partBytes, termBytes);
  const files = new Map<string, unknown>([[SEARCH_INDEX_FILE, head]]);
  parts.forEach((part, i) => files.set(head.storedFieldParts[i]!, part));
  terms.forEach((run, i) => files.set(head.termParts[i]!, run));
  return new Map([...files].map(([name, value]) => [name, JSON.parse(JSON.stringify(value)) as unknown]));
}
const reader = (files: Map<string, unknown>) => async (name: string) => {
  if (!files.has(name)) throw new Error(`${name} is missing`);
  return files.get(name);
};

describe('search index parts', () => {
  it('cuts the stored fields into parts under the target size, the head keeps no stored fields', () => {
    const files = shipped(600);
    const head = files.get(SEARCH_INDEX_FILE) as Record<string, unknown>;
    expect(head.storedFields).toBeUndefined();
    expect((head.storedFieldParts as string[]).length).toBeGreaterThan(2);
    for (const name of head.storedFieldParts as string[]) expect(new TextEncoder().encode(JSON.stringify(files.get(name))).length).toBeLessThanOrEqual(600);
  });

  it('cuts the inverted index into term parts under the target size, in order', () => {
    const files = shipped(600, 400);
    const head = files.get(SEARCH_INDEX_FILE) as Record<string, unknown>;
    expect(head.index).toBeUndefined();
    const names = head.termParts as string[];
    expect(names.length).toBeGreaterThan(2);
    for (const name of names) expect(new TextEncoder().encode(JSON.stringify(files.get(name))).length).toBeLessThanOrEqual(400);
    expect(names.flatMap((name) => files.get(name) as unknown[])).toEqual((buildSearchIndex(ALL) as { index: unknown[] }).index);
  });

  it('joined again, answers every query exactly as the one-file index, descriptions in all languages', async () => {
    const whole = loadSearchIndex(JSON.stringify(buildSearchIndex(ALL)));
    const joined = loadSearchIndex(await readSearchIndex(reader(shipped(600))));
    for (const query of QUERIES) expect(searchEntities(joined, query, 10), query).toEqual(searchEntities(whole, query, 10));
    expect(searchEntities(joined, 'intesa', 1)[0]).toMatchObject({
      description: 'Italian banking group.',
      descriptions: { it: 'Gruppo bancario italiano.', de: 'Italienische Bankengruppe.' },
    });
  });

  it('reads a one-file index (an older build) as it is', async () => {
    const files = new Map<string, unknown>([[SEARCH_INDEX_FILE, buildSearchIndex(ALL)]]);
    const index = loadSearchIndex(await readSearchIndex(reader(files)));
    expect(searchEntities(index, 'NVDA', 1)[0]?.id).toBe('nvidia');
  });

  it('says which asset is missing or malformed', async () => {
    const files = shipped(600);
    const [first, second] = (files.get(SEARCH_INDEX_FILE) as { storedFieldParts: string[] }).storedFieldParts;
    const without = new Map(files);
    without.delete(second!);
    await expect(readSearchIndex(reader(without))).rejects.toThrow(`${second} is missing`);
    await expect(readSearchIndex(reader(new Map([...files, [first!, ['not', 'fields']]])))).rejects.toThrow(`${first} is not an object of stored fields`);
    const badName = { ...(files.get(SEARCH_INDEX_FILE) as object), storedFieldParts: ['../bundle.json'] };
    await expect(readSearchIndex(reader(new Map([...files, [SEARCH_INDEX_FILE, badName]])))).rejects.toThrow('bad part name "../bundle.json"');
    await expect(readSearchIndex(reader(new Map([[SEARCH_INDEX_FILE, 'oops']])))).rejects.toThrow(`${SEARCH_INDEX_FILE} is not an object`);
    await expect(readSearchIndex(reader(new Map([[SEARCH_INDEX_FILE, { index: [] }]])))).rejects.toThrow('neither stored fields nor a list of parts');
    const terms = (files.get(SEARCH_INDEX_FILE) as { termParts: string[] }).termParts;
    await expect(readSearchIndex(reader(new Map([...files, [terms[0]!, { not: 'terms' }]])))).rejects.toThrow(`${terms[0]} is not a list of terms`);
  });
});
