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
  it('splits short names by the language of the page ("USS", "D1") and keeps namesakes apart ("La Presse", "Deka")', () => {
    const flagsOf = (name: string, alias: string) => bundle.entities.find((e) => e.name === name)?.aliases.find((a) => a.text === alias)?.flags;
    // The Swiss union federation only in French and Italian news (one record: its French name is
    // an alias of the German one, no second entity).
    expect(flagsOf('Schweizerischer Gewerkschaftsbund', 'USS')).toMatchObject({ press: ['fr', 'it'], pressOnly: true });
    expect(holders('Union syndicale suisse')).toEqual(['Schweizerischer Gewerkschaftsbund']);
    expect(flagsOf('Tiendas D1', 'D1')?.press).toEqual(['es']);
    expect(flagsOf('D1 Capital Partners', 'D1')?.press).toEqual(['en', 'it', 'fr', 'de']);
    expect(flagsOf('Obras Sanitarias del Estado', 'OSE')?.press).toEqual(['es']);
    expect(flagsOf('Oxford Science Enterprises', 'OSE')?.press).toEqual(['en', 'it', 'fr', 'de']);
    // Montreal's daily is "La Presse"; the Italian agency writes its name in one word.
    expect(holders('La Presse')).toEqual(['La Presse (Montreal)']);
    // Wellington and Sassuolo are towns unless the story names the fund manager or the club in full.
    expect(flagsOf('Wellington Management', 'Wellington')).toMatchObject({ ownerContext: true, place: true });
    expect(flagsOf('US Sassuolo Calcio', 'Sassuolo')).toMatchObject({ ownerContext: true, place: true });
    // "die Deka" is DekaBank, which no laser maker's list makes El.En.'s.
    expect(holders('Deka')).toEqual(['DekaBank']);
    const parents = bundle.entities.find((e) => e.name === 'DekaBank')?.facts.filter((f) => f.key === 'parent' || f.key === 'owner') ?? [];
    expect(parents).toEqual([]);
  });

  it('gives the short name to the group, not to its unit or a company named after it', () => {
    expect(holders('Thales')).toEqual(['Thales Group']);
    expect(holders('Mercedes-Benz')).toEqual(['Mercedes-Benz Group']);
  });

  it('lets "Merck" name the Darmstadt group outside English and Merck & Co. (MSD elsewhere) in English', () => {
    const pressOf = (name: string) => bundle.entities.find((e) => e.name === name)?.aliases.find((a) => a.text === 'Merck')?.flags?.press;
    expect(pressOf('Merck Group')).toEqual(['it', 'fr', 'de', 'es']);
    expect(pressOf('Merck & Co.')).toEqual(['en']);
    expect(holders('MSD')).toEqual(['Merck & Co.']);
  });

  it('keeps the Salzburg car distributor Porsche Holding apart from the family holding Porsche SE', () => {
    expect(holders('Porsche Holding GmbH')).not.toContain('Porsche SE');
    const eurocar = bundle.entities.find((e) => e.name === 'Eurocar Italia');
    const owners = eurocar?.facts.filter((f) => f.key === 'owner').map((f) => JSON.stringify(f.value)) ?? [];
    expect(owners.some((o) => o.includes('Porsche SE'))).toBe(false);
  });

  it('keeps companies apart from namesakes of other countries and groups', () => {
    // The Austrian news agency is no oil producer, and no brand list makes a UK company a unit.
    expect(holders('APA Corporation')).toEqual(['APA Corporation']);
    const owner = (name: string) => bundle.entities.find((e) => e.name === name)?.facts.filter((f) => f.key === 'owner' || f.key === 'parent').map((f) => JSON.stringify(f.value)) ?? [];
    expect(owner('IMI plc').join()).not.toContain('Intesa');
    expect(owner('Marshalls plc').join()).not.toContain('TJX');
    expect(owner('Dole plc').join()).not.toContain('Itochu');
    expect(owner('Banco de Investimento Global').join()).not.toContain('Simba');
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

  it('keeps a bank under its press name and its registered name as one entity, in its own country (BBVA)', () => {
    expect(holders('Banco Bilbao Vizcaya Argentaria')).toEqual(['BBVA']);
    const bbva = bundle.entities.find((e) => e.name === 'BBVA');
    expect(bbva?.facts.filter((f) => f.key === 'country').map((f) => f.value)).toEqual([{ t: 'text', v: 'Spain' }]);
  });

  it('gives "HPE" to Hewlett Packard Enterprise, not to the small engineering firm of the same initials', () => {
    expect(holders('HPE')).toEqual(['Hewlett Packard Enterprise']);
  });

  it('knows Société Générale\'s "ALD" as ALD Automotive (Ayvens), one company with its parent', () => {
    expect(holders('ALD')).toEqual(['ALD Automotive']);
    const ald = bundle.entities.find((e) => e.name === 'ALD Automotive');
    expect(ald?.facts.filter((f) => f.key === 'parent').map((f) => (f.value as { v?: { name?: string } }).v?.name)).toEqual(['Société Générale']);
  });

  it('keeps one entity for a company the listings name under a former name or another ticker (Shell, DuPont)', () => {
    expect(holders('Royal Dutch Shell')).toEqual(['Shell']);
    expect(holders('The Royal Bank of Scotland Group')).toEqual(['NatWest Group plc']);
    const dow = bundle.entities.find((e) => e.name === 'Dow Inc.');
    // DuPont's quotes and ISIN stay on DuPont's card, not on Dow's.
    expect(dow?.facts.filter((f) => JSON.stringify(f.value).includes('US26614N1028') || (f.key === 'ticker' && (f.value as { symbol?: string }).symbol === 'DD'))).toEqual([]);
    expect(dow?.facts.some((f) => f.key === 'ticker' && (f.value as { symbol?: string }).symbol === 'DOW')).toBe(true);
  });

  it('matches a former name in ordinary words only as written ("Gas Natural" of Naturgy, not "el gas natural")', () => {
    const naturgy = bundle.entities.find((e) => e.name === 'Naturgy');
    expect(naturgy?.aliases.find((a) => a.text === 'Gas Natural')?.flags?.caseSensitive).toBe(true);
    expect(naturgy?.aliases.find((a) => a.text === 'Naturgy')?.flags?.caseSensitive).toBeUndefined();
  });
});
