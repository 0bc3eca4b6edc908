/**
 * What the b97 batch found: a town's hyphenated name, a surname after a capitalised elided
 * particle, a founder named after a capitalised "Fondé", a committee word, a court.
 */
import { describe, expect, it } from 'vitest';
import type { AliasFlags } from '../../../lib/facts/schema';
import { fixtureIndex, foundIn } from './fixture-index';

const AMB: AliasFlags = { ambiguous: true, needsContext: true };
const SUR: AliasFlags = { surname: true };
const index = fixtureIndex([
  ['boluda', 'person', 'Vicente Boluda Fos', ['Vicente Boluda Fos', ['Fos', SUR]]],
  ['ara', 'brand', 'Ara', [['Ara', AMB]]],
  ['eni', 'company', 'Eni', ['Eni']],
  ['fabre', 'company', 'Pierre Fabre', ['Pierre Fabre', 'Laboratoires Pierre Fabre']],
  ['champagne', 'organisation', 'Comité Champagne', ['Comité Champagne', 'Comité']],
  ['king', 'brand', 'King', [['King', AMB]]],
  ['marcegaglia', 'company', 'Marcegaglia', ['Marcegaglia']],
]);
const found = (text: string, lang: string) => foundIn(index, text, lang);

describe('names the b97 batch met', () => {
  it('reads a name a hyphen, a small word and a hyphen go on from as part of a town', () => {
    expect(found("Vicente Boluda Fos guida il gruppo. Marcegaglia ha rilevato l'acciaieria di Fos-sur-Mer.", 'it')).toEqual([['Vicente Boluda Fos', 'boluda'], ['Marcegaglia', 'marcegaglia']]);
  });

  it("reads a name after a capitalised elided particle as a surname's half, and keeps \"dell'Eni\"", () => {
    expect(found("Lo stadio Dall'Ara resta del Comune, e il titolo dell'Eni sale.", 'it')).toEqual([['Eni', 'eni']]);
  });

  it('reads the founder after a capitalised "Fondé … par le pharmacien" as no company', () => {
    expect(found('Fondé en 1962 par le pharmacien Pierre Fabre, le groupe vend des cosmétiques. Pierre Fabre a publié ses comptes.', 'fr')).toEqual([['Pierre Fabre', 'fabre']]);
  });

  it('never reads "Comité" alone as Comité Champagne, nor a court as a brand', () => {
    expect(found('Les prix sont fixés par le Comité économique des produits de santé. Le Comité Champagne publie ses chiffres.', 'fr')).toEqual([['Comité Champagne', 'champagne']]);
    expect(found('Hier, le Comité de direction du groupe a validé le plan.', 'fr')).toEqual([]);
    expect(found("The Court of King's Bench of Alberta approved the plan.", 'en')).toEqual([]);
  });
});
