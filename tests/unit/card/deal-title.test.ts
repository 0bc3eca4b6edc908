import { beforeAll, describe, expect, it } from 'vitest';
import { builtDealTitle, localDealTitle } from '../../../lib/card/deal-title';
import { loadBundleFromDisk } from '../../../lib/facts/load-bundle-node';
import type { Deal, FactBundle } from '../../../lib/facts/schema';

const deal = (over: Partial<Deal>): Deal =>
  ({ id: 'd:x', kind: 'acquisition', title: 'Facebook\'s acquisition of Instagram', acquirers: [{ id: 'c:facebook', name: 'Facebook, Inc.' }], target: { id: 'c:instagram', name: 'Instagram' }, status: 'completed', sources: [], facts: [], ...over }) as Deal;

describe('deal titles in the reader\'s language', () => {
  let bundle: FactBundle;
  beforeAll(async () => {
    bundle = await loadBundleFromDisk();
  }, 120_000);

  it('reads the kind and the parties in each language', () => {
    const d = deal({});
    expect(localDealTitle(d, 'it')).toBe('Acquisizione di Instagram da parte di Facebook');
    expect(localDealTitle(d, 'fr')).toBe('Rachat de Instagram par Facebook');
    expect(localDealTitle(d, 'de')).toBe('Übernahme von Instagram durch Facebook');
    expect(localDealTitle(d, 'es')).toBe('Adquisición de Instagram por Facebook');
    expect(localDealTitle(d, 'en')).toBe("Facebook's acquisition of Instagram");
  });

  it('names a consortium by its lead and a funding round by its target', () => {
    const consortium = deal({ acquirers: [{ name: 'China National Chemical Corporation' }, { name: 'Camfin' }], target: { name: 'Pirelli & C. S.p.A.' } });
    expect(localDealTitle(consortium, 'it')).toBe('Acquisizione di Pirelli da parte di un consorzio guidato da China National Chemical');
    const round = deal({ kind: 'funding_round', acquirers: [{ name: 'Thrive Capital' }], target: { name: 'OpenAI' } });
    expect(localDealTitle(round, 'es')).toBe('Ronda de financiación de OpenAI liderada por Thrive Capital');
  });

  it('keeps the title a user wrote in their own fact pack', () => {
    expect(localDealTitle(deal({ pack: 'mine', title: 'La mia operazione' }), 'it')).toBe('La mia operazione');
  });

  it('builds exactly the English titles of the shipped deals, so the other languages say the same', () => {
    const differ = bundle.deals.filter((d) => builtDealTitle(d, 'en') !== d.title).map((d) => `${d.id}: ${d.title}`);
    expect(differ).toEqual([]);
    expect(bundle.deals.length).toBeGreaterThan(50);
  });
});
