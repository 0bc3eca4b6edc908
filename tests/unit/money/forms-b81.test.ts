/** Forms the b81–b83 batches wrote that the parser missed or misread. */
import { describe, it } from 'vitest';
import { expectFigures } from './helpers.ts';

describe('weights, counts, vote titles and yen (b81–b83)', () => {
  it('reads "pounds of milk" as a weight and "pounds of" a sum\'s noun as money', () => {
    expectFigures('The plant processes about 8 million pounds of milk a day.', 'en', []);
    expectFigures('Insurers wrote two billion pounds of bulk annuity deals.', 'en', [['two billion pounds', 2e9, 'GBP']]);
  });

  it('counts orders after "di" and keeps a sum that names its currency', () => {
    expectFigures('Nel semestre la società ha eseguito 4,2 milioni di ordini, con ricavi di 30 milioni di euro.', 'it', [['30 milioni di euro', 30e6, 'EUR']]);
  });

  it('leaves a figure that opens the title of a popular initiative', () => {
    expectFigures('Pesa l\'esito della votazione sull\'iniziativa "200 franchi bastano!"; il canone resta a 335 franchi.', 'it-CH', [['335 franchi', 335, 'CHF']]);
  });

  it('reads Spanish "yenes"', () => {
    expectFigures('La matriz facturó 1,3 billones de yenes.', 'es', [['1,3 billones de yenes', 1.3e12, 'JPY']]);
  });
});
