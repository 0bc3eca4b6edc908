/**
 * Collects the cited pages of the curated records into Source rows (one per URL) and the
 * dataset sources, classifying each by authority (see lib/facts/prefer.ts for how it is used).
 */
import type { Authority, Source } from '../schema';
import type { CuratedSource } from './curated-types';
import { pageSourceId } from './ids';

const LOWER_AUTHORITY_NOTE = /lower-authority/i;
/** The gatherers' stock warning in its several wordings ("lower-authority page (blog/aggregator); fact
 * kept because it matches other reports, verify before display"): a page cited by several records
 * would otherwise show it once per wording. */
const STOCK_WARNING = /^lower-authority page(?: \([^)]*\))?[;,.]?(?:\s*fact kept because it matches other reports[^;.]*)?[;.]?\s*/i;

/** A note without the stock warning, for a page whose note already carries one. */
function withoutWarning(note: string): string {
  return note.replace(STOCK_WARNING, '').trim();
}
/** Company releases, filings and the company's own site. */
const PRIMARY = /press release|company website|company report|company release|company news|annual report|investor relations|investor post|\b(8-K|10-K|20-F|6-K)\b|SEC filing|Exhibit \d|financial report|letter to shareholders|newsroom/i;
/** Encyclopaedias and their copies. */
const REFERENCE = /wikipedia|wikinews|treccani|encyclop|britannica|Directory of Company Histories|sapere\.it|EBSCO|Research Starters/i;

export function classifyAuthority(src: Pick<CuratedSource, 'url' | 'title' | 'note'>): Authority {
  const note = src.note ?? '';
  if (LOWER_AUTHORITY_NOTE.test(note)) return 'lower';
  const host = safeHost(src.url);
  if (host.endsWith('sec.gov') || PRIMARY.test(src.title)) return 'primary';
  if (REFERENCE.test(src.title) || REFERENCE.test(host) || REFERENCE.test(note)) return 'reference';
  return 'press';
}

/** True when a page's facts come from Wikipedia (or a copy of it): needs CC BY-SA credit. */
export function isWikipediaDerived(src: Pick<CuratedSource, 'url' | 'title' | 'note'>): boolean {
  return /wikipedia/i.test(`${src.url} ${src.title} ${src.note ?? ''}`);
}

export function isWikinews(src: Pick<CuratedSource, 'url'>): boolean {
  return /wikinews\.org/i.test(src.url);
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export class SourceRegistry {
  private readonly byId = new Map<string, Source>();

  /** Registers a cited page and returns its id; the same URL always maps to the same id. */
  addPage(src: CuratedSource): string {
    const id = pageSourceId(src.url);
    const existing = this.byId.get(id);
    const authority = classifyAuthority(src);
    const licence = isWikinews(src)
      ? 'Wikinews, CC BY 2.5'
      : isWikipediaDerived(src)
        ? 'Wikipedia (or a copy of it), CC BY-SA 4.0'
        : undefined;
    if (!existing) {
      this.byId.set(id, clean({ id, url: src.url, title: src.title, date: src.date, authority, licence, note: src.note }));
      return id;
    }
    // The same page cited by several records: keep the first title, fill in what was missing,
    // and let a 'lower-authority' marking from any record win (be conservative).
    if (!existing.date && src.date) existing.date = src.date;
    if (authority === 'lower') existing.authority = 'lower';
    if (!existing.licence && licence) existing.licence = licence;
    const note = src.note && existing.note && LOWER_AUTHORITY_NOTE.test(existing.note) ? withoutWarning(src.note) : src.note;
    if (note && !existing.note?.includes(note)) {
      existing.note = existing.note ? `${existing.note}; ${note}`.slice(0, 1000) : note;
    }
    return id;
  }

  addDataset(source: Source): string {
    this.byId.set(source.id, source);
    return source.id;
  }

  get(id: string): Source | undefined {
    return this.byId.get(id);
  }

  list(): Source[] {
    return [...this.byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

function clean<T extends object>(obj: T): T {
  for (const key of Object.keys(obj) as (keyof T)[]) if (obj[key] === undefined) delete obj[key];
  return obj;
}
