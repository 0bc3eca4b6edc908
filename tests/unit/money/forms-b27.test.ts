/** Figure forms left over from the b24-b26 batches and found by b27: Indian digit groups, Chilean scaled dollar signs, a bare number written in full. */
import { describe, it } from 'vitest';
import { expectFigures } from './helpers.ts';

describe('forms left over from earlier batches', () => {
  it('Indian digit grouping: the last three digits, then pairs', () => {
    expectFigures('It will invest ₹1,25,000 crore and bought shares worth ₹12,34,56,789; each employee gets Rs 4,50,000.50.', 'en-IN', [
      ['₹1,25,000 crore', 1.25e12, 'INR'], ['₹12,34,56,789', 123456789, 'INR'], ['Rs 4,50,000.50', 450000.5, 'INR']]);
    // Pairs are no thousands groups elsewhere: "1,25" stays a decimal, a stray "1,2,345" no number.
    expectFigures('Il biglietto costa 1,25 euro.', 'it', [['1,25 euro', 1.25, 'EUR']]);
    expectFigures('It paid $1,2,345 to someone.', 'en-US', []);
  });

  it('Chilean scaled dollar signs: MMUS$ millions, MUS$ thousands, MM$ millions of pesos', () => {
    expectFigures('La minera vendió MMUS$ 1.250 y gastó MUS$ 800; el banco ganó MM$ 45.300.', 'es-CL', [
      ['MMUS$ 1.250', 1.25e9, 'USD'], ['MUS$ 800', 800e3, 'USD'], ['MM$ 45.300', 45.3e9, 'CLP']]);
  });

  it('a bare number compared with a scaled sum keeps its own size when it is written in full', () => {
    expectFigures("Il fondo ha incassato 1,2 milioni di franchi, contro i 500'000 dell'anno prima.", 'it-CH', [
      ['1,2 milioni di franchi', 1.2e6, 'CHF'], ["500'000", 500e3, 'CHF']]);
    // A short one still takes the scale: "contro i 14,4" after 13,2 miliardi is 14,4 miliardi.
    expectFigures("Ricavi per 13,2 miliardi di dollari, contro i 14,4 dell'esercizio precedente.", 'it', [
      ['13,2 miliardi di dollari', 13.2e9, 'USD'], ['14,4', 14.4e9, 'USD']]);
  });
});
