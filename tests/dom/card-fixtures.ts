/** Realistic card inputs built from the schema (values modelled on the curated data). */
import type { EntityDetails, FigureDetails } from '../../lib/messaging/protocol';
import type { Deal, Source } from '../../lib/facts/schema';

export const SOURCES: Record<string, Source> = {
  'src:techtarget-openai': { id: 'src:techtarget-openai', url: 'https://www.techtarget.com/searchenterpriseai/definition/OpenAI', title: 'What is OpenAI? (TechTarget definition)', authority: 'reference' },
  'src:wikipedia-altman': { id: 'src:wikipedia-altman', url: 'https://en.wikipedia.org/wiki/Sam_Altman', title: 'Sam Altman - Wikipedia', authority: 'reference', licence: 'Wikipedia, CC BY-SA 4.0' },
  'src:ht-softbank': { id: 'src:ht-softbank', url: 'https://www.hindustantimes.com/business/openai-finalises-40-billion', title: 'OpenAI finalises $40 billion funding from SoftBank', date: '2025-03-31', authority: 'press' },
  'src:cna-bid': { id: 'src:cna-bid', url: 'https://www.channelnewsasia.com/business/musk-led-group-bid', title: 'Musk-led group makes $97.4 billion bid for control of OpenAI', date: '2025-02-11', authority: 'press' },
  'src:bad-link': { id: 'src:bad-link', url: 'javascript:alert(1)', title: 'A pack source with a script URL', authority: 'user' },
  'src:ecb': { id: 'src:ecb', url: 'https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html', title: 'ECB euro reference exchange rates', authority: 'primary' },
};

export const BID: Deal = {
  id: 'deal:musk-openai-bid-2025',
  kind: 'bid',
  title: "Musk-led consortium's bid for OpenAI",
  acquirers: [{ id: 'person:elon-musk', name: 'Elon Musk' }, { id: 'company:xai', name: 'xAI' }],
  target: { id: 'company:openai', name: 'OpenAI' },
  amount: { amount: 97_400_000_000, currency: 'USD' },
  announced: '2025-02-10',
  status: 'rejected',
  summary: 'A group of investors led by Musk offered to buy the non-profit that controls OpenAI; the board said no.',
  sources: ['src:cna-bid'],
};

export const ROUND: Deal = {
  id: 'deal:openai-softbank-round-2025',
  kind: 'funding_round',
  title: 'SoftBank-led funding round in OpenAI',
  acquirers: [{ name: 'SoftBank Group' }],
  target: { id: 'company:openai', name: 'OpenAI' },
  amount: { amount: 40_000_000_000, currency: 'USD' },
  announced: '2025-03-31',
  status: 'completed',
  sources: ['src:ht-softbank'],
};

export function openAiDetails(): EntityDetails {
  return {
    entity: {
      id: 'company:openai',
      kind: 'company',
      name: 'OpenAI',
      aliases: [{ text: 'OpenAI' }],
      facts: [
        { key: 'description', value: { t: 'text', v: 'American AI lab and product company behind the GPT models and ChatGPT.' }, asOf: '2025', sources: ['src:techtarget-openai'] },
        {
          key: 'founded',
          value: { t: 'date', v: '2015-12-11' },
          asOf: 'undated',
          sources: ['src:techtarget-openai'],
          conflicts: [{ value: { t: 'date', v: '2015' }, asOf: '2023', sources: ['src:wikipedia-altman'] }],
        },
        { key: 'hq', value: { t: 'text', v: 'San Francisco, California' }, asOf: 'undated', sources: ['src:techtarget-openai'] },
        { key: 'ceo', value: { t: 'entity', v: { id: 'person:sam-altman', name: 'Sam Altman' } }, asOf: '2025-02', sources: ['src:wikipedia-altman'] },
        { key: 'industry', value: { t: 'text', v: 'Artificial intelligence' }, asOf: 'undated', sources: ['src:techtarget-openai'] },
        { key: 'valuation', value: { t: 'money', v: { amount: 300_000_000_000, currency: 'USD' }, label: 'post-money' }, asOf: '2025-03-31', sources: ['src:ht-softbank'] },
        { key: 'boardNote', value: { t: 'text', v: '<img src=x onerror=alert(1)><b>bold</b>' }, asOf: '2024', sources: ['src:bad-link'] },
      ],
    },
    sources: SOURCES,
    deals: [ROUND, BID],
    related: { 'person:sam-altman': { id: 'person:sam-altman', kind: 'person', name: 'Sam Altman' } },
    dataDate: '2025-09-30',
  };
}

export function altmanDetails(): EntityDetails {
  return {
    entity: {
      id: 'person:sam-altman',
      kind: 'person',
      name: 'Sam Altman',
      aliases: [],
      facts: [
        { key: 'role', value: { t: 'role', title: 'CEO', org: { id: 'company:openai', name: 'OpenAI' }, since: '2019' }, asOf: '2025', sources: ['src:wikipedia-altman'] },
        { key: 'role', value: { t: 'role', title: 'President', org: { name: 'Y Combinator' }, since: '2014', until: '2019' }, asOf: '2025', sources: ['src:wikipedia-altman'] },
        { key: 'born', value: { t: 'date', v: '1985-04-22' }, asOf: 'undated', sources: ['src:wikipedia-altman'] },
      ],
    },
    sources: SOURCES,
    deals: [BID],
    related: {},
    dataDate: '2025-09-30',
  };
}

export const BID_FIGURE = { surface: '97,4 miliardi di dollari', amount: 97_400_000_000, currency: 'USD', kind: 'total' as const };

export function bidFigureDetails(): FigureDetails {
  return {
    conversion: { value: { amount: 93_900_000_000, currency: 'EUR' }, rate: 1.0373, rateDate: '2025-02-10', sourceId: 'src:ecb' },
    deal: BID,
    comparables: [
      { label: "Musk-led consortium's bid for OpenAI", value: { amount: 97_400_000_000, currency: 'USD' }, kind: 'deal', asOf: '2025-02-10' },
      { label: 'OpenAI', value: { amount: 300_000_000_000, currency: 'USD' }, kind: 'valuation', asOf: '2025-03-31' },
      { label: 'Twitter (Musk, 2022)', value: { amount: 44_000_000_000, currency: 'USD' }, kind: 'landmark', asOf: '2022-10-27' },
      { label: 'Yen deal', value: { amount: 1_000_000_000, currency: 'JPY' }, kind: 'landmark' },
    ],
    sources: SOURCES,
  };
}
