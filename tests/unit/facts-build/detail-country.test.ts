import { describe, expect, it } from 'vitest';
import { countriesClash, countryNamedIn } from '../../../lib/facts/build/detail-country';

describe('the country a list entry\'s detail names', () => {
  it('reads demonyms and country names', () => {
    expect(countryNamedIn('Polish bus maker')).toBe('Poland');
    expect(countryNamedIn('maintenance company in Sweden')).toBe('Sweden');
    expect(countryNamedIn('US unit')).toBe('United States');
  });

  it('names none when there is none, several, or only the pronoun "us"', () => {
    expect(countryNamedIn(undefined)).toBeUndefined();
    expect(countryNamedIn('asset management')).toBeUndefined();
    expect(countryNamedIn('UK and Irish arm')).toBeUndefined();
    expect(countryNamedIn('sold to us in 2020')).toBeUndefined();
  });

  it('makes a namesake of an entity recorded in another country only', () => {
    expect(countriesClash('Polish bus maker', 'Germany')).toBe(true);
    expect(countriesClash('Polish bus maker', 'Poland')).toBe(false);
    expect(countriesClash('Italian unit', 'Italy (incorporated in the Netherlands)')).toBe(false);
    expect(countriesClash('Polish bus maker', undefined)).toBe(false);
    expect(countriesClash('bus maker', 'Germany')).toBe(false);
  });
});
