/**
 * A brand written in lower case that is also a word or a unit ("dm": the drugstore chain, and the
 * decimetre) counts after a noun that names it, and a German trade compound is such a noun.
 */
import { describe, expect, it } from 'vitest';
import type { AliasFlags } from '../../../lib/facts/schema';
import { companyRows, fixtureIndex, foundIn } from './fixture-index';

const AMB: AliasFlags = { ambiguous: true, needsContext: true };
const index = fixtureIndex(companyRows([['dm', 'dm-drogerie markt', ['dm-drogerie markt', ['dm', AMB]]]]));
const found = (text: string, lang: string) => foundIn(index, text, lang);

describe('a lower-case brand after a German trade compound', () => {
  it('counts after "Drogeriemarktkette", "Handelskonzern", and then throughout the story', () => {
    expect(found('Die Drogeriemarktkette dm hat ihren Umsatz gesteigert. Bei dm arbeiten 80.000 Menschen.', 'de')).toEqual([['dm', 'dm'], ['dm', 'dm']]);
    expect(found('Der Handelskonzern dm eröffnet 40 Filialen.', 'de')).toEqual([['dm', 'dm']]);
  });

  it('needs that noun: alone, or after an ordinary compound, it is not the chain', () => {
    expect(found('Bei dm arbeiten 80.000 Menschen.', 'de')).toEqual([]);
    expect(found('Die Kundenkarte dm ist neu.', 'de')).toEqual([]);
  });

  it('reads the same letters after a number as the unit, in a story about the chain', () => {
    expect(found('Die Drogeriemarktkette dm misst ihre Regale neu: jedes ist 1,2 dm breiter.', 'de')).toEqual([['dm', 'dm']]);
  });
});
