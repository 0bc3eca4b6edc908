/** Forms the b57–b64 batches wrote that the parser missed or misread. */
import { describe, it } from 'vitest';
import { expectFigures } from './helpers.ts';

describe('currency and scale a reader infers (b57–b60)', () => {
  it('reads Spanish "francos" as Swiss francs', () => {
    expectFigures('El grupo gestiona 32.000 millones de francos suizos y ganó 21 millones de francos.', 'es', [
      ['32.000 millones de francos suizos', 32e9, 'CHF'], ['21 millones de francos', 21e6, 'CHF']]);
  });

  it('compares a bare number with the sum before it after a change without a percentage', () => {
    expectFigures("Ai soci andrà un dividendo di 45 milioni di euro, in aumento rispetto ai 38 dell'anno scorso.", 'it', [
      ['45 milioni di euro', 45e6, 'EUR'], ['38', 38e6, 'EUR']]);
  });

  it('reads "passer de X à Y" as a change, not a range', () => {
    expectFigures("La filiale a vu ses encours passer de 4,6 à 5,2 milliards d'euros.", 'fr', [
      ['4,6', 4.6e9, 'EUR'], ["5,2 milliards d'euros", 5.2e9, 'EUR']]);
  });

  it('keeps a low end written in full at its own size', () => {
    expectFigures('Pro Start-up will der Fonds zwischen 500.000 und fünf Millionen Euro investieren.', 'de', [
      ['500.000', 500_000, 'EUR', 'range_low'], ['fünf Millionen Euro', 5e6, 'EUR', 'range_high']]);
    expectFigures('tra 3 e 4 milioni di euro', 'it', [['3', 3e6, 'EUR', 'range_low'], ['4 milioni di euro', 4e6, 'EUR', 'range_high']]);
  });

  it('takes money words of operating profit, cash, inflows and loans', () => {
    expectFigures("I ricavi sono a 1,78 miliardi di franchi, mentre l'Ebit è salito a 83 milioni.", 'it', [
      ['1,78 miliardi di franchi', 1.78e9, 'CHF'], ['83 milioni', 83e6, 'CHF']]);
    expectFigures('Los activos suman 500 millones de euros. El grupo cerró con una caja neta de 318 millones.', 'es', [
      ['500 millones de euros', 500e6, 'EUR'], ['318 millones', 318e6, 'EUR']]);
    expectFigures('Der Umsatz lag bei 900 Mio. Euro. Damit löst die Gruppe ältere Darlehen über rund 140 Mio. ab.', 'de', [
      ['900 Mio. Euro', 900e6, 'EUR'], ['140 Mio.', 140e6, 'EUR']]);
  });

  it('reads "miliardi di valore" as a value, not a count', () => {
    expectFigures("Il debito è di 2 miliardi di euro. I fondi la rilevarono per circa 3 miliardi di valore d'impresa.", 'it', [
      ['2 miliardi di euro', 2e9, 'EUR'], ['3 miliardi', 3e9, 'EUR']]);
  });
});

describe('kinds (b59)', () => {
  it('a bond’s smallest lot is no price per share', () => {
    expectFigures('I titoli, con taglio minimo di 1.000 euro, saranno negoziati a Francoforte.', 'it', [['1.000 euro', 1000, 'EUR']]);
    expectFigures('Le azioni chiudono a 12 euro.', 'it', [['12 euro', 12, 'EUR', 'per_share']]);
  });

  it('a trust’s distribution in cents is per security (cents alone are US cents)', () => {
    expectFigures('The board still expects full-year distributions of 40 cents.', 'en', [['40 cents', 0.4, 'USD', 'per_share']]);
  });
});

describe('crowns outside the sentence (b59, b60)', () => {
  it('take the country the story opens with over a nearer one about someone else', () => {
    const de = 'Der norwegische Offshore-Dienstleister DOF steigert den Gewinn.\n\nGrößter Aktionär ist die dänische A.P. Møller Holding. Der Konzern zahlt 2,10 Kronen je Aktie.';
    expectFigures(de, 'de', [['2,10 Kronen je Aktie', 2.1, 'NOK', 'per_share']]);
    const it = 'COPENAGHEN – Il gruppo danese Royal Unibrew alza le stime.' + ' Le vendite crescono in Italia.'.repeat(60) + " Per l'anno prevede un utile tra 2,2 e 2,5 miliardi di corone.";
    expectFigures(it, 'it', [['2,2', 2.2e9, 'DKK', 'range_low'], ['2,5 miliardi di corone', 2.5e9, 'DKK', 'range_high']]);
  });
});

describe('currencies and counts (b61–b64)', () => {
  it('reads the Financial Times’ Nordic crowns, US cents in German and Romanian lei', () => {
    expectFigures('Meko made SKr342m and pays SKr3 a share.', 'en', [['SKr342m', 342e6, 'SEK'], ['SKr3 a share', 3, 'SEK', 'per_share']]);
    expectFigures('Die Dividende steigt auf 8 US-Cent je Aktie.', 'de', [['8 US-Cent je Aktie', 0.08, 'USD', 'per_share']]);
    expectFigures('Digi pagherà un dividendo di 1,20 lei per azione.', 'it', [['1,20 lei per azione', 1.2, 'RON', 'per_share']]);
  });

  it('reads "porté de X à Y" as a change and a range up to a round thousand as a range', () => {
    expectFigures("Le rachat a été porté de 200 à 300 millions d'euros.", 'fr', [['200', 200e6, 'EUR'], ["300 millions d'euros", 300e6, 'EUR']]);
    expectFigures('Mäntel kosten zwischen 800 und 2000 Franken.', 'de', [['800', 800, 'CHF', 'range_low'], ['2000 Franken', 2000, 'CHF', 'range_high']]);
  });

  it('counts what a number of thousands names, and the customers of something', () => {
    expectFigures('ConCrédito presta a través de más de 50 mil distribuidoras y aportó 900 millones de euros.', 'es', [['900 millones de euros', 900e6, 'EUR']]);
    expectFigures('Il debito è di 3 miliardi di euro. I clienti della fibra sono arrivati a 2,4 milioni.', 'it', [['3 miliardi di euro', 3e9, 'EUR']]);
  });
});

describe('terms and costs (b65–b68)', () => {
  it('reads the FT’s Swiss francs before the number', () => {
    expectFigures('The shares fell to SFr341, valuing Bystronic at about SFr700m.', 'en', [['SFr341', 341, 'CHF', 'per_share'], ['SFr700m', 700e6, 'CHF']]);
  });

  it('takes no loan’s or bond’s term in years or months for money', () => {
    expectFigures('Ha cerrado un préstamo de 320 millones de euros a 25 años.', 'es', [['320 millones de euros', 320e6, 'EUR']]);
    expectFigures('Colocó obligaciones por $ 45.000 millones a 18 meses.', 'es-AR', [['$ 45.000 millones', 45e9, 'ARS']]);
  });

  it('reads what something will cost as money', () => {
    expectFigures('La naviera factura 800 millones de euros. Cada ferri costará entre 110 y 130 millones.', 'es', [
      ['800 millones de euros', 800e6, 'EUR'], ['110', 110e6, 'EUR', 'range_low'], ['130 millones', 130e6, 'EUR', 'range_high']]);
  });
});

describe('books (b70)', () => {
  it('reads "livres par année" as books, not pounds', () => {
    expectFigures("L'investissement d'environ 18 millions de dollars permettra de traiter 12 millions de livres par année.", 'fr-CA', [
      ['18 millions de dollars', 18e6, 'CAD']]);
  });
});
