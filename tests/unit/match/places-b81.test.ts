/**
 * What the b81–b83 batches found: market and index names, a mail idiom, a state pension scheme and
 * a law named like companies or funds; a futures exchange named as the venue; a first name whose
 * genitive is a company's; Austrian "heuer" (this year).
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../lib/match/index';
import type { AliasFlags } from '../../../lib/facts/schema';
import { companyRows, fixtureIndex, foundIn, type Row } from './fixture-index';

const AMB: AliasFlags = { ambiguous: true, needsContext: true };
const index = fixtureIndex(companyRows([
  ['euronext', 'Euronext', ['Euronext', 'Euronext Paris']],
  ['ftse-russell', 'FTSE Russell', ['FTSE Russell', 'FTSE']],
  ['austrian-post', 'Österreichische Post', ['Österreichische Post', ['Post', AMB]]],
  ['future-fund', 'Future Fund', ['Future Fund']],
  ['industrie', 'Industrie', [['Industrie', AMB]]],
  ['euro', 'Euro', [['Euro', AMB]]],
  ['cme', 'CME Group', ['CME Group', 'CME']],
  ['tag-heuer', 'TAG Heuer', ['TAG Heuer', ['Heuer', AMB]]],
  ['wiener-staedtische', 'Wiener Städtische', ['Wiener Städtische']],
  ['totalenergies', 'TotalEnergies', ['TotalEnergies', ['Total', AMB]]],
  ['arn-media', 'ARN Media', ['ARN Media', ['ARN', { caseSensitive: true }]]],
]));
// "Lars" opens two people's names in the data, so it is a first name the index knows.
const withLars = fixtureIndex([
  ['lar', 'company', 'Lar España', ['Lar España', ['Lar', AMB]]],
  ['lars-ek', 'person', 'Lars Ek', ['Lars Ek']],
  ['lars-berg', 'person', 'Lars Berg', ['Lars Berg']],
]);
const found = (text: string, lang: string) => foundIn(index, text, lang);

describe('names that are markets, idioms, schemes and laws (b81–b83)', () => {
  it('reads Euronext\'s national markets and London\'s small-cap index as venue and index', () => {
    expect(found("Le titre est coté à Bruxelles aux côtés d'Euronext Paris.", 'fr')).toEqual([]);
    expect(found('The stock sits in the FTSE SmallCap.', 'en')).toEqual([]);
    expect(found('Euronext reported record revenue.', 'en')).toEqual([['Euronext', 'euronext']]);
  });

  it('reads "per Post", "My Future Fund", "loi Industrie verte" and "Euro PP" as what they are', () => {
    expect(found('Höhere Kosten für den Versand per Post belasten den Konzern.', 'de')).toEqual([]);
    expect(found("The group expects fee income from the State's auto-enrolment scheme, My Future Fund.", 'en')).toEqual([]);
    expect(found('Un format encouragé par la loi Industrie verte, selon la société.', 'fr')).toEqual([]);
    expect(found("Le groupe a placé un Euro PP auprès d'assureurs.", 'fr')).toEqual([]);
  });

  it('reads the CME after "on the" as the venue of a futures contract', () => {
    expect(found('Class III milk futures on the CME traded near $17.40.', 'en')).toEqual([]);
    expect(found('CME Group reported record volumes.', 'en')).toEqual([['CME Group', 'cme']]);
  });

  it('reads a first name with an "s" before a surname as the first name, not a company\'s genitive', () => {
    // In the body of an article: short lines read as headlines, where the rule does not apply.
    const text = 'Zuckerkonzern verdient weniger\n\nDer Umsatz sank um 14 Prozent.\n\nVorstandschef Lars Gorissen begründete den Einbruch mit dem Preisverfall auf dem europäischen Zuckermarkt. Die Preise fielen.';
    expect(findMentions(withLars, text, { lang: 'de' }).map((m) => m.surface)).toEqual([]);
  });

  it('reads a doubtful name spelt like a first name as the first name of another bearer', () => {
    // The antenna maker "Andrew" must not hide that "Andrew Harding" is someone the data lacks:
    // "Mr Harding" is then not Rob Harding.
    const rows: Row[] = [
      ['andrew', 'company', 'Andrew', [['Andrew', AMB]]],
      ['rob-harding', 'person', 'Rob Harding', ['Rob Harding', ['Harding', { surname: true, ambiguous: true, needsContext: true }]]],
      ['andrew-ek', 'person', 'Andrew Ek', ['Andrew Ek']],
      ['andrew-berg', 'person', 'Andrew Berg', ['Andrew Berg']],
    ];
    const text = 'Rail freight slows\n\nManaging director Andrew Harding declared an interim dividend. Mr Harding said the company would keep growing.';
    expect(findMentions(fixtureIndex(rows), text, { lang: 'en' }).map((m) => m.surface)).toEqual([]);
  });

  it('reads "ARN" as RNA in Spanish and French news and as the radio group in English', () => {
    expect(found('La filial se dedica a fármacos de ARN de interferencia.', 'es')).toEqual([]);
    expect(found("Le laboratoire développe des vaccins à ARN messager.", 'fr')).toEqual([]);
    expect(found('ARN cut costs as radio advertising slowed.', 'en')).toEqual([['ARN', 'arn-media']]);
  });

  it('reads English "Total" before the figure it qualifies as the adjective', () => {
    expect(found('Ad sales slowed in the half.\n\nTotal revenue climbed to $803 million, the company said.', 'en')).toEqual([]);
    expect(found('Ad sales slowed in the half.\n\nThe oil company Total raised its dividend, the company said.', 'en')).toEqual([['Total', 'totalenergies']]);
  });

  it('declines a name that ends in a noun made of an adjective ("der Wiener Städtischen")', () => {
    expect(found('Die Prämien der Wiener Städtischen stiegen, und die Wiener Städtische zahlt mehr.', 'de')).toEqual([
      ['Wiener Städtischen', 'wiener-staedtische'], ['Wiener Städtische', 'wiener-staedtische']]);
  });

  it('reads a newspaper told something in German reported speech as the outlet', () => {
    const media = fixtureIndex([['die-presse', 'media', 'Die Presse', ['Die Presse', ['Presse', AMB]]]]);
    const inText = (text: string) => findMentions(media, text, { lang: 'de' }).map((m) => m.surface);
    expect(inText('Der Umsatz stieg.\n\nDas sagte Vorstandschef Kurt Maier der Presse. Der Konzern wächst.')).toEqual(['Presse']);
    expect(inText('Der Umsatz stieg.\n\nEr sprach im Gespräch mit der Presse von einem Wandel.')).toEqual(['Presse']);
    // Without the reporting verb the word is the press in general.
    expect(inText('Der Umsatz stieg.\n\nDer Vorstand informierte die Presse am Montag.')).toEqual([]);
  });

  it('reads Austrian "Heuer" (this year) as a word in German news', () => {
    expect(found('Heuer will das Unternehmen rund 180 Mio. Euro investieren.', 'de')).toEqual([]);
  });
});
