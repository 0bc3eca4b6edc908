/**
 * What the b87–b89 batches found: a short form followed by "Group" names another company; an
 * outlet named after a span of time is the span after a preposition; a German noun after an
 * adjective that follows a preposition is the noun; a Swedish middle name read as the first part
 * of a double surname names nobody before the full name.
 */
import { describe, expect, it } from 'vitest';
import type { AliasFlags } from '../../../lib/facts/schema';
import { fixtureIndex, foundIn } from './fixture-index';

const AMB: AliasFlags = { ambiguous: true, needsContext: true };
const index = fixtureIndex([
  ['endeavour-mining', 'company', 'Endeavour Mining', ['Endeavour Mining', 'Endeavour']],
  ['nestle', 'company', 'Nestlé', ['Nestlé']],
  ['24-heures', 'media', '24 heures', ['24 heures']],
  ['20-minuten', 'media', '20 Minuten', ['20 Minuten']],
  ['saft', 'company', 'Saft', [['Saft', AMB]]],
  ['olof-persson', 'person', 'Olof Persson', ['Olof Persson', 'Olof Erland Persson', ['Persson', { surname: true }]]],
  ['castel', 'company', 'Groupe Castel', ['Groupe Castel', ['Castel', AMB]]],
  ['sbv', 'organisation', 'Schweizerischer Baumeisterverband', ['Schweizerischer Baumeisterverband']],
  ['supervielle', 'company', 'Grupo Supervielle', ['Grupo Supervielle', ['Supervielle', AMB]]],
  ['patricio-a', 'person', 'Patricio Uno', ['Patricio Uno']],
  ['patricio-b', 'person', 'Patricio Dos', ['Patricio Dos']],
]);
const found = (text: string, lang: string) => foundIn(index, text, lang);

describe('names the b87–b89 batches met', () => {
  it('reads a short form followed by "Group" as another company, but not the entity\'s own name', () => {
    expect(found('Endeavour Group, which owns Dan Murphy\'s, cut prices.', 'en')).toEqual([]);
    expect(found('Separately, Endeavour said its gold output rose.', 'en')).toEqual([['Endeavour', 'endeavour-mining']]);
    expect(found('Sales at Nestlé Group grew by 2%.', 'en')).toEqual([['Nestlé', 'nestle']]);
  });

  it('reads an outlet named after a span of time as the span after a preposition', () => {
    expect(found('La plateforme mise sur la livraison en 24 heures des gros volumes.', 'fr')).toEqual([]);
    expect(found('Selon 24 heures, le groupe va croître.', 'fr')).toEqual([['24 heures', '24-heures']]);
    expect(found('Die Ware ist in 20 Minuten da. Wie 20 Minuten berichtete, wächst der Konzern.', 'de')).toEqual([['20 Minuten', '20-minuten']]);
  });

  it('reads a German noun after a preposition and an adjective as the noun', () => {
    expect(found('Die Tochter liefert Fruchtpressen für frischen Saft aus Orangen an Supermärkte.', 'de')).toEqual([]);
    expect(found('Der Batteriehersteller Saft aus Frankreich investiert.', 'de')).toEqual([['Saft', 'saft']]);
  });

  it('reads a middle name before another surname as someone else until the full name is given', () => {
    expect(found('CEO Erland Brügger sprach gegenüber der Nachrichtenagentur.', 'de')).toEqual([]);
  });

  it('reads a weak word before an elided "d\'" and a capital as the start of a place\'s name', () => {
    expect(found("Lo stabilimento di Castel d'Azzano produce pandori.", 'it')).toEqual([]);
    expect(found('Il gruppo Castel ha comprato una cantina.', 'it')).toEqual([['Castel', 'castel']]);
  });

  it('finds a German association after the nominative article ("der Schweizerische …")', () => {
    expect(found('Der Schweizerische Baumeisterverband einigte sich mit den Gewerkschaften.', 'de')).toEqual([['Schweizerische Baumeisterverband', 'sbv']]);
  });

  it('reads a family\'s company name after a first name the data\'s people go by as that person', () => {
    expect(found('Las economías regionales crecen, dijo Patricio Supervielle, presidente del banco.', 'es')).toEqual([]);
    expect(found('El banco Supervielle ganó más que el año pasado, dijo el grupo.', 'es')).toEqual([['Supervielle', 'supervielle']]);
  });
});
