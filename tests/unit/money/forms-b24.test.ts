/** Figure forms of the b24 and b25 batches: counts, hundreds of thousands of millions, dirhams, changes, per-employee sums. */
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

describe('forms the b25 batch found wanting', () => {
  it('Moroccan dirhams: "milliards de dirhams", "DH", "MDH" (millions), "MMDH" (billions)', () => {
    expectFigures('Un résultat de 5,9 milliards de dirhams, 12 MMDH d\'investissements et 12 480 MDH de produit net bancaire.', 'fr-MA', [
      ['5,9 milliards de dirhams', 5.9e9, 'MAD'], ['12 MMDH', 12e9, 'MAD'], ['12 480 MDH', 12.48e9, 'MAD']]);
    expectFigures('Le dividende est de 4,46 DH par action.', 'fr-MA', [['4,46 DH par action', 4.46, 'MAD', 'per_share']]);
  });

  it('a change "by X to Y" and "salgono da X a Y" are a change and a level, not a range', () => {
    expectFigures('RBC lifted its quarterly dividend by 6 cents to $1.60.', 'en-CA', [['6 cents', 0.06, 'CAD', 'per_share'], ['$1.60', 1.6, 'CAD', 'per_share']]);
    expectFigures('Le sinergie attese salgono da 250 a 290 milioni di euro l\'anno.', 'it', [['250', 250e6, 'EUR'], ['290 milioni di euro', 290e6, 'EUR']]);
    // Without a verb of change it stays a range.
    expectFigures('Il piano costerà da 250 a 290 milioni di euro.', 'it', [['250', 250e6, 'EUR', 'range_low'], ['290 milioni di euro', 290e6, 'EUR', 'range_high']]);
  });

  it('a sum per employee is no price per share, even beside a dividend; "contre 12,84 l\'an dernier"; "por ADS"', () => {
    expectFigures('Il proposera un dividende de 3,90 euros par action et une prime de 2 000 euros par salarié.', 'fr', [
      ['3,90 euros par action', 3.9, 'EUR', 'per_share'], ['2 000 euros', 2000, 'EUR']]);
    expectFigures('Un bénéfice par action de 13,20 euros, contre 12,84 l’an dernier.', 'fr', [['13,20 euros', 13.2, 'EUR', 'per_share'], ['12,84', 12.84, 'EUR', 'per_share']]);
    expectFigures('Pagará un dividendo de US$ 0.36 por ADS.', 'es-PE', [['US$ 0.36 por ADS', 0.36, 'USD', 'per_share']]);
  });
});

describe('forms the b26 batch found wanting', () => {
  it('Indian English crore and lakh, "lakh crore", and "apiece"', () => {
    expectFigures('It earned ₹21,930 crore on revenue of ₹2.65 lakh crore; retail investors may bid for up to ₹2 lakh.', 'en-IN', [
      ['₹21,930 crore', 219.3e9, 'INR'], ['₹2.65 lakh crore', 2.65e12, 'INR'], ['₹2 lakh', 2e5, 'INR']]);
    expectFigures('The shares closed at Rs 1,486.50 apiece.', 'en-IN', [['Rs 1,486.50 apiece', 1486.5, 'INR', 'per_share']]);
  });

  it('"of yen bonds" after a sum in yen names the bonds; "de pesos" after "$" is the sum\'s currency', () => {
    expectFigures('Berkshire priced JPY 90 billion of yen bonds.', 'en', [['JPY 90 billion', 90e9, 'JPY']]);
    expectFigures('Ingresos por $68.5 mil millones de pesos.', 'es-MX', [['$68.5 mil millones de pesos', 68.5e9, 'MXN']]);
  });

  it('"20 million GPUs" counts chips, even beside dollars', () => {
    expectFigures('It pays a dividend of 1 cent a share and has orders for more than 20 million GPUs.', 'en-US', [['1 cent a share', 0.01, 'USD', 'per_share']]);
  });
});
