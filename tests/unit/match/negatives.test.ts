/**
 * Everyday sentences full of words that are also company or people names: nothing to find.
 * The fixture leaves Generali, Poste, Continental and Gates unflagged, as the hunspell stems
 * do; the compiler's own list of such forms (lib/match/common-words.ts) must catch them.
 */
import { describe, expect, it } from 'vitest';
import { found } from './fixture-index';

describe('no company or person in ordinary prose', () => {
  it('English', () => {
    const text = 'Travellers who need a visa should apply early. Visa rules changed in May, so set a target date. '
      + 'The oracle of Delphi was consulted by kings. We walked along the Amazon for days. Our alphabet has 26 letters. '
      + 'A snap decision cost him the game. The shell of the turtle cracked. Tim and Page met on page 4, while Cook '
      + 'cooked dinner and Gates opened the gates.';
    expect(found(text, 'en')).toEqual([]);
  });

  it('Italian', () => {
    const text = "La meta del viaggio era Trieste. È stata raggiunta un'intesa tra i sindacati. I generali hanno sfilato. "
      + 'Leonardo ha compiuto dieci anni e ha ricevuto una Ferrari giocattolo dal nonno, Enzo. '
      + 'Generali e colonnelli si sono incontrati a Roma. Tim, il cugino di Marco, ha vinto. Il fattore X è stato il portiere.';
    expect(found(text, 'it')).toEqual([]);
  });

  it('German and Spanish', () => {
    expect(found('Die Meta-Analyse zeigt nichts. Eine Allianz aus Verbänden fordert Schutz. Im Continental-Hotel tagten sie.', 'de')).toEqual([]);
    expect(found('Santander es una ciudad preciosa. Vivimos en Sabadell desde 2010.', 'es')).toEqual([]);
  });
});

describe('data that would make function words names', () => {
  it('drops an alias such as "The" (left over from "The Vanguard Group")', async () => {
    const { fixtureIndex } = await import('./fixture-index');
    const { findMentions } = await import('../../../lib/match/index');
    const index = fixtureIndex([['vanguard', 'investor', 'The Vanguard Group', ['The Vanguard Group', ['The', { ambiguous: true, needsContext: true }]]]]);
    const text = 'The company said shares rose. The Vanguard Group bought more.';
    expect(findMentions(index, text, { lang: 'en' }).map((m) => m.surface)).toEqual(['The Vanguard Group']);
  });

  it('drops an Italian articulated preposition ("Nel" of Nel ASA), even with a company cue in the sentence', async () => {
    const { fixtureIndex } = await import('./fixture-index');
    const { findMentions } = await import('../../../lib/match/index');
    const index = fixtureIndex([['nel', 'company', 'Nel ASA', ['Nel ASA', ['Nel', { ambiguous: true, needsContext: true }]]]]);
    const text = 'Nel trimestre il gruppo ha ridotto i costi. Nella nota la società cita Nel ASA.';
    expect(findMentions(index, text, { lang: 'it' }).map((m) => m.surface)).toEqual(['Nel ASA']);
  });
});

describe('towns that are surnames in the data', () => {
  it('"based in Hawthorne" is no Eddie Hawthorne until his full name appears', async () => {
    const { fixtureIndex } = await import('./fixture-index');
    const { findMentions } = await import('../../../lib/match/index');
    // As the build writes a person: the full name and the surname alias.
    const index = fixtureIndex([['p-eddie-hawthorne', 'person', 'Eddie Hawthorne', ['Eddie Hawthorne', ['Hawthorne', { surname: true }]]]]);
    const surfaces = (text: string) => findMentions(index, text, { lang: 'en' }).map((m) => m.surface);
    expect(surfaces('SpaceX, based in Hawthorne, California, raised money. Hawthorne is near Los Angeles.')).toEqual([]);
    expect(surfaces('Eddie Hawthorne runs Arnold Clark. Hawthorne said sales rose.')).toEqual(['Eddie Hawthorne', 'Hawthorne']);
  });
});

