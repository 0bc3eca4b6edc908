/**
 * The popup's "On this page": marked mentions grouped by entity (or figure amount), with counts
 * and the key of the first mention to jump to, in order of first appearance.
 */
import type { PageFindings } from '../messaging/protocol';
import type { StoredMention } from './mention-store';

type Item = PageFindings['items'][number];

function figureLabel(m: StoredMention): string {
  return m.surface.replace(/\s+/g, ' ').trim();
}

export function pageFindings(url: string, lang: string, mentions: readonly StoredMention[], isMarked: (m: StoredMention) => boolean): PageFindings {
  const byGroup = new Map<string, Item>();
  for (const m of mentions) {
    if (!isMarked(m)) continue;
    const item = byGroup.get(m.group);
    if (item) {
      item.count++;
      continue;
    }
    byGroup.set(m.group, {
      key: m.group,
      kind: m.kind,
      id: m.kind === 'figure' ? m.group : (m.entityId ?? m.group),
      label: m.kind === 'figure' ? figureLabel(m) : (m.name ?? m.surface),
      count: 1,
      firstKey: m.key,
    });
  }
  return { url, lang, items: [...byGroup.values()] };
}
