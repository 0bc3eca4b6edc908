/**
 * What round 37's third wave showed: a brand named with a first name ("Evrard", Exel Industries'
 * sprayers) counts only beside its owner, and where it does not count it must not hide that the
 * word before a surname is a first name: "l'associé Evrard Bordier" is not Grégoire Bordier.
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../lib/match/index';
import type { AliasFlags } from '../../../lib/facts/schema';
import { fixtureIndex } from './fixture-index';

// The flags ONLY_AFTER_FULL_NAME gives a name (lib/facts/build/alias-rows.ts).
const AFTER_FULL_NAME: AliasFlags = { ambiguous: true, needsContext: true, ownerContext: true, place: true };
const index = fixtureIndex([
  ['exel', 'company', 'Exel Industries', ['Exel Industries', 'Exel']],
  ['evrard', 'company', 'Evrard', [['Evrard', AFTER_FULL_NAME]]],
  ['gregoire-bordier', 'person', 'Grégoire Bordier', ['Grégoire Bordier', ['Bordier', { surname: true }]]],
  ['bordier-cie', 'company', 'Bordier & Cie', ['Bordier & Cie']],
]);
const found = (text: string) => findMentions(index, text, { lang: 'fr' }).map((m) => [m.surface, m.id]);

describe('a name that counts only beside its owner, before a surname', () => {
  it('leaves "Evrard Bordier" to nobody when the story named Grégoire Bordier', () => {
    const text = "L'associé senior Grégoire Bordier l'a annoncé. L'intégration sera pilotée par l'associé Evrard Bordier.";
    expect(found(text)).toEqual([['Grégoire Bordier', 'gregoire-bordier']]);
  });

  it('still gives a surname after a word that is no first name to the person named in full', () => {
    const text = "L'associé senior Grégoire Bordier l'a annoncé. Selon Bordier, la banque reste indépendante.";
    expect(found(text)).toEqual([['Grégoire Bordier', 'gregoire-bordier'], ['Bordier', 'gregoire-bordier']]);
  });
});