describe('names made of digits', () => {
  it('are no name inside a number ("12.888 millones", "12 888 millions"), only standing alone', async () => {
    const { fixtureIndex } = await import('./fixture-index');
    const { findMentions } = await import('../../../lib/match/index');
    const index = fixtureIndex([['b-888', 'brand', '888', ['888']]]);
    const surfaces = (text: string, lang: string) => findMentions(index, text, { lang }).map((m) => text.slice(m.start, m.end + 4));
    expect(surfaces('Aena invertirá 12.888 millones de euros. La casa de apuestas 888 creció.', 'es')).toEqual(['888 cre']);
    expect(surfaces('Le groupe investira 12 888 millions, puis 888,5 millions.', 'fr')).toEqual([]);
  });
});

describe('names that unseen articles used for something else (held-out sets, "marks outside the names")', () => {
  const rows = (): Parameters<typeof import('./fixture-index').fixtureIndex>[0] => [
    ['united', 'company', 'United Airlines Holdings', ['United Airlines Holdings', 'United']],
    ['costa', 'company', 'Costa Coffee', ['Costa Coffee', 'Costa']],
    ['ftse', 'company', 'FTSE Russell', ['FTSE Russell', ['FTSE', { caseSensitive: true }]]],
    ['monaco', 'brand', 'Monaco', [['Monaco', { ambiguous: true, needsContext: true, ownerContext: true }]]],
    ['diego-della-valle', 'person', 'Diego Della Valle', ['Diego Della Valle', ['Della Valle', { surname: true, ambiguous: true, needsContext: true }]]],
    ['leonardo-del-vecchio', 'person', 'Leonardo Del Vecchio', ['Leonardo Del Vecchio', ['Del Vecchio', { surname: true, ambiguous: true, needsContext: true }]]],
  ];
  // As the build compiles it: the place names travel in the index's block list.
  const surfaces = async (text: string, lang: string) => {
    const { fixtureData } = await import('./fixture-index');
    const { compileMatchIndex, findMentions, loadMatchIndex } = await import('../../../lib/match/index');
    const { placeBlockList } = await import('../../../lib/facts/build/place-names');
    const { foldString } = await import('../../../lib/match/fold');
    const { aliases, entities } = fixtureData(rows());
    const index = loadMatchIndex(JSON.parse(JSON.stringify(compileMatchIndex(aliases, entities, { blockList: placeBlockList(aliases.map((a) => a.text), foldString) }))));
    return findMentions(index, text, { lang }).map((m) => [m.surface, m.id]);
  };

  it('a country named in several words is a place, not the company named by its first word', async () => {
    expect(await surfaces('Sales outside the United States rose. United said demand was strong.', 'en')).toEqual([['United', 'united']]);
    expect(await surfaces('Il gruppo apre in Costa Rica; Costa punta sul caffè.', 'it')).toEqual([['Costa', 'costa']]);
  });

  it('an index size after the name is the index, the provider alone is the company', async () => {
    expect(await surfaces('The FTSE 250 company fell. FTSE Russell will review it; FTSE said so.', 'en')).toEqual([['FTSE Russell', 'ftse'], ['FTSE', 'ftse']]);
  });

  it('a brand named by a town needs its owner after "a": "boutique a Monaco e Amsterdam"', async () => {
    expect(await surfaces('Ha rilevato due boutique a Monaco e Amsterdam.', 'it')).toEqual([]);
  });

  it('heirs and a plural article name the family, not one person of that name', async () => {
    expect(await surfaces('Diego Della Valle parla. Accordo tra gli eredi Del Vecchio; la scarpa dei Della Valle resta.', 'it')).toEqual([['Diego Della Valle', 'diego-della-valle']]);
    expect(await surfaces('Diego Della Valle parla. Della Valle ha detto che resta.', 'it')).toEqual([['Diego Della Valle', 'diego-della-valle'], ['Della Valle', 'diego-della-valle']]);
  });
});

describe('German hyphen compounds', () => {
  it('a common-word name as the head of a compound is the noun ("Versicherer-Allianz"); after "Ex-" it is the name', () => {
    expect(found('Die neue Versicherer-Allianz wächst schnell.', 'de')).toEqual([]);
    expect(found('Der Ex-Allianz-Chef sprach in München.', 'de')).toEqual([['Allianz', 'allianz']]);
  });
});
