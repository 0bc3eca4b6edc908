import { describe, expect, it } from 'vitest';
import { buildEntityView } from '../../../lib/card/entity-view';
import { buildFigureView } from '../../../lib/card/figure-view';
import { altmanDetails, BID_FIGURE, bidFigureDetails, openAiDetails } from '../../dom/card-fixtures';

describe('entity view model', () => {
  it('orders company facts for reading and keeps unknown pack keys under "more facts" with a label', () => {
    const view = buildEntityView(openAiDetails(), 'en');
    expect(view.keyFacts.map((r) => r.key)).toEqual(['founded', 'hq', 'ceo', 'industry', 'valuation']);
    expect(view.moreFacts.map((r) => [r.key, r.label])).toEqual([['boardNote', 'Board note']]);
    expect(view.description?.text).toContain('GPT models');
  });

  it('summarises a company and a person in one short line for screen readers', () => {
    expect(buildEntityView(openAiDetails(), 'en').summary).toBe('OpenAI, company, San Francisco, CEO Sam Altman');
    expect(buildEntityView(openAiDetails(), 'it').summary).toBe('OpenAI, società, San Francisco, amministratore delegato Sam Altman');
    expect(buildEntityView(altmanDetails(), 'en').summary).toBe('Sam Altman, person, CEO, OpenAI');
  });

  it('shows a bracketed place or owner after the name, apart from it ("Coop", "Switzerland")', () => {
    const details = openAiDetails();
    details.entity.name = 'Coop (Switzerland)';
    const view = buildEntityView(details, 'en');
    expect([view.name, view.qualifier]).toEqual(['Coop', 'Switzerland']);
    expect(view.summary.startsWith('Coop (Switzerland), company')).toBe(true);
    details.entity.name = 'OpenAI';
    expect(buildEntityView(details, 'en').qualifier).toBeUndefined();
  });

  it('splits a person’s roles into current and past', () => {
    const view = buildEntityView(altmanDetails(), 'en');
    expect(view.currentRoles.map((r) => r.value)).toEqual(['CEO, OpenAI (since 2019)']);
    expect(view.pastRoles.map((r) => r.value)).toEqual(['President, Y Combinator (2014–2019)']);
  });

  it('never invents a source: unknown source ids are dropped, the fact keeps its as-of', () => {
    const details = openAiDetails();
    details.entity.facts = [{ key: 'hq', value: { t: 'text', v: 'Somewhere' }, asOf: '2024-05', sources: ['src:missing'] }];
    const [row] = buildEntityView(details, 'en').keyFacts;
    expect(row?.sources).toEqual([]);
    expect(row?.asOf).toBe('as of May 2024');
  });
});

describe('figure view model', () => {
  it('summarises amount, conversion and the matched deal', () => {
    expect(buildFigureView(BID_FIGURE, bidFigureDetails(), 'en').summary).toBe("US$97.4 billion, ≈ €93.9 billion, Musk-led consortium's bid for OpenAI, rejected");
  });

  it('labels the comparables in the reader\'s language: the deal by its kind and parties, a size by its company', () => {
    const details = bidFigureDetails();
    details.comparables[0] = { ...details.comparables[0]!, about: { deal: { kind: 'bid', acquirers: [{ name: 'Elon Musk', id: 'p:elon-musk' }, { name: 'Baron Capital' }], target: { id: 'c:openai', name: 'OpenAI' } } } };
    details.comparables[1] = { ...details.comparables[1]!, about: { entity: 'OpenAI', size: 'valuation' } };
    const labels = (lang: 'it' | 'en') => buildFigureView(BID_FIGURE, details, lang).chart.bars.map((b) => b.label);
    expect(labels('it')).toContain('Offerta di un consorzio guidato da Musk su OpenAI (operazione, 10 feb 2025)');
    expect(labels('it')).toContain('Valutazione di OpenAI (31 mar 2025)');
    // A comparable with nothing to go on keeps its English label; English keeps the build's title.
    expect(labels('it').some((l) => l.startsWith('Twitter (Musk, 2022)'))).toBe(true);
    expect(labels('en')).toContain("Musk-led consortium's bid for OpenAI (deal, Feb 10, 2025)");
  });

  it('shows no conversion when the figure is already in the display currency', () => {
    const details = bidFigureDetails();
    details.conversion = { value: { amount: 5e9, currency: 'EUR' }, rate: 1, rateDate: '2025-02-10', sourceId: 'src:ecb' };
    expect(buildFigureView({ surface: '5 miliardi di euro', amount: 5e9, currency: 'EUR', kind: 'total' }, details, 'it').conversion).toBeUndefined();
  });
});
