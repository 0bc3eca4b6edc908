import { describe, expect, it } from 'vitest';
import { found } from './fixture-index';

describe('ambiguous company names need evidence', () => {
  it('Italian: "la meta" is a goal, "Meta" mid-sentence is the company', () => {
    expect(found('Abbiamo raggiunto la meta. Poi Zuckerberg e Meta hanno risposto.', 'it')).toEqual([
      ['Zuckerberg', 'mark-zuckerberg'], ['Meta', 'meta'],
    ]);
  });

  it('a sentence-start capital is not evidence, a cue or the document is', () => {
    expect(found('Meta raggiunta: la squadra festeggia.', 'it')).toEqual([]);
    expect(found('Meta ha chiuso il trimestre: il titolo sale.', 'it')).toEqual([['Meta', 'meta']]);
    expect(found('Meta cresce. Lo dice Meta Platforms.', 'en')).toEqual([['Meta', 'meta'], ['Meta Platforms', 'meta']]);
  });

  it('"intesa" is an agreement; Intesa Sanpaolo and a cued Intesa are the bank', () => {
    expect(found('È stata raggiunta un’intesa tra i sindacati.', 'it')).toEqual([]);
    expect(found('Intesa Sanpaolo guadagna. Intesa conferma il dividendo.', 'it')).toEqual([
      ['Intesa Sanpaolo', 'intesa'], ['Intesa', 'intesa'],
    ]);
  });

  it('Santander and Sabadell as cities vs banks', () => {
    expect(found('Pasamos el verano en Santander y volvimos a Sabadell.', 'es')).toEqual([]);
    expect(found('El banco Santander lanzó una OPA sobre Sabadell.', 'es')).toEqual([
      ['Santander', 'santander'], ['Sabadell', 'sabadell'],
    ]);
    // "en Santander" is the place even in an article about the bank.
    expect(found('Banco Santander ganó más. Abrió una oficina en Santander.', 'es')).toEqual([['Banco Santander', 'santander']]);
    expect(found('Banco Santander ganó más. Santander reparte dividendo.', 'es')).toEqual([
      ['Banco Santander', 'santander'], ['Santander', 'santander'],
    ]);
  });

  it('a bare name two companies share follows the page\'s language unless the page names one of them', () => {
    expect(found('Der Pharmakonzern Merck hebt die Prognose an.', 'de')).toEqual([['Merck', 'merck-de']]);
    expect(found('Merck alza le stime sul 2026.', 'it')).toEqual([['Merck', 'merck-de']]);
    expect(found('Merck raised its forecast for Keytruda.', 'en')).toEqual([['Merck', 'merck-us']]);
    // The document outweighs the language, in both directions.
    expect(found("L'americana Merck & Co. compra una biotech. Merck pagherà in contanti.", 'it')).toEqual([['Merck & Co.', 'merck-us'], ['Merck', 'merck-us']]);
    expect(found("Germany's Merck KGaA raised its outlook. Merck said demand recovered.", 'en')).toEqual([['Merck KGaA', 'merck-de'], ['Merck', 'merck-de']]);
  });

  it('a nationality is no airline: "the Norwegian lender", unless the airline is named plainly', () => {
    expect(found('The Norwegian lender said its profit rose. Norwegian shares fell in Oslo.', 'en')).toEqual([]);
    expect(found('Norwegian Air Shuttle cut flights. Norwegian said bookings fell.', 'en')).toEqual([
      ['Norwegian Air Shuttle', 'norwegian-air'], ['Norwegian', 'norwegian-air'],
    ]);
  });

  it('a name that opens with an article is no name in lower case: "the independent board"', () => {
    expect(found("The row with the independent board of the ice-cream maker went on.", 'en')).toEqual([]);
    expect(found('The Independent reported the talks first.', 'en')).toEqual([['The Independent', 'independent']]);
    // An elided article is an article too: "l'avenir" is the future, "L'Avenir" the Belgian daily.
    expect(found("Le groupe prépare l'avenir de ses usines.", 'fr')).toEqual([]);
    expect(found("Selon L'Avenir, le groupe prépare un plan.", 'fr')).toEqual([["L'Avenir", 'avenir']]);
  });

  it('Leonardo the first name vs Leonardo the company', () => {
    expect(found('Una mostra su Leonardo da Vinci a Milano.', 'it')).toEqual([]);
    expect(found('Leonardo DiCaprio won an award.', 'en')).toEqual([]);
    expect(found('Il gruppo Leonardo firma un contratto. Leonardo da Vinci resta un genio.', 'it')).toEqual([
      ['Leonardo', 'leonardo'],
    ]);
  });

  it('metonyms need the company nearby: Cupertino', () => {
    expect(found('Ho vissuto a Cupertino per anni.', 'it')).toEqual([]);
    expect(found('Apple Inc. presenta i conti: a Cupertino sorridono.', 'it')).toEqual([
      ['Apple Inc.', 'apple'], ['Cupertino', 'apple'],
    ]);
  });

  it('English common words: apple vs Apple', () => {
    expect(found('She ate an apple. Apple pie is sweet.', 'en')).toEqual([]);
    expect(found('Shares of Apple rose while Twitter fell.', 'en')).toEqual([['Apple', 'apple'], ['Twitter', 'x-corp']]);
  });

  it('sentence-initial names: a share move, a list of names, a German compound cue', () => {
    expect(found('Oracle gained 2% in New York.', 'en')).toEqual([['Oracle', 'oracle']]);
    expect(found('Oracle is a word for a prophet.', 'en')).toEqual([]);
    expect(found('Target and Visa reported results after the bell.', 'en')).toEqual([['Target', 'target'], ['Visa', 'visa']]);
    expect(found('Target practice starts at noon.', 'en')).toEqual([]);
    expect(found('Die Allianz hob ihr Gewinnziel an.', 'de')).toEqual([['Allianz', 'allianz']]);
  });

  it('title-case headlines do not count as capitalisation evidence', () => {
    expect(found('Why Apple Pie Beats Every Other Dessert', 'en')).toEqual([]);
  });

  it('German: a cue in a compound or nearby', () => {
    expect(found('Der Meta-Konzern meldet Gewinne.', 'de')).toEqual([['Meta', 'meta']]);
    // German capitalises nouns: a capital alone is no evidence there.
    expect(found('Die Meta des Spiels ist unklar.', 'de')).toEqual([]);
    expect(found('Gestern hat Meta neue Brillen gezeigt, sagte der Konzern.', 'de')).toEqual([['Meta', 'meta']]);
  });

  it('French: société and entreprise as cues', () => {
    expect(found('Meta, la société de Mark Zuckerberg, investit.', 'fr')).toEqual([['Meta', 'meta'], ['Mark Zuckerberg', 'mark-zuckerberg']]);
  });

  it('case-sensitive short names: TIM the company, Tim the first name', () => {
    expect(found('Il titolo TIM sale in Borsa.', 'it')).toEqual([['TIM', 'tim']]);
    expect(found('Tim ha mangiato una pizza con noi.', 'it')).toEqual([]);
  });

  it('longest match wins and spans never overlap', () => {
    expect(found('Meta Platforms, Inc. e Banco Santander.', 'it')).toEqual([
      ['Meta Platforms, Inc.', 'meta'], ['Banco Santander', 'santander'],
    ]);
  });
});
