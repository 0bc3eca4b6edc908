/**
 * The seed article (../shared/corpus/seed-it.txt, third-party text: read at test time, never
 * copied) must come out exactly right. Skipped where ../shared is not present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../lib/match/index';
import { fixtureIndex } from './fixture-index';

const SEED = new URL('../../../../shared/corpus/seed-it.txt', import.meta.url);

// [start, end, entity id] in reading order; surfaces are checked against the text itself.
const EXPECTED: Array<[number, number, string]> = [
  [1, 10, 'elon-musk'], [13, 28, 'mark-zuckerberg'], [89, 95, 'openai'], [98, 107, 'elon-musk'],
  [110, 125, 'mark-zuckerberg'], [162, 168, 'openai'], [236, 245, 'elon-musk'], [273, 288, 'mark-zuckerberg'],
  [307, 313, 'openai'], [372, 381, 'elon-musk'], [406, 409, 'xai'], [450, 456, 'openai'], [519, 525, 'openai'],
  [527, 537, 'sam-altman'], [676, 680, 'elon-musk'], [688, 694, 'openai'], [734, 738, 'elon-musk'],
  [770, 785, 'mark-zuckerberg'], [931, 941, 'mark-zuckerberg'], [945, 949, 'meta'], [1085, 1091, 'openai'],
  [1203, 1209, 'sam-altman'], [1255, 1259, 'elon-musk'], [1275, 1282, 'x-corp'], [1465, 1469, 'elon-musk'],
  [1472, 1476, 'meta'], [1478, 1484, 'openai'], [1537, 1541, 'meta'], [1608, 1612, 'elon-musk'],
  [1657, 1661, 'meta'], [1798, 1802, 'elon-musk'], [1887, 1891, 'meta'], [1979, 1985, 'openai'],
  [1991, 1996, 'apple'], [2201, 2205, 'elon-musk'], [2208, 2218, 'mark-zuckerberg'], [2234, 2238, 'elon-musk'],
  [2241, 2251, 'mark-zuckerberg'], [2868, 2874, 'openai'], [2887, 2891, 'elon-musk'], [2915, 2925, 'mark-zuckerberg'],
];

describe.skipIf(!existsSync(SEED))('seed article (../shared/corpus/seed-it.txt)', () => {
  const text = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '';
  const found = findMentions(fixtureIndex(), text, { lang: 'it' });

  it('finds exactly the expected mentions, in order', () => {
    expect(found.map((m) => [m.start, m.end, m.id])).toEqual(EXPECTED);
  });

  it('reports surfaces that are the exact text at the offsets, including the lower-case subtitle', () => {
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.surface);
    const surfaces = new Set(found.map((m) => m.surface));
    for (const s of ['openai', 'elon musk', 'mark zuckerberg', 'Musk', 'Zuckerberg', 'Altman', 'xAI', 'Twitter', 'Apple', 'Meta']) {
      expect(surfaces).toContain(s);
    }
  });
});

const REAL_INDEX = new URL('../../../public/facts/match-index.json', import.meta.url);
const PERSON_IDS = new Set(['elon-musk', 'mark-zuckerberg', 'sam-altman']);

describe.skipIf(!existsSync(SEED) || !existsSync(REAL_INDEX))('seed article with the real fact database', () => {
  it('finds the same spans, with companies as companies and people as people', async () => {
    const { loadMatchIndex } = await import('../../../lib/match/index');
    const { readMatchIndex } = await import('../../../lib/match/index-parts');
    // The head and the parts it names (lib/match/index-parts.ts).
    const index = loadMatchIndex(await readMatchIndex(async (name) => JSON.parse(readFileSync(new URL(name, REAL_INDEX), 'utf8'))));
    const found = findMentions(index, readFileSync(SEED, 'utf8'), { lang: 'it' });
    expect(found.map((m) => [m.start, m.end, m.kind])).toEqual(
      EXPECTED.map(([s, e, id]) => [s, e, PERSON_IDS.has(id) ? 'person' : 'company']),
    );
    // One entity per name: every OpenAI span is the same record, and so on.
    const idsBySurface = new Map<string, Set<string>>();
    for (const m of found) {
      const key = m.surface.toLowerCase().split(' ').pop()!;
      idsBySurface.set(key, (idsBySurface.get(key) ?? new Set()).add(m.id));
    }
    for (const ids of idsBySurface.values()) expect(ids.size).toBe(1);
  });
});
