/**
 * "On this page": the tab's findings grouped for the popup, most mentioned first in each group.
 * Investors, media and brands are companies to a reader; regulators join organisations.
 */
import type { PageFindings } from '../../lib/messaging/protocol';

export type FindingGroupId = 'companies' | 'people' | 'organisations' | 'figures';
export type Finding = PageFindings['items'][number];

export interface FindingGroup {
  id: FindingGroupId;
  items: Finding[];
  /** Mentions in the group (sum of counts). */
  total: number;
}

const GROUP_OF: Record<Finding['kind'], FindingGroupId> = {
  company: 'companies',
  investor: 'companies',
  media: 'companies',
  brand: 'companies',
  person: 'people',
  regulator: 'organisations',
  organisation: 'organisations',
  figure: 'figures',
};

const ORDER: readonly FindingGroupId[] = ['companies', 'people', 'organisations', 'figures'];

export function groupFindings(items: readonly Finding[]): FindingGroup[] {
  const groups = new Map<FindingGroupId, Finding[]>();
  for (const item of items) {
    const id = GROUP_OF[item.kind] ?? 'organisations';
    groups.set(id, [...(groups.get(id) ?? []), item]);
  }
  return ORDER.filter((id) => groups.has(id)).map((id) => {
    const list = [...groups.get(id)!].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    return { id, items: list, total: list.reduce((sum, item) => sum + item.count, 0) };
  });
}
