/** Forms the b84–b86 batches wrote that the parser misread. */
import { describe, it } from 'vitest';
import { expectFigures } from './helpers.ts';

describe('counts after a ceiling and after German compounds (b84–b86)', () => {
  it('counts a bare number a ceiling or a capacity sets, after a sum in the same sentence', () => {
    expectFigures('The airport spent €90m on a planning application to lift the ceiling to 40 million, a decision now before the board.', 'en', [['€90m', 90e6, 'EUR']]);
    // A credit line's "plafond" is money.
    expectFigures('Intesa ha messo a disposizione 1 miliardo di euro e un plafond di 500 milioni per le scorte.', 'it', [['1 miliardo di euro', 1e9, 'EUR'], ['500 milioni', 500e6, 'EUR']]);
  });

  it('counts a bare number after a German compound that ends in the counted noun', () => {
    expectFigures('Der Umsatz stieg auf 2 Mrd. Euro. Die Zahl der Haushaltskunden sank leicht auf rund eine Million.', 'de', [['2 Mrd. Euro', 2e9, 'EUR']]);
  });
});
