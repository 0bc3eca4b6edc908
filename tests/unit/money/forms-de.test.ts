import { describe, it } from 'vitest';
import { type Case, expectFigures } from './helpers.ts';

const CASES: Case[] = [
  ['Milliarden Dollar', 'Der Käufer bietet 44 Milliarden Dollar.', [['44 Milliarden Dollar', 44e9, 'USD']]],
  ['Mrd. Euro', 'Der Verlust beträgt 1,2 Mrd. Euro.', [['1,2 Mrd. Euro', 1.2e9, 'EUR']]],
  ['eine Milliarde', 'Der Staat gibt eine Milliarde Euro dazu.', [['eine Milliarde Euro', 1e9, 'EUR']]],
  ['eine halbe Milliarde', 'Es fehlt eine halbe Milliarde Euro.', [['eine halbe Milliarde Euro', 0.5e9, 'EUR']]],
  ['bis range', 'Erwartet werden 23,6 bis 24,0 Milliarden Euro Umsatz.', [
    ['23,6', 23.6e9, 'EUR', 'range_low'], ['24,0 Milliarden Euro', 24e9, 'EUR', 'range_high']]],
  ['von … auf is a change', 'Der Umsatz stieg von 5 auf 7 Milliarden Euro.', [
    ['5', 5e9, 'EUR'], ['7 Milliarden Euro', 7e9, 'EUR']]],
  ['compound noun', 'Ein 500-Milliarden-Dollar-Projekt wurde angekündigt.', [['500-Milliarden-Dollar', 500e9, 'USD']]],
  ['Swiss apostrophe groups', 'Die Summe lautet 5’000’000’000 Dollar.', [['5’000’000’000 Dollar', 5e9, 'USD']]],
  ['prior period in brackets', 'Der Umsatz stieg auf 1,717 (1,581) Milliarden Euro.', [['1,717', 1.717e9, 'EUR'], ['1,581', 1.581e9, 'EUR']]],
  ['Mio., Million, Millionen', 'Der Gewinn lag bei 900 Mio. Euro, die Strafe bei einer Million Euro und die Prämie bei 3 Millionen Euro.', [
    ['900 Mio. Euro', 900e6, 'EUR'], ['einer Million Euro', 1e6, 'EUR'], ['3 Millionen Euro', 3e6, 'EUR']]],
  ['Billion is 10^12', 'Die Schulden erreichen 2 Billionen Euro, der Markt 1,2 Billionen Dollar.', [
    ['2 Billionen Euro', 2e12, 'EUR'], ['1,2 Billionen Dollar', 1.2e12, 'USD']]],
  ['je Aktie, pro Aktie', 'Die Dividende beträgt 1,20 Euro je Aktie, das Angebot 31 Euro pro Aktie.', [
    ['1,20 Euro je Aktie', 1.2, 'EUR', 'per_share'], ['31 Euro pro Aktie', 31, 'EUR', 'per_share']]],
  ['US-Dollar, Franken, Pfund', 'Gezahlt wurden 5 Mrd. US-Dollar, 12 Millionen Franken und 3 Millionen Pfund.', [
    ['5 Mrd. US-Dollar', 5e9, 'USD'], ['12 Millionen Franken', 12e6, 'CHF'], ['3 Millionen Pfund', 3e6, 'GBP']]],
  ['written range', 'Die Kosten liegen bei zwei bis drei Milliarden Euro.', [
    ['zwei', 2e9, 'EUR', 'range_low'], ['drei Milliarden Euro', 3e9, 'EUR', 'range_high']]],
  ['Cent je Aktie', 'Die Dividende steigt auf 50 Cent je Aktie.', [['50 Cent je Aktie', 0.5, 'EUR', 'per_share']]],
  ['hyphenated deal nouns are money', 'Ein 5-Milliarden-Deal, finanziert mit 3 Milliarden Euro.', [
    ['5-Milliarden', 5e9, 'EUR'], ['3 Milliarden Euro', 3e9, 'EUR']]],
  ['written number', 'Zwei Milliarden Dollar flossen ab.', [['Zwei Milliarden Dollar', 2e9, 'USD']]],
  ['ICU compact', 'Bewertung: 97 Mrd. $.', [['97 Mrd. $', 97e9, 'USD']]],
  ['a quote is per share', 'Die Aktie schloss bei 54,20 Euro, die Dividende soll auf 2,35 Euro steigen.', [
    ['54,20 Euro', 54.2, 'EUR', 'per_share'], ['2,35 Euro', 2.35, 'EUR', 'per_share']]],
  ['je Vorzugsaktie', 'Ausgeschüttet werden 6,36 Euro je Vorzugsaktie.', [['6,36 Euro je Vorzugsaktie', 6.36, 'EUR', 'per_share']]],
  ['abbreviation dot kept', 'Das Defizit liegt bei 3 Mrd.', [['3 Mrd.', 3e9, null]]],
  ['group dots', 'Das Auto kostet 45.000 Euro.', [['45.000 Euro', 45000, 'EUR']]],
  // Batch b5: an ordinal date's dot ends no sentence, so the share named before it still counts;
  // a first "Kurs" is a share price.
  ['"am 6. November" keeps the sentence', 'Die DHL Group-Aktie fiel am 6. November um 1,8 Prozent auf 38,12 Euro.', [['38,12 Euro', 38.12, 'EUR', 'per_share']]],
  ['a first "Kurs" is per share', 'Die Tochter startete mit einem ersten Kurs von 60 Euro an der Börse.', [['60 Euro', 60, 'EUR', 'per_share']]],
];

describe('German figures (FORMS.md)', () => {
  for (const [title, text, want] of CASES) it(title, () => expectFigures(text, 'de', want));
  it('Swiss page: Fr. and CHF with apostrophes', () => expectFigures(
    'Die Bank verdiente 1,2 Mrd. Fr. und zahlte CHF 5’000’000 sowie 1\'250 Franken.', 'de-CH', [
      ['1,2 Mrd. Fr.', 1.2e9, 'CHF'], ['CHF 5’000’000', 5e6, 'CHF'], ['1\'250 Franken', 1250, 'CHF']]));
  it('a small amount in a sentence about the exchange is a quote', () => expectFigures(
    'An der Wiener Börse kletterte ams-OSRAM um 6,4 Prozent auf 11,82 Euro.', 'de-AT', [['11,82 Euro', 11.82, 'EUR', 'per_share']]));
  it('Swiss "Fr. 10.–": the dash for no cents belongs to the amount', () => expectFigures(
    'Die Dividende steigt auf Fr. 10.– je Aktie.', 'de-CH', [['Fr. 10.– je Aktie', 10, 'CHF', 'per_share']]));
  it('a bare number before a complete one in brackets shares it: "8,1 (8,82 Milliarden Euro)"; a preferred share\'s quote', () => {
    expectFigures('Pumas Umsatz fiel auf 8,1 (8,82 Milliarden Euro), der Verlust stieg.', 'de', [['8,1', 8.1e9, 'EUR'], ['8,82 Milliarden Euro', 8.82e9, 'EUR']]);
    expectFigures('Die Vorzugsaktie fiel um 2,4 Prozent auf 91,36 Euro.', 'de', [['91,36 Euro', 91.36, 'EUR', 'per_share']]);
  });
});
