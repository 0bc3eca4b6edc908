import { expect } from 'vitest';
import { parseFigures } from '../../../lib/money/index.ts';
import type { FigureKind } from '../../../lib/money/types.ts';

/** [surface, amount, currency, kind] — kind defaults to total. */
export type Want = [string, number, string | null, FigureKind?];

/** Parse and compare with what a careful reader takes from the sentence. */
export function expectFigures(text: string, lang: string, want: Want[]): void {
  const got = parseFigures(text, { lang });
  for (const f of got) expect(text.slice(f.start, f.end)).toBe(f.surface);
  expect(
    got.map((f) => [f.surface, f.amount, f.currency, f.kind]),
    `${lang}: ${text}`,
  ).toEqual(want.map(([s, a, c, k]) => [s, a, c, k ?? 'total']));
}

export type Case = [title: string, text: string, want: Want[]];
