/**
 * What the b73–b75 batches found: a name glued to a saint's title is a town ("Saint-Grégoire"),
 * a sea, a culture ministry and an exchange segment named like a club or a brand.
 */
import { describe, expect, it } from 'vitest';
import type { AliasFlags } from '../../../lib/facts/schema';
import { companyRows, fixtureIndex, foundIn } from './fixture-index';

const AMB: AliasFlags = { ambiguous: true, needsContext: true };
const index = fixtureIndex(companyRows([
  ['gregoire', 'Grégoire', ['Grégoire']],
  ['celtic', 'Celtic', ['Celtic']],
  ['cultura', 'Cultura', ['Cultura']],
  ['open', 'Open', [['Open', AMB]]],
  ['vivalto', 'Vivalto Santé', ['Vivalto Santé']],
  ['antofagasta', 'Antofagasta plc', ['Antofagasta plc', 'Antofagasta']],
  ['codelco', 'Codelco', ['Codelco']],
  ['fox', 'Fox Corporation', ['Fox Corporation', ['FOX', { caseSensitive: true }]]],
  ['xp', 'XP Inc.', ['XP Inc.', ['XP', { caseSensitive: true }]]],
  ['nasdaq', 'Nasdaq, Inc.', ['Nasdaq, Inc.', 'Nasdaq']],
  ['mueller', 'Müller Drogerie', ['Müller Drogerie', ['Mueller', AMB]]],
]));
const found = (text: string, lang: string) => foundIn(index, text, lang);

describe('a place named like a company (b73–b75)', () => {
  it('takes a name after "Saint-" for half of a town, and keeps it elsewhere', () => {
    expect(found('Vivalto Santé a racheté la clinique de Saint-Grégoire, près de Rennes.', 'fr')).toEqual([['Vivalto Santé', 'vivalto']]);
    expect(found('Le groupe Grégoire a racheté la clinique.', 'fr')).toEqual([['Grégoire', 'gregoire']]);
  });

  it('reads the Celtic Sea as a sea, not the club', () => {
    expect(found('The port is building a quay for wind farms in the Celtic Sea.', 'en')).toEqual([]);
    expect(found('Celtic reported record revenue.', 'en')).toEqual([['Celtic', 'celtic']]);
  });

  it('reads a known one-word name as a town in a row of words the index does not know', () => {
    expect(found('Abrirá tiendas principalmente en Antofagasta, Concepción y Temuco.', 'es')).toEqual([]);
    expect(found('Compiten Antofagasta, Codelco y otras mineras.', 'es')).toEqual([['Antofagasta', 'antofagasta'], ['Codelco', 'codelco']]);
    // Without a locative the row may be of companies the index does not know.
    expect(found('Invierten Antofagasta, Sierra Gorda y Escondida.', 'es')).toEqual([['Antofagasta', 'antofagasta']]);
  });

  it('reads the culture ministry and Frankfurt\'s Open Market as public bodies and venues', () => {
    expect(found('Il ministero della Cultura ha concesso il contributo.', 'it')).toEqual([]);
    expect(found('Die Aktie notiert im Open Market der Frankfurter Börse.', 'de')).toEqual([]);
  });

  it('reads an all-caps name glued by a hyphen to another short code as a model name', () => {
    expect(found('Aehr sold five FOX-XP systems to a chip maker.', 'en')).toEqual([]);
    expect(found('FOX and XP both reported results.', 'en')).toEqual([['FOX', 'fox'], ['XP', 'xp']]);
  });

  it('reads an exchange after "et du" as the venue', () => {
    expect(found("Elle s'est retirée de la Bourse de Toronto et du Nasdaq.", 'fr')).toEqual([]);
    expect(found('Nasdaq a publié des revenus en hausse.', 'fr')).toEqual([['Nasdaq', 'nasdaq']]);
  });

  it('takes a German trade compound ("Drogeriekette") as a company cue', () => {
    expect(found('Die Drogeriekette Mueller hat den Umsatz gesteigert.', 'de')).toEqual([['Mueller', 'mueller']]);
    expect(found('Mueller sagte am Montag, es sei schwierig.', 'de')).toEqual([]);
  });
});
