/**
 * Names the press uses, on the real bundle: a unit or a sister company never takes its parent's
 * short name, a person's middle initial does not make a twin, a word the dictionaries
 * capitalise (a demonym) is no company's short form, and a brand licence makes no owner.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundleFromDisk } from '../../lib/facts/load-bundle-node';
import type { FactBundle } from '../../lib/facts/schema';

let bundle: FactBundle;
beforeAll(async () => {
  bundle = await loadBundleFromDisk();
}, 120_000);

const holders = (alias: string) => bundle.entities.filter((e) => e.aliases.some((a) => a.text.toLowerCase() === alias.toLowerCase())).map((e) => e.name);

describe('press names on the real bundle', () => {
  it('gives the short name to the group, not to its unit or a company named after it', () => {
    expect(holders('Thales')).toEqual(['Thales Group']);
    expect(holders('Mercedes-Benz')).toEqual(['Mercedes-Benz Group']);
  });

  it('knows "Ralf Thomas" as the one Ralf P. Thomas', () => {
    expect(holders('Ralf Thomas')).toEqual(['Ralf P. Thomas']);
  });

  it('takes no demonym as a short form ("European" of European Semiconductor Manufacturing Company)', () => {
    expect(holders('European')).toEqual([]);
  });

  it('gives a listed company no owner because another names it among its brands (Vodafone in Italy, Fastweb)', () => {
    const vodafone = bundle.entities.find((e) => e.name === 'Vodafone' && e.kind === 'company');
    expect(vodafone?.facts.filter((f) => f.key === 'owner' || f.key === 'parent')).toEqual([]);
  });

  it('matches a unit named in ordinary words only as written ("Digital Industries")', () => {
    const unit = bundle.entities.find((e) => e.name === 'Digital Industries');
    expect(unit?.aliases.every((a) => a.flags?.caseSensitive)).toBe(true);
  });
});
