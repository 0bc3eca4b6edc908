import { describe, expect, it } from 'vitest';
import { countryVariants } from '../../../lib/facts/build/country-forms';

describe('national units named in the article\'s language', () => {
  const groups = new Set(['Vodafone', 'La Poste']);
  const isOrg = (head: string) => groups.has(head);

  it('gives "Vodafone España" its French, German and Italian forms', () => {
    const forms = countryVariants('Vodafone Spain', ['Vodafone Spain', 'Vodafone España'], isOrg);
    expect(forms).toEqual(expect.arrayContaining(['Vodafone Espagne', 'Vodafone Spanien', 'Vodafone Spagna']));
    expect(forms).not.toContain('Vodafone Spain');
  });

  it('gives none when the head is no organisation ("Air France") or not the unit\'s own name', () => {
    expect(countryVariants('Air France', ['Air France'], isOrg)).toEqual([]);
    expect(countryVariants('Swiss Post', ['Swiss Post', 'La Poste Suisse'], isOrg)).toEqual([]);
  });
});
