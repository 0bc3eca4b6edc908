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
