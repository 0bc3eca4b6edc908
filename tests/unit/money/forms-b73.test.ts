/** Forms the b73–b75 batches wrote that the parser missed or misread. */
import { describe, it } from 'vitest';
import { expectFigures } from './helpers.ts';

describe('currency words and dates (b73–b75)', () => {
  it('reads Spanish "yuanes" and "peniques"', () => {
    expectFigures('Aier facturó 20.900 millones de yuanes y repartió 12,5 yuanes por acción.', 'es', [
      ['20.900 millones de yuanes', 20.9e9, 'CNY'], ['12,5 yuanes por acción', 12.5, 'CNY', 'per_share']]);
    expectFigures('Mobico cotiza a 58,2 peniques por acción.', 'es', [['58,2 peniques por acción', 0.582, 'GBP', 'per_share']]);
  });

  it('counts centimes in francs on Swiss pages and in euros elsewhere', () => {
    expectFigures('Le prix du lait a baissé à 82 centimes le litre.', 'fr-CH', [['82 centimes', 0.82, 'CHF']]);
    expectFigures('Le prix du lait a baissé à 82 centimes le litre.', 'fr', [['82 centimes', 0.82, 'EUR']]);
    expectFigures('Il latte costa 45 centesimi al litro.', 'it-CH', [['45 centesimi', 0.45, 'CHF']]);
  });

  it('takes "30 de junio" for a date, not a sum the sentence carries', () => {
    expectFigures('Registró una pérdida de $ 38.500 millones al 30 de junio, frente a los $ 96.000 millones de un año antes.', 'es-CL', [
      ['$ 38.500 millones', 38.5e9, 'CLP'], ['$ 96.000 millones', 96e9, 'CLP']]);
  });

  it('reads an analyst\'s "objectif" and a squeeze-out\'s cash compensation as prices per share', () => {
    expectFigures('Les analystes ont relevé leur objectif à 950 euros.', 'fr', [['950 euros', 950, 'EUR', 'per_share']]);
    expectFigures('Wer ausscheiden will, erhält eine Barabfindung von 17,21 Euro.', 'de', [['17,21 Euro', 17.21, 'EUR', 'per_share']]);
  });
});
