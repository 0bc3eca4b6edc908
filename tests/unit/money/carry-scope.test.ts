/**
 * How far a currency reaches: a later figure lends it only to bare numbers in the same list, and
 * money words count only in the figure's own part of the sentence.
 */
import { describe, expect, it } from 'vitest';
import { parseFigures } from '../../../lib/money/index';

const read = (text: string, lang: string) => parseFigures(text, { lang }).map((f) => [f.surface, f.amount, f.currency]);

describe('currency carried within a sentence', () => {
  it('a bare number in a list shares the currency of the next figure', () => {
    expect(read('Los ingresos fueron de 16.170 y los 89.936 millones de dólares.', 'es')).toEqual([
      ['16.170', 16_170_000_000, 'USD'],
      ['89.936 millones de dólares', 89_936_000_000, 'USD'],
    ]);
  });

  it('a quantity in another clause does not borrow the currency of a later figure', () => {
    expect(read('Trips grew 18% to 3.1 billion in the quarter and free cash flow reached $2.5bn.', 'en')).toEqual([
      ['$2.5bn', 2_500_000_000, 'USD'],
    ]);
  });

  it('a currency set earlier in the sentence still reaches "di cui 14"', () => {
    expect(read('Il piano vale 20 miliardi di euro, di cui 14 miliardi in Italia.', 'it').map((f) => f[2])).toEqual(['EUR', 'EUR']);
  });
});

describe('CFA francs are not Swiss francs', () => {
  it('reads "francs CFA" as XOF in French and Italian', () => {
    expect(read("Orange investira 90 milliards de francs CFA au Sénégal.", 'fr')).toEqual([['90 milliards de francs CFA', 90_000_000_000, 'XOF']]);
    expect(read('Un prestito da 5 miliardi di franchi CFA.', 'it')).toEqual([['5 miliardi di franchi CFA', 5_000_000_000, 'XOF']]);
    expect(read('Nestlé verse 2 milliards de francs suisses.', 'fr')).toEqual([['2 milliards de francs suisses', 2_000_000_000, 'CHF']]);
  });
});
