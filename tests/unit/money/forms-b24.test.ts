/** Figure forms of the b24 batch: a count continued after a count, hundreds of thousands of millions. */
import { describe, it } from 'vitest';
import { expectFigures } from './helpers.ts';

describe('forms the b24 batch found wanting', () => {
  it('a bare scaled number after a count of the same scale goes on counting, even with euros earlier in the sentence', () => {
    expectFigures('Fares recovered to €46 and the airline expects to carry 215 million passengers, although growth is capped at 32 million.', 'en-IE', [['€46', 46, 'EUR']]);
    // A sum between the count and the bare number lends it its currency.
    expectFigures('It carried 215 million passengers, earned €2.1bn and kept 300 million for buybacks.', 'en-IE', [['€2.1bn', 2.1e9, 'EUR'], ['300 million', 300e6, 'EUR']]);
  });

  it('"doscientos mil millones de pesos": hundreds before "mil" multiply it', () => {
    expectFigures('El grupo prevé invertir doscientos mil millones de pesos en banca digital.', 'es-CO', [['doscientos mil millones de pesos', 200e9, 'COP']]);
    expectFigures('Invertirá dos mil millones de pesos.', 'es-CO', [['dos mil millones de pesos', 2e9, 'COP']]);
  });
});
