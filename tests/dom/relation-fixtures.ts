/**
 * Card inputs for ownership (issue #8), modelled on the curated data: Jeep owned by Stellantis
 * (with three of Stellantis' key facts), and Stellantis with its brands. Ten brands, so the
 * list is capped and counts the rest; brand names beyond the real seven are marked as test-only.
 */
import type { EntityDetails } from '../../lib/messaging/protocol';
import type { Source } from '../../lib/facts/schema';
import type { UnitRef } from '../../lib/facts/relations';

export const REL_SOURCES: Record<string, Source> = {
  's:cantechletter-jeep': { id: 's:cantechletter-jeep', url: 'https://www.cantechletter.com/2023/06/who-owns-jeep/', title: 'Who owns Jeep? (Cantech Letter)', date: '2023-06', authority: 'press' },
  's:motorwayamerica': { id: 's:motorwayamerica', url: 'http://www.motorwayamerica.com/news/fiat-chrysler-merges-psa-group-become-stellantis', title: 'Fiat Chrysler merges with PSA Group to become Stellantis', date: '2021-01-19', authority: 'press' },
  's:fox17-filosa': { id: 's:fox17-filosa', url: 'https://www.fox17online.com/news/local-news/michigan/stellantis-announces-promotion-of-north-american-coo-antonio-filosa-to-ceo', title: 'Stellantis announces promotion of Antonio Filosa to CEO', date: '2025-05-28', authority: 'press' },
  's:usatoday-merge': { id: 's:usatoday-merge', url: 'https://www.usatoday.com/story/money/cars/chrysler/2021/01/16/fiat-chrysler-peugeot-merge-to-create-stellantis/4173213001/', title: 'Welcome, Stellantis! Fiat Chrysler, Peugeot merge', date: '2021-01-16', authority: 'press' },
  's:allaguida-fiat': { id: 's:allaguida-fiat', url: 'https://www.allaguida.it/articolo/chi-e-oggi-il-vero-proprietario-della-fiat/391386', title: 'Chi è oggi il vero proprietario della Fiat (Allaguida)', authority: 'press' },
  's:test-brands': { id: 's:test-brands', url: 'https://example.org/test-brands', title: 'Test brands (fictional, for the card cap)', authority: 'user' },
};

export function jeepDetails(): EntityDetails {
  return {
    entity: {
      id: 'b:jeep',
      kind: 'brand',
      name: 'Jeep',
      aliases: [],
      facts: [
        { key: 'description', value: { t: 'text', v: 'American off-road and sport utility vehicle brand.' }, asOf: '2025-10', sources: ['s:cantechletter-jeep'] },
        { key: 'founded', value: { t: 'date', v: '1941' }, asOf: '2023-06', sources: ['s:cantechletter-jeep'] },
        { key: 'owner', value: { t: 'entity', v: { id: 'c:stellantis', name: 'Stellantis' } }, asOf: '2025-10', sources: ['s:cantechletter-jeep'] },
      ],
    },
    sources: REL_SOURCES,
    deals: [],
    related: {
      'c:stellantis': { id: 'c:stellantis', kind: 'company', name: 'Stellantis' },
      'p:antonio-filosa': { id: 'p:antonio-filosa', kind: 'person', name: 'Antonio Filosa' },
    },
    owners: [
      {
        id: 'c:stellantis',
        kind: 'company',
        name: 'Stellantis',
        facts: [
          { key: 'hq', value: { t: 'text', v: 'Amsterdam, Netherlands' }, asOf: '2021-01-19', sources: ['s:motorwayamerica'] },
          { key: 'ceo', value: { t: 'entity', v: { id: 'p:antonio-filosa', name: 'Antonio Filosa' } }, asOf: '2025-05-28', sources: ['s:fox17-filosa'] },
          { key: 'ticker', value: { t: 'ticker', symbol: 'STLA', exchange: 'NYSE' }, asOf: '2026-04-05', sources: ['s:usatoday-merge'] },
        ],
      },
    ],
    dataDate: '2026-08-22',
  };
}

const unit = (id: string, name: string, asOf: string, source: string): UnitRef => ({ id, kind: 'brand', name, rel: 'owner', asOf, sources: [source] });

export function stellantisDetails(): EntityDetails {
  return {
    entity: {
      id: 'c:stellantis',
      kind: 'company',
      name: 'Stellantis',
      aliases: [],
      facts: [
        { key: 'hq', value: { t: 'text', v: 'Amsterdam, Netherlands' }, asOf: '2021-01-19', sources: ['s:motorwayamerica'] },
        { key: 'ceo', value: { t: 'entity', v: { id: 'p:antonio-filosa', name: 'Antonio Filosa' } }, asOf: '2025-05-28', sources: ['s:fox17-filosa'] },
      ],
    },
    sources: REL_SOURCES,
    deals: [],
    related: { 'p:antonio-filosa': { id: 'p:antonio-filosa', kind: 'person', name: 'Antonio Filosa' } },
    units: [
      unit('b:fiat', 'Fiat', '2024-07-11', 's:allaguida-fiat'),
      unit('b:jeep', 'Jeep', '2025-10', 's:cantechletter-jeep'),
      ...['Peugeot', 'Maserati', 'Chrysler', 'Alfa Romeo', 'Lancia', 'Test Brand A', 'Test Brand B', 'Test Brand C'].map((n) =>
        unit(`b:${n.toLowerCase().replace(/ /g, '-')}`, n, 'undated', 's:test-brands'),
      ),
    ],
    dataDate: '2026-08-22',
  };
}
