import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFigures } from '../../lib/money/index.ts';
import { newExpr } from '../../lib/money/expr.ts';
import { writtenLowEnd } from '../../lib/money/links.ts';
import {
  hasMoneyContext, hasShareContext, MONEY_CONTEXT_RE, NUMBER_WORDS, SHARE_CONTEXT_RE, WORD_RANGE_RE,
} from '../../lib/money/words.ts';

const LOCALES = ['it-IT', 'en-US', 'en-GB', 'fr-FR', 'de-DE', 'de-CH', 'es-ES', 'es-MX'] as const;
const CURRENCIES = ['USD', 'EUR', 'GBP', 'CHF', 'JPY'] as const;
/** Compact notation keeps two significant digits: the printed value is within 5 %. */
const COMPACT_RELATIVE_PRECISION = 0.05;
const RUNS = 300;

/** An amount as a reader meets it: cents up to ten trillion, spread over every scale. */
const amountArb = fc
  .tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: -2, max: 7 }))
  .map(([m, e]) => Number((m * 10 ** e).toPrecision(12)));

function onlyFigure(text: string, lang: string) {
  const figures = parseFigures(text, { lang });
  expect(figures, `${lang}: ${JSON.stringify(text)}`).toHaveLength(1);
  return figures[0]!;
}

describe('Intl round trip: what Intl.NumberFormat prints, parseFigures reads back', () => {
  for (const locale of LOCALES) {
    it(`${locale}: standard currency format`, () => {
      fc.assert(
        fc.property(amountArb, fc.constantFrom(...CURRENCIES), (amount, currency) => {
          const nf = new Intl.NumberFormat(locale, { style: 'currency', currency });
          const text = nf.format(amount);
          const digits = nf.resolvedOptions().maximumFractionDigits ?? 2;
          const f = onlyFigure(text, locale);
          expect(f.currency).toBe(currency);
          expect(Math.abs(f.amount - amount)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-9 * amount);
          expect(f.surface).toBe(text.trim());
        }),
        { numRuns: RUNS },
      );
    });

    it(`${locale}: compact currency format ("97 Mrd. $", "97 mil M US$")`, () => {
      fc.assert(
        fc.property(amountArb, fc.constantFrom(...CURRENCIES), (amount, currency) => {
          const text = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact' })
            .format(amount);
          const f = onlyFigure(text, locale);
          expect(f.currency).toBe(currency);
          expect(Math.abs(f.amount - amount)).toBeLessThanOrEqual(
            Math.max(amount * COMPACT_RELATIVE_PRECISION, 0.5),
          );
        }),
        { numRuns: RUNS },
      );
    });

    it(`${locale}: surrounding spaces and no-break spaces change nothing but the offsets`, () => {
      const pad = fc.string({ unit: fc.constantFrom(' ', '\u00A0', '\u202F', '\n'), maxLength: 4 });
      fc.assert(
        fc.property(amountArb, fc.constantFrom(...CURRENCIES), pad, pad, (amount, currency, left, right) => {
          const text = new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
          const bare = onlyFigure(text, locale);
          const padded = onlyFigure(left + text + right, locale);
          expect(padded.amount).toBe(bare.amount);
          expect(padded.currency).toBe(bare.currency);
          expect(padded.start).toBe(bare.start + left.length);
          expect(padded.surface).toBe(bare.surface);
        }),
        { numRuns: 100 },
      );
    });
  }
});

