/** A small hand-written entity list for ranking tests (names real, facts minimal and sourced). */
import type { Entity } from '../../../lib/facts/schema';

const fact = (key: string, text: string): Entity['facts'][number] => ({
  key,
  value: { t: 'text', v: text },
  asOf: '2025',
  sources: ['test-source'],
});

function entity(id: string, kind: Entity['kind'], name: string, aliases: Array<string | [string, 'ticker' | 'nickname']>, description?: string): Entity {
  return {
    id,
    kind,
    name,
    aliases: aliases.map((a) => (typeof a === 'string' ? { text: a } : { text: a[0], flags: { [a[1]]: true } })),
    facts: description ? [fact('description', description)] : [],
  };
}

export const ENTITIES: Entity[] = [
  entity('unicredit', 'company', 'UniCredit', ['UniCredit S.p.A.', ['UCG', 'ticker']], 'Italian banking group based in Milan.'),
  entity('unipol', 'company', 'Unipol', ['Unipol Gruppo'], 'Italian insurance group.'),
  entity('unicef', 'organisation', 'UNICEF', ['United Nations Children’s Fund']),
  entity('mediobanca', 'company', 'Mediobanca', ['Mediobanca – Banca di Credito Finanziario S.p.A.', ['Piazzetta Cuccia', 'nickname']]),
  entity('nvidia', 'company', 'Nvidia', ['NVIDIA Corporation', ['NVDA', 'ticker']], 'US chip designer.'),
  entity('societe-generale', 'company', 'Société Générale', ['SocGen']),
  entity('bper', 'company', 'BPER Banca', ['BPER']),
  entity('banca-ifis', 'company', 'Banca Ifis', []),
  entity('banca-generali', 'company', 'Banca Generali', []),
  entity('generali', 'company', 'Generali', ['Assicurazioni Generali', ['il Leone di Trieste', 'nickname']]),
  entity('elon-musk', 'person', 'Elon Musk', [['Musk', 'nickname']]),
  entity('muskrat-holdings', 'company', 'Muskrat Holdings', []),
  entity('loreal', 'company', 'L’Oréal', ['L’Oréal S.A.']),
  entity('banco-bpm', 'company', 'Banco BPM', [['Piazza Meda', 'nickname']]),
  entity('dominos', 'company', 'Domino’s Pizza', []),
];
