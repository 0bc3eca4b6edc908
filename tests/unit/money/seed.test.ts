import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFigures } from '../../../lib/money/index.ts';

const SEED = '/work/shared/corpus/seed-it.txt';

describe.skipIf(!existsSync(SEED))('seed article (read at run time, never copied)', () => {
  it('finds exactly the two dollar figures and nothing else', () => {
    const text = readFileSync(SEED, 'utf8');
    const figures = parseFigures(text, { lang: 'it' });
    expect(figures.map(({ surface, amount, currency, kind }) => ({ surface, amount, currency, kind })))
      .toEqual([
        { surface: '97,4 miliardi di dollari', amount: 97_400_000_000, currency: 'USD', kind: 'total' },
        { surface: '9,74 miliardi di dollari', amount: 9_740_000_000, currency: 'USD', kind: 'total' },
      ]);
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.surface);
  });
});
