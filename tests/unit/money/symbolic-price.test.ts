import { describe, expect, it } from 'vitest';
import { parseFigures } from '../../../lib/money/index.ts';
import { type Case, expectFigures } from './helpers.ts';

// A price of one written in words (lib/money/symbolic.ts), in sentences written for these tests.
const PRICES: [lang: string, ...Case][] = [
  ['it', 'symbolic word after', 'Bper aveva comprato Carige per un euro simbolico.', [['un euro', 1, 'EUR']]],
  ['it', 'symbolic price before', 'La banca è stata ceduta al prezzo simbolico di un euro.', [['un euro', 1, 'EUR']]],
  ['it', 'price preposition alone', 'Lo Stato ha venduto la compagnia per un euro.', [['un euro', 1, 'EUR']]],
  ['it', 'a total even among shares', 'Ha rilevato tutte le azioni per un euro simbolico.', [['un euro', 1, 'EUR']]],
  ['it', 'next to a figure in digits', 'Carige passò a Bper per un euro simbolico, poi ricapitalizzata con 530 milioni di euro.', [
    ['un euro', 1, 'EUR'], ['530 milioni di euro', 530e6, 'EUR']]],
  ['it', 'per azione after it is a price per share', 'L’offerta è per un euro per azione.', [['un euro per azione', 1, 'EUR', 'per_share']]],
  ['en', 'for one euro', 'The steelworks were sold for one euro.', [['one euro', 1, 'EUR']]],
  ['en', 'followed by a function word', 'They sold it for one euro to the state, with debts.', [['one euro', 1, 'EUR']]],
  ['en', 'for a symbolic one pound', 'The government sold the lender for a symbolic one pound.', [['one pound', 1, 'GBP']]],
  ['en', 'symbolic dollar', 'The founders kept the brand for one symbolic dollar.', [['one symbolic dollar', 1, 'USD']]],
  ['fr', 'euro symbolique', 'Le repreneur a racheté le site pour un euro symbolique.', [['un euro', 1, 'EUR']]],
  ['fr', 'prix symbolique d’un euro', 'L’usine a été cédée au prix symbolique d’un euro.', [['un euro', 1, 'EUR']]],
  ['de', 'symbolischen Euro', 'Der Investor übernahm das Werk für einen symbolischen Euro.', [['einen symbolischen Euro', 1, 'EUR']]],
  ['de', 'für einen Euro', 'Die Tochter ging für einen Euro an den Konkurrenten.', [['einen Euro', 1, 'EUR']]],
  ['es', 'euro simbólico', 'El grupo vendió la filial por un euro simbólico.', [['un euro', 1, 'EUR']]],
  ['es', 'precio simbólico de un euro', 'La planta pasó a manos del fondo por el precio simbólico de un euro.', [['un euro', 1, 'EUR']]],
];

describe('a price of one in words', () => {
  for (const [lang, title, text, want] of PRICES) it(`${lang}: ${title}`, () => expectFigures(text, lang, want));
});

// The currency itself, not an amount (FORMS.md "Not money"): no price preposition or symbolic
// word, or a word after the currency that makes it a noun.
const NOT_PRICES: [lang: string, why: string, text: string][] = [
  ['it', 'a strong euro', 'La Bce teme un euro forte.'],
  ['it', 'per un euro digitale', 'Il governo lavora per un euro digitale.'],
  ['it', 'per un euro più forte', 'Gli esportatori pagano per un euro più forte.'],
  ['it', 'symbolic word without a number', 'Il valore simbolico dell’euro resta alto.'],
  ['it', 'a symbolic word before the currency as a noun', 'Il valore simbolico di un euro digitale è alto.'],
  ['it', 'exchange rate in words', 'Nel 2002 un euro valeva quasi duemila lire.'],
  ['en', 'a strong euro', 'A strong euro hurt exporters for one quarter.'],
  ['en', 'coins', 'Collectors queued for one euro coins.'],
  ['en', 'euro-zone compound', 'Growth stalled for one euro-zone member.'],
  ['fr', 'un euro fort', 'Le gouvernement plaide pour un euro fort.'],
  ['de', 'the euro as a currency', 'Ein Euro ist die Währung von zwanzig Ländern.'],
  ['es', 'un euro digital', 'El BCE apuesta por un euro digital.'],
];

describe('never a price of one', () => {
  for (const [lang, why, text] of NOT_PRICES) {
    it(`${lang}: ${why}`, () => expect(parseFigures(text, { lang })).toEqual([]));
  }
  it('de: an exchange rate keeps its figure in digits only', () =>
    expectFigures('Ein Euro kostete 1,08 Dollar.', 'de', [['1,08 Dollar', 1.08, 'USD']]));
  it('long runs of anchors stay linear (each "mbol" and "uro" is looked at locally)', () => {
    for (const unit of ['mbol', 'uro', 'simbolico ', 'per un euro ', 'symbolic' + ' '.repeat(40)]) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const t0 = performance.now();
      parseFigures(text, { lang: 'it' });
      expect(performance.now() - t0, unit).toBeLessThan(2000);
    }
  });
});
