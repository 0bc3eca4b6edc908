/**
 * A small FactBundle written for these tests. Amounts and dates of the real deals follow the
 * curated data in data/ (Musk-led bid for OpenAI, Twitter takeover); the FX rates and the
 * fictional companies (Acme, Zeta) are test values, labelled as such in their sources.
 */
import type { Deal, Entity, FactBundle, FactPack, Source } from '../../../lib/facts/schema';

const src = (id: string, title: string): Source => ({ id, url: `https://example.org/${id}`, title, authority: 'press', date: '2025-02-11' });

export const SOURCES: Source[] = [
  src('s.bid', 'Report of the Musk-led bid for OpenAI'),
  src('s.twitter', 'Report of the Twitter takeover'),
  src('s.openai', 'OpenAI profile'),
  { id: 'ecb', url: 'https://example.org/ecb-test-rates', title: 'Test FX rates (illustrative, not ECB data)', authority: 'dataset' },
];

const company = (id: string, name: string, aliases: string[] = [], facts: Entity['facts'] = []): Entity => ({
  id,
  kind: 'company',
  name,
  aliases: aliases.map((text) => ({ text })),
  facts,
});

export const ENTITIES: Entity[] = [
  company('c.openai', 'OpenAI', ['Open AI'], [
    { key: 'founded', value: { t: 'date', v: '2015' }, asOf: '2015', sources: ['s.openai'] },
    { key: 'ceo', value: { t: 'role', title: 'CEO', org: { id: 'c.openai', name: 'OpenAI' } }, asOf: '2025', sources: ['s.openai'] },
    {
      key: 'keyPeople',
      value: { t: 'entity', v: { id: 'p.sam-altman', name: 'Sam Altman' } },
      asOf: '2025',
      sources: ['s.openai'],
    },
    {
      key: 'valuation',
      value: { t: 'money', v: { amount: 300e9, currency: 'USD' } },
      asOf: '2025-03-31',
      sources: ['s.openai'],
    },
  ]),
  company('c.xai', 'xAI'),
  company('c.twitter', 'Twitter', ['Twitter, Inc.']),
  company('c.apple', 'Apple', [], [{ key: 'ticker', value: { t: 'ticker', symbol: 'AAPL', exchange: 'NASDAQ' }, asOf: '2025', sources: ['s.openai'] }]),
  company('c.socgen', 'Société Générale', ['SocGen']),
  company('c.acme', 'Acme Industrie', ['Acme']),
  { id: 'p.elon-musk', kind: 'person', name: 'Elon Musk', aliases: [{ text: 'Musk', flags: { surname: true } }], facts: [] },
  { id: 'p.sam-altman', kind: 'person', name: 'Sam Altman', aliases: [{ text: 'Altman', flags: { surname: true } }], facts: [] },
];

export const DEALS: Deal[] = [
  {
    id: 'd.musk-openai-bid',
    kind: 'bid',
    title: "Musk-led consortium's bid for OpenAI",
    acquirers: [{ id: 'p.elon-musk', name: 'Elon Musk' }, { id: 'c.xai', name: 'xAI' }],
    target: { id: 'c.openai', name: 'OpenAI' },
    amount: { amount: 97.4e9, currency: 'USD' },
    announced: '2025-02-10',
    status: 'rejected',
    sources: ['s.bid'],
  },
  {
    id: 'd.twitter-takeover',
    kind: 'acquisition',
    title: "Elon Musk's takeover of Twitter",
    acquirers: [{ id: 'p.elon-musk', name: 'Elon Musk' }],
    target: { id: 'c.twitter', name: 'Twitter' },
    amount: { amount: 44e9, currency: 'USD' },
    pricePerShare: { amount: 54.2, currency: 'USD' },
    announced: '2022-04-25',
    status: 'completed',
    sources: ['s.twitter'],
  },
  {
    id: 'd.acme-zeta',
    kind: 'acquisition',
    title: 'Acme buys Zeta (test deal)',
    acquirers: [{ id: 'c.acme', name: 'Acme Industrie' }],
    target: { name: 'Zeta' },
    amount: { amount: 1.5e9, currency: 'EUR' },
    announced: '2024-06-03',
    status: 'completed',
    sources: ['s.twitter'],
  },
];

/** Test rates (units per EUR); not ECB data. */
export const FX: FactBundle['fx'] = {
  base: 'EUR',
  source: 'ecb',
  currencies: ['USD', 'GBP', 'JPY'],
  dates: ['2022-04-25', '2024-06-03', '2025-02-07', '2025-02-10', '2025-02-11'],
  rates: [
    [1.07, 1.08, 1.03, 1.03, 1.035],
    [0.85, 0.85, 0.83, 0.83, null],
    [137, 169, 157, 158, 159],
  ],
};

export function smallBundle(version = 'v1', overrides: Partial<FactBundle> = {}): FactBundle {
  return {
    format: 1,
    version,
    dataDate: '2025-03-31',
    sources: SOURCES,
    entities: ENTITIES,
    deals: DEALS,
    currencies: [
      { code: 'EUR', name: 'Euro', symbol: '€' },
      { code: 'USD', name: 'US Dollar', symbol: '$' },
    ],
    fx: FX,
    ...overrides,
  };
}

export function samplePack(overrides: Partial<FactPack> = {}): FactPack {
  return {
    format: 'backstory-fact-pack/1',
    id: 'my-pack',
    name: 'My research notes',
    sources: [{ id: 'n.1', url: 'https://example.org/notes', title: 'My notes <b>bold</b>', authority: 'user' }],
    entities: [
      {
        id: 'u.bottega-rossi',
        kind: 'company',
        name: 'Bottega Rossi',
        aliases: [{ text: 'Rossi & Figli' }],
        facts: [{ key: 'hq', value: { t: 'text', v: '<script>alert(1)</script> Prato' }, asOf: '2024', sources: ['n.1'] }],
      },
    ],
    deals: [
      {
        id: 'u.rossi-buys-acme',
        kind: 'investment',
        title: 'Bottega Rossi invests in Acme',
        acquirers: [{ id: 'u.bottega-rossi', name: 'Bottega Rossi' }],
        target: { id: 'c.acme', name: 'Acme Industrie' },
        amount: { amount: 20e6, currency: 'GBP' },
        announced: '2025-02-10',
        status: 'pending',
        sources: ['n.1'],
      },
    ],
    ...overrides,
  };
}
