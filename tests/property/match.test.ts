/**
 * Matcher invariants over random texts built from names, common words, punctuation and random
 * Unicode: spans sorted and disjoint, surfaces exact, surfaces fold to an alias of the entity,
 * nothing throws, and inserting text that is not part of a name elsewhere moves offsets only.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../lib/match/index';
import { foldString } from '../../lib/match/fold';
import { fixtureData, fixtureIndex } from '../unit/match/fixture-index';

const index = fixtureIndex();
const { aliases } = fixtureData();
const aliasesOf = new Map<string, Set<string>>();
for (const a of aliases) aliasesOf.set(a.entityId, (aliasesOf.get(a.entityId) ?? new Set()).add(foldString(a.text)));

const NAMES = ['OpenAI', 'openai', 'Meta', 'meta', 'Elon Musk', 'Musk', 'Zuckerberg', "L'Oréal", 'L’Oréal', 'Deutschen Bank', 'TIM', 'Tim Cook', 'NVDA', 'Leonardo', 'Santander', 'Intesa Sanpaolo', 'xAI', 'Consob', 'SEC'];
const WORDS = ['la', 'il', 'der', 'the', 'société', 'azienda', 'Konzern', 'shares', 'da', 'Vinci', 'en', 'Mr', 'NASDAQ:', 'metaverso', 'Über', 'ﬁnance'];
const PUNCT = [' ', ' ', ' ', '\u00a0', '\u202f', '. ', ', ', '\n', '\n\n', "'", '’', '-', '‑', '(', ')', '“', '”', '😀', '𝄞', '\u0301', '\u00ad'];

const token = fc.oneof(fc.constantFrom(...NAMES), fc.constantFrom(...WORDS), fc.constantFrom(...PUNCT), fc.string({ unit: 'binary', maxLength: 4 }));
const text = fc.array(token, { maxLength: 40 }).map((t) => t.join(''));
const langs = fc.constantFrom(undefined, 'it', 'en', 'fr', 'de', 'es');

describe('matcher properties', () => {
  it('spans are sorted, disjoint and exact, and surfaces are aliases of their entity', () => {
    fc.assert(
      fc.property(text, langs, (t, lang) => {
        const found = findMentions(index, t, { lang });
        let last = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(t.slice(m.start, m.end)).toBe(m.surface);
          const folded = foldString(m.surface);
          const stem = folded.endsWith('s') ? folded.slice(0, -1) : folded; // German genitive
          const known = aliasesOf.get(m.id)!;
          // Generated forms: German "-en" adjective, accent-free spelling.
          const ok = known.has(folded) || known.has(stem) || [...known].some((a) => a.replace(/e /g, 'en ') === folded || foldString(a.normalize('NFD').replace(/\p{M}/gu, '')) === folded);
          expect(ok, `${m.surface} -> ${m.id}`).toBe(true);
          last = m.end;
        }
      }),
      { numRuns: 800 },
    );
  });

  it('random Unicode never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), langs, (t, lang) => {
        expect(Array.isArray(findMentions(index, t, { lang }))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('surrogate pairs before a text shift every offset by their length and change nothing else', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('😀', '𝄞𝄞', '🇮🇹 ', '\n'), langs, (t, prefix, lang) => {
        const plain = findMentions(index, '\n' + t, { lang });
        const shifted = findMentions(index, '\n' + prefix + '\n' + t, { lang }).filter((m) => m.start > prefix.length + 1);
        expect(shifted.map((m) => [m.start - prefix.length - 1, m.id, m.surface])).toEqual(plain.map((m) => [m.start, m.id, m.surface]));
      }),
      { numRuns: 400 },
    );
  });

  it('a neutral paragraph before or after changes nothing but the offsets', () => {
    const neutral = fc.array(fc.constantFrom('lorem', 'ipsum', 'tra', 'und', 'avec', 'más', ' ', ', ', '. ', '😀'), { maxLength: 20 }).map((t) => t.join(''));
    fc.assert(
      fc.property(text, neutral, langs, (t, other, lang) => {
        const alone = findMentions(index, t, { lang }).map((m) => [m.start, m.id, m.surface]);
        const after = findMentions(index, `${t}\n\n${other}`, { lang }).map((m) => [m.start, m.id, m.surface]);
        const shift = other.length + 2;
        const before = findMentions(index, `${other}\n\n${t}`, { lang }).map((m) => [(m.start as number) - shift, m.id, m.surface]);
        expect(after).toEqual(alone);
        expect(before).toEqual(alone);
      }),
      { numRuns: 400 },
    );
  });
});
