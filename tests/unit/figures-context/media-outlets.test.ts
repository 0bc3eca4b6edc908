/**
 * Issue #8: a media outlet named next to a figure is the one reporting it ("secondo il Financial
 * Times"), never a party to a deal, unless the deal is about the outlet itself. Deals modelled on
 * the curated Nikkei–FT acquisition; "Test Wire" and the test deal are fictional.
 */
import { describe, expect, it } from 'vitest';
import { createRateBook, fxRowsFromTable } from '../../../lib/facts/fx';
import { figureContext } from '../../../lib/figures-context';
import type { Deal, Entity } from '../../../lib/facts/schema';
import { FX } from '../store/small-bundle';

const rates = createRateBook(fxRowsFromTable(FX), 'ecb');
const media = (id: string, name: string, facts: Entity['facts'] = []): Entity => ({ id, kind: 'media', name, aliases: [], facts });
const FT = media('c.ft', 'FT Group');
const NIKKEI = media('c.nikkei', 'Nikkei Inc.');
const WIRE = media('c.test-wire', 'Test Wire', [{ key: 'valuation', value: { t: 'money', v: { amount: 5e9, currency: 'GBP' } }, asOf: '2024', sources: ['s.openai'] }]);
const ACME: Entity = { id: 'c.acme', kind: 'company', name: 'Acme', aliases: [], facts: [] };

const FT_DEAL: Deal = {
  id: 'd.ft', kind: 'acquisition', title: "Nikkei's acquisition of FT Group", acquirers: [{ id: 'c.nikkei', name: 'Nikkei Inc.' }],
  target: { id: 'c.ft', name: 'FT Group' }, amount: { amount: 844e6, currency: 'GBP' }, announced: '2022-04-25', status: 'completed', sources: ['s.twitter'],
};
/** The outlet bought something: it is an acquirer here, and reports on other deals. */
const WIRE_DEAL: Deal = {
  id: 'd.wire', kind: 'acquisition', title: 'Test Wire buys Acme (test deal)', acquirers: [{ id: 'c.test-wire', name: 'Test Wire' }],
  target: { id: 'c.acme', name: 'Acme' }, amount: { amount: 2e9, currency: 'GBP' }, announced: '2024-06-03', status: 'completed', sources: ['s.twitter'],
};

const context = (amount: number, named: Entity[]) =>
  figureContext({
    figure: { amount, currency: 'GBP', kind: 'total' },
    entityIds: named.map((e) => e.id),
    entities: named,
    candidateDeals: [FT_DEAL, WIRE_DEAL],
    landmarks: [],
    rates,
    displayCurrency: 'EUR',
  });

describe('media outlets next to a figure', () => {
  it('never make a deal match when they are only named (the reporter)', () => {
    expect(context(2e9, [WIRE]).deal).toBeUndefined();
    expect(context(844e6, [NIKKEI]).deal).toBeUndefined();
  });

  it('still match a deal that is about the outlet itself', () => {
    expect(context(844e6, [FT]).deal?.id).toBe('d.ft');
    expect(context(2e9, [WIRE, ACME]).deal?.id).toBe('d.wire'); // Acme, a company, is the party
  });

  it('add no valuation bar of their own to the scale picture', () => {
    expect(context(1e9, [WIRE]).comparables.map((c) => c.kind)).not.toContain('valuation');
  });
});
