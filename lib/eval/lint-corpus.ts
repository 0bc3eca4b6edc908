/**
 * Authoring checks for the corpus: article length, and occurrences of a gold surface that the
 * annotation forgot (every occurrence of a marked surface must be marked or be a negative).
 */
import type { CorpusDoc } from './types';

export const MIN_WORDS = 100;
/** A news brief: the first batches were written at up to 300 words, the blind ones from b27 at 250-450. */
export const MAX_WORDS = 400;

export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
}

/** Surfaces of gold entities that occur in the text outside every gold or negative span. */
export function unmarkedOccurrences(doc: CorpusDoc & { text: string }): string[] {
  const covered: [number, number][] = [];
  for (const e of [...doc.gold.companies, ...doc.gold.people]) covered.push(...(e.spans ?? []));
  for (const n of doc.gold.negatives) if (n.start !== undefined) covered.push([n.start, n.end!]);
  for (const m of doc.gold.money) if (m.start !== undefined) covered.push([m.start, m.end!]);
  const problems: string[] = [];
  const surfaces = new Set([...doc.gold.companies, ...doc.gold.people].map((e) => e.surface));
  for (const surface of surfaces) {
    let from = 0;
    for (;;) {
      const at = doc.text.indexOf(surface, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + surface.length;
      if (isWordChar(doc.text[at - 1]) || isWordChar(doc.text[end])) continue;
      if (!covered.some(([s, e]) => s <= at && end <= e)) problems.push(`${surface}@${at}`);
    }
  }
  return problems;
}
