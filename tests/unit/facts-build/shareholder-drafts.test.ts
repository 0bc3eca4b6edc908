/**
 * A company record's `major_shareholders` names the family holdings, funds and strategic
 * investors the press names beside the company ("through Norbel Inversiones"): each becomes an
 * investor card holding the stakes the records state, cited to their pages. People, families,
 * states and groups of holders stay names.
 */
import { describe, expect, it } from 'vitest';
import type { CuratedCompany } from '../../../lib/facts/build/curated-types';
import { holderDrafts } from '../../../lib/facts/build/extra-entities';
import { SourceRegistry } from '../../../lib/facts/build/source-registry';

const page = (fields: string[]) => ({ url: 'https://example.com/holders', title: 'Holders (Example)', date: '2025-03-01', fields });
const company = (name: string, holders: string[], fields = ['major_shareholders']): CuratedCompany =>
  ({ name, kind: 'company', major_shareholders: holders, sources: [page(fields)] }) as unknown as CuratedCompany;
const FIRST_NAMES = new Set(['alberto', 'miodrag']);
const draft = (records: CuratedCompany[], known: (n: string) => boolean = () => false) =>
  holderDrafts(records, new SourceRegistry(), known, (w) => FIRST_NAMES.has(w.toLowerCase())).organisations;

describe('holderDrafts', () => {
  it('drafts a holding with its stake, the bracket kept as a note, cited to the shareholder pages', () => {
    const [d, ...rest] = draft([company('Laboratorios Rovi', ['Norbel Inversiones (58.19% of voting rights, 2024)'])]);
    expect(rest).toHaveLength(0);
    expect(d!.name).toBe('Norbel Inversiones');
    expect(d!.kind).toBe('investor');
    expect(d!.candidates).toHaveLength(1);
    const stake = d!.candidates[0]!;
    expect(stake.key).toBe('stake');
    expect(stake.value).toEqual({ t: 'entity', v: { name: 'Laboratorios Rovi' } });
    expect(stake.note).toBe('58.19% of voting rights, 2024');
    expect(stake.sources).toHaveLength(1);
  });

  it('gathers the stakes of one holder across records', () => {
    const drafts = draft([company('EnBW', ['OEW (46.75%)']), company('VNG', ['OEW (4.21 percent)'])]);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.candidates.map((c) => (c.value.t === 'entity' ? c.value.v.name : ''))).toEqual(['EnBW', 'VNG']);
  });

  it('takes the acronym the note gives as a press name', () => {
    const [d] = draft([company('EnBW', ['Oberschwäbische Elektrizitätswerke (OEW, municipal association)'])]);
    expect(d!.aliases.map((a) => a.text)).toEqual(['OEW']);
  });

  it('leaves people, families, states, the float and groups of holders as names', () => {
    const drafts = draft([company('X', [
      'Alberto Foà (22.5%, 2011)', 'Miodrag Kostić', 'Jane Roe', 'Zoppas family', 'Latvian state', 'Comune di Milano',
      'Free float about 49.2%', 'employees (16%)', 'Petrus Advisers and Teleios (together 20%)',
      'Rams Global, Swinger International and Sri Group', 'Nethys / Ogeo Fund', 'Australian industry superannuation funds',
      'Core Infrastructure funds of Mirova',
    ])]);
    expect(drafts.map((d) => d.name)).toEqual([]);
  });

  it('gives a person who holds a stake a person card of her own, never a foundation or a public owner', () => {
    const { people, organisations } = holderDrafts([company('Roche', ['Maja Oeri (7.6% of bearer shares)', 'Miodrag Kostić', 'Dietmar Hopp Stiftung (6%)'])], new SourceRegistry(), () => false, (w) => ['maja', 'dietmar'].includes(w.toLowerCase()));
    expect(people.map((d) => [d.kind, d.name, d.candidates[0]!.key, d.candidates[0]!.note])).toEqual([['person', 'Maja Oeri', 'stake', '7.6% of bearer shares']]);
    expect(organisations).toEqual([]);
  });

  it('drafts nothing for a name the bundle knows, or without a page citing the shareholders', () => {
    expect(draft([company('Subsea7', ['Siem Industries'])], (n) => n === 'Siem Industries')).toEqual([]);
    expect(draft([company('Subsea7', ['Siem Industries'], ['hq'])])).toEqual([]);
    expect(draft([company('Subsea7', ['Siem Industries'])]).map((d) => d.name)).toEqual(['Siem Industries']);
  });
});
