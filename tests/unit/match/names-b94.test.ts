/**
 * What the b94 batch found: a town's province in brackets, a place named after a person, a
 * surname that opens a firm's name, and the statistics offices that go by "ONS".
 */
import { describe, expect, it } from 'vitest';
import type { AliasFlags } from '../../../lib/facts/schema';
import { fixtureIndex, foundIn } from './fixture-index';

const AMB: AliasFlags = { ambiguous: true, needsContext: true };
const index = fixtureIndex([
  ['girona', 'company', 'Girona FC', ['Girona FC', ['Girona', AMB]]],
  ['mch', 'company', 'MCH Private Equity', ['MCH Private Equity']],
  ['walmex', 'company', 'Walmart de México', ['Walmart de México', ['Walmex', AMB]]],
  ['ferraris', 'person', 'Luigi Ferraris', ['Luigi Ferraris', ['Ferraris', { ...AMB, surname: true }]]],
  ['adcock', 'person', 'Brett Adcock', ['Brett Adcock', ['Adcock', { surname: true }]]],
  ['slim', 'person', 'Carlos Slim Helú', ['Carlos Slim Helú', ['Slim', { surname: true }]]],
  ['ons', 'brand', 'Ons', ['Ons']],
  ['bringas', 'person', 'Ricardo Martín Bringas', ['Ricardo Martín Bringas']],
  // "Martín" and "Adi" open two people's names each: the index counts them as first names.
  ['eurnekian', 'person', 'Martín Eurnekian', ['Martín Eurnekian']],
  ['pirojsha', 'person', 'Pirojsha Adi Godrej', ['Pirojsha Adi Godrej']],
  ['adi', 'person', 'Adi Godrej', ['Adi Godrej']],
  ['adi-2', 'person', 'Adi Reddy', ['Adi Reddy']],
]);
const found = (text: string, lang: string) => foundIn(index, text, lang);

describe('names the b94 batch met', () => {
  it('reads a one-word name in brackets after a town as its province', () => {
    expect(found('MCH Private Equity compra el fabricante con sede en Olot (Girona) por 80 millones.', 'es')).toEqual([['MCH Private Equity', 'mch']]);
    // A short name given in brackets after a longer one is still that name.
    expect(found('La cadena Walmart de México (Walmex) vendió más.', 'es')).toEqual([['Walmart de México', 'walmex'], ['Walmex', 'walmex']]);
  });

  it("reads a person's full name after a venue, street or institution noun as the place named after her", () => {
    expect(found('Resta aperto il dossier dello stadio Luigi Ferraris, che il club vorrebbe acquistare.', 'it')).toEqual([]);
    expect(found("L'ufficio è in via Luigi Ferraris, a Genova.", 'it')).toEqual([]);
    expect(found('Ha parlato Luigi Ferraris, amministratore delegato.', 'it')).toEqual([['Luigi Ferraris', 'ferraris']]);
  });

  it("reads a surname that opens a longer capitalised name as a firm's, there and later in the story", () => {
    expect(found("Natco bought a stake in South Africa's Adcock Ingram. Analysts said the Adcock deal buys growth.", 'en')).toEqual([]);
    expect(found('Brett Adcock founded Figure. Adcock said robots would follow.', 'en')).toEqual([['Brett Adcock', 'adcock'], ['Adcock', 'adcock']]);
    // Not in Spanish, where a man goes by both his surnames.
    expect(found('El magnate Slim Helú dijo que el grupo crecerá. Slim añadió que el plan sigue.', 'es')).toEqual([['Slim Helú', 'slim'], ['Slim', 'slim']]);
  });

  it('reads the last two words of a name whose middle word is a first name as the person after her full name', () => {
    expect(found('Ricardo Martín Bringas, director general, habló. Martín Bringas confirmó el plan.', 'es')).toEqual([['Ricardo Martín Bringas', 'bringas'], ['Martín Bringas', 'bringas']]);
    // Not when someone goes by those two words: Pirojsha Adi Godrej's father is Adi Godrej.
    expect(found('Pirojsha Adi Godrej spoke. Adi Godrej, his father, agreed.', 'en')).toEqual([['Pirojsha Adi Godrej', 'pirojsha'], ['Adi Godrej', 'adi']]);
  });

  it('never reads "ONS" as a brand: two statistics and grid offices go by it', () => {
    expect(found("Les écrêtements décidés par l'ONS, le gestionnaire du réseau brésilien, ont coûté cher.", 'fr')).toEqual([]);
    expect(found('Inflation fell to 2.1%, the ONS said.', 'en')).toEqual([]);
  });
});