describe('never a figure without a number', () => {
  const words = [
    'miliardi', 'milioni', 'miliardo', 'billion', 'billions', 'million', 'Milliarden', 'Millionen',
    'milliards', 'millions', 'millones', 'billones', 'mld', 'bn', 'Mrd.', 'Mio.', 'di', 'de', 'of',
    'dollari', 'dollars', 'Dollar', 'euro', 'euros', 'dólares', '$', '€', '£', 'USD', 'EUR',
    'investendo', 'offerte', 'milionarie', 'users', 'utenti', 'offerta', 'revenue', 'Umsatz', 'la', 'the',
    'miles', 'per', 'azione', 'share', ',', '.', '-', '–', '(', ')',
  ];
  it('scale words, currency words and context words alone yield nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), fc.constantFrom(...LOCALES), (ws, lang) => {
        expect(parseFigures(ws.join(' '), { lang })).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('robustness', () => {
  const pieces = [
    '1', '2', '0', '9', '.', ',', ' ', '\u00A0', '\u202F', '’', "'", '$', '€', '£', 'US$', 'm', 'bn',
    'k', 'M', 'Mrd.', ' miliardi', ' millones', ' mil', ' di ', ' de ', 'euro', 'dollari', '%', '-',
    '–', '(', ')', ' e ', ' y ', ' to ', ' bis ', 'tra ', 'di cui ', 'per azione', 'p', 'c', 'a ',
    'due', 'mezzo', ' e mezzo', '\n', '. ', 'Umsatz ', 'offerta ',
    // a price of one in words (symbolic.ts)
    'un ', 'one ', 'einen ', 'per ', 'for ', 'für ', 'Euro', 'pound', 'simbolico', 'symbolischen ', 'd’', 'mbol',
  ];
  const stressArb = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));

  it('random Unicode and number-shaped noise never throw; spans are exact, sorted and disjoint', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), stressArb), fc.constantFrom(...LOCALES, 'xx', ''), (text, lang) => {
        const figures = parseFigures(text, { lang });
        let last = 0;
        for (const f of figures) {
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(f.start, f.end)).toBe(f.surface);
          expect(Number.isFinite(f.amount)).toBe(true);
          expect(f.amount).toBeGreaterThanOrEqual(0);
          last = f.end;
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('fast word tests answer as the expressions they replace', () => {
  const pieces = [
    'offerta', 'Offerta', 'ricavi', 'l’offerta', "d'", 'valore', 'fine', 'finally', 'spesa', 'spesso', 'deal', 'dealer',
    'UMSATZ', 'Übernahme', 'übernahme', 'préstamo', 'PRÊT', 'market cap', 'chiffre d’affaires', 'azioni', 'Aktie',
    'target', 'share', 'shares', 'cours', 'acción', 'a', 'la', 'de', ' ', '\u00A0', ',', '.', '-', '1', '€',
    'ſ', 'K', 'ª', 'º', 'µ', '𝐀', '😀', '\ud835', 'é', 'Ça', 'x',
  ];
  const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(''));
  it('money and share words at word starts (words.ts)', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
        const from = Math.min(a, b) % (text.length + 1);
        const to = Math.min(text.length, from + (Math.max(a, b) % 80));
        expect(hasMoneyContext(text, from, to)).toBe(MONEY_CONTEXT_RE.test(text.slice(from, to)));
        expect(hasShareContext(text, from, to)).toBe(SHARE_CONTEXT_RE.test(text.slice(from, to)));
      }),
      { numRuns: 3000 },
    );
  });
  it('the written low end of a range, read backwards (links.ts)', () => {
    const words = ['two', 'Three', 'due', 'tre', 'zwei', 'dos', 'un', 'half', 'x', 'to', 'or', 'bis', 'a', 'à', 'e', 'y',
      'and', 'und', '-', '–', ' ', ' ', '\u00A0', '\u202F', '𝐀', '😀', 'ª', 'é', '.', '1'];
    const arb = fc.array(fc.constantFrom(...words), { maxLength: 14 }).map((a) => a.join(''));
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 2000 }), (text, value) => {
        const a = newExpr(text.length, value);
        const got = writtenLowEnd(text, a);
        const from = Math.max(0, text.length - 40);
        const m = WORD_RANGE_RE.exec(text.slice(from));
        const v = m ? NUMBER_WORDS[m[1]!.toLowerCase()] : undefined;
        const want = m && v !== undefined && v >= 1 && v < value ? { start: from + m.index, value: v } : null;
        expect(got && { start: got.start, value: got.value }).toEqual(want);
      }),
      { numRuns: 3000 },
    );
  });
});
