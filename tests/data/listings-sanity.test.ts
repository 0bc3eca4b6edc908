/**
 * Index memberships on the real bundle: every member of a national index has the index's country,
 * no country, or is a genuine foreign member listed below. A member from elsewhere is a row of the
 * listing dataset joined to the wrong company or carrying another company's data (Boeing and GE
 * Aerospace in the CAC 40, Smiths Group and Elisa in the CAC Mid 60, "Solar power in Spain" in
 * Finland): fixed in lib/facts/build/listings.ts (ROW_FIXES), not here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { INDEX_COUNTRY, isTopicTitle } from '../../lib/facts/build/listings';
import { loadBundleFromDisk } from '../../lib/facts/load-bundle-node';
import type { Entity, FactBundle } from '../../lib/facts/schema';

/**
 * Genuine foreign members, by index: companies registered or based outside the index's country
 * and listed on its exchange. Adding a name here needs a reason in the comment beside it.
 */
const FOREIGN_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  // Airbus SE (Dutch-registered), Linde plc (until 2023), Qiagen (Dutch holding): Frankfurt-listed.
  DAX: ['Airbus', 'Linde plc', 'Qiagen'],
  TECDAX: ['Qiagen'],
  // Luxembourg-registered, Frankfurt-listed.
  MDAX: ['Aroundtown', 'RTL Group', 'Stabilus SA'],
  SDAX: ['Grand City Properties', 'SAF-Holland', 'Redcare Pharmacy'],
  // Euronext Paris listings of Luxembourg, Dutch and Swiss-registered groups (SES: Betzdorf, Luxembourg).
  'CAC 40': ['ArcelorMittal', 'Stellantis', 'STMicroelectronics', 'Eurofins Scientific SE'],
  'CAC Mid 60': ['Aperam', 'SES S.A.', 'Solutions 30', 'Technip Energies'],
  // Euronext Brussels: argenx (Dutch-registered), Aperam (Luxembourg).
  'BEL 20': ['Aperam', 'arGEN-X'],
  // Euronext Amsterdam: ArcelorMittal (Luxembourg), RELX and Unilever (UK), URW (France).
  AEX: ['ArcelorMittal', 'RELX', 'Unilever', 'Unibail-Rodamco-Westfield'],
  'IBEX 35': ['ArcelorMittal'],
  // Stockholm listings of ABB (Swiss) and AstraZeneca (UK); Telia (Swedish) in Helsinki.
  'OMX Stockholm 30': ['ABB', 'AstraZeneca'],
  'OMX Helsinki 25': ['Telia Company'],
  // London: plcs registered in Ireland, Switzerland, Jersey, Guernsey, the Isle of Man; Rio Tinto
  // (dual-listed, Australia); Fresnillo (UK-registered, based in Mexico).
  'FTSE 100': ['Coca-Cola HBC', 'CRH plc', 'DCC plc', 'Entain', 'Experian', 'Flutter Entertainment PLC', 'Fresnillo plc', 'Glencore', 'Pershing Square Holdings Ltd.', 'Rio Tinto', 'Smurfit Kappa Group PLC'],
  // US indices: companies registered in Ireland, Switzerland, Bermuda, the UK, the Netherlands;
  // Nasdaq listings of foreign groups.
  'S&P 100': ['Accenture', 'Linde plc', 'Medtronic'],
  'S&P 500': ['Accenture', 'Allegion', 'Amcor', 'Aon plc', 'Aptiv', 'Arch Capital Group', 'Chubb Limited', 'Eaton Corporation', 'Everest Group', 'Garmin', 'Johnson Controls', 'Linde plc', 'LyondellBasell', 'Medtronic', 'NXP Semiconductors', 'Pentair', 'Seagate Technology', 'SolarEdge Technologies, Inc.', 'Steris', 'TE Connectivity', 'Trane Technologies', 'Willis Towers Watson'],
  'NASDAQ 100': ['ASML', 'AstraZeneca', 'Atlassian', 'Baidu', 'JD.com Inc.', 'Lululemon', 'Mercado Libre, Inc.', 'NetEase Inc.', 'NXP Semiconductors', 'Pinduoduo Inc.'],
};

let bundle: FactBundle;
beforeAll(async () => {
  bundle = await loadBundleFromDisk();
}, 300_000);

const textFact = (e: Entity, key: string): string | undefined => {
  const f = e.facts.find((x) => x.key === key);
  return f?.value.t === 'text' ? f.value.v : undefined;
};
const indicesOf = (e: Entity): string[] => {
  const f = e.facts.find((x) => x.key === 'indices');
  return f?.value.t === 'list' ? f.value.v : [];
};

describe('index members', () => {
  it('have the index\'s country, none, or are genuine foreign members', () => {
    const wrong: string[] = [];
    for (const e of bundle.entities) {
      const country = textFact(e, 'country');
      if (!country) continue;
      for (const index of indicesOf(e)) {
        const home = INDEX_COUNTRY[index];
        if (home && country !== home && !FOREIGN_MEMBERS[index]?.includes(e.name)) wrong.push(`${index}: ${e.name} (${country})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('allowlist names members that exist (a stale name would hide nothing)', () => {
    const members = new Map<string, Set<string>>();
    for (const e of bundle.entities) for (const i of indicesOf(e)) members.set(i, (members.get(i) ?? new Set()).add(e.name));
    const stale = Object.entries(FOREIGN_MEMBERS).flatMap(([i, names]) => names.filter((n) => !members.get(i)?.has(n)).map((n) => `${i}: ${n}`));
    expect(stale).toEqual([]);
  });

  it('keep the companies a fixed row belongs to', () => {
    const byName = (name: string) => bundle.entities.find((e) => e.name === name && e.kind !== 'person');
    // The IBEX 35 row named "Solar power in Spain" is Solaria's (BME:SLR).
    expect(indicesOf(byName('Solaria')!)).toContain('IBEX 35');
    expect(textFact(byName('Laboratorios Rovi')!, 'country')).toBe('Spain');
    // Elisa's CAC Mid 60 membership and ISIN are Elis's; SES keeps its own from Smiths Group's row.
    expect(indicesOf(byName('Elis')!)).toContain('CAC Mid 60');
    expect(indicesOf(byName('Elisa')!)).not.toContain('CAC Mid 60');
    expect(indicesOf(byName('SES S.A.')!)).toEqual(['CAC Mid 60']);
    expect(indicesOf(byName('Verallia')!)).toContain('CAC Mid 60');
    expect(textFact(byName('Verallia')!, 'country')).not.toBe('Germany');
    // Rostelecom's row no longer joins Deutsche Telekom through DT's ISIN.
    expect(indicesOf(byName('Deutsche Telekom')!)).not.toContain('MOEX');
    expect(indicesOf(byName('Rostelecom')!)).toContain('MOEX');
  });
});

describe('entity names', () => {
  it('are no encyclopaedia topics', () => {
    expect(isTopicTitle('Solar power in Spain')).toBe(true);
    expect(isTopicTitle('Bank of Ireland')).toBe(false);
    expect(isTopicTitle('Industrial and Commercial Bank of China')).toBe(false);
    const topics = bundle.entities.filter((e) => e.kind !== 'person' && isTopicTitle(e.name)).map((e) => e.name);
    expect(topics).toEqual([]);
  });
});
