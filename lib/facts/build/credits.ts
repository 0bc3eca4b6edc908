/** Attribution lines: each dataset with its licence, and every Wikipedia(-derived) page cited. */
import type { Source } from '../schema';
import type { EntityDraft } from './draft';

export interface Credit {
  name: string;
  url: string;
  licence: string;
  note?: string;
}

export function buildCredits(sources: readonly Source[], drafts: readonly EntityDraft[]): Credit[] {
  const out: Credit[] = [];
  for (const s of sources) {
    if (!s.licence) continue;
    if (s.id.startsWith('ds:')) out.push({ name: s.title, url: s.url, licence: s.licence });
  }
  const wiki = sources.filter((s) => !s.id.startsWith('ds:') && s.licence);
  for (const s of wiki) out.push({ name: s.title, url: s.url, licence: s.licence!, note: 'facts restated, no text copied' });
  const articles = [...new Set(drafts.flatMap((d) => (d.wikipedia ? [d.wikipedia] : [])))].sort();
  for (const a of articles) {
    const url = `https://en.wikipedia.org/wiki/${encodeURIComponent(a.replace(/ /g, '_'))}`;
    if (!out.some((c) => c.url === url)) out.push({ name: `Wikipedia, article "${a}"`, url, licence: 'CC BY-SA 4.0', note: 'facts restated, no text copied' });
  }
  return out;
}
