/**
 * The one scanning path shared by `backstory scan` and `npm run eval`: text (or HTML -> text),
 * page language, entity mentions and money figures, in the CLI's output shape.
 */
import { findMentions, loadMatchIndex, type MatchIndex, type Mention } from '../match/index';
import { parseFigures, type Figure } from '../money/index';
import type { EntityKind } from '../facts/schema';
import { htmlToText } from '../text/html-to-text';
import { resolveLang } from '../text/detect-lang';
import { keepLongest } from '../text/spans';

export interface ScanMention {
  kind: 'company' | 'person';
  id: string;
  name: string;
  surface: string;
  start: number;
  end: number;
}

export type ScanFigure = Pick<Figure, 'surface' | 'start' | 'end' | 'amount' | 'currency' | 'kind'>;

export interface ScanResult {
  lang: string;
  mentions: ScanMention[];
  figures: ScanFigure[];
  /** The extracted text, for HTML input (offsets point into it). */
  text?: string;
}

/**
 * The CLI contract has two mention kinds. Every organisation-like kind with a card of its own
 * (company, investor, media, brand, and the unions and business associations of kind
 * organisation) is reported as "company"; regulators are left out, because FORMS.md says they
 * must never get a company card. Public bodies are never bundle entities (the build blocks them).
 */
export function outputKind(kind: EntityKind): ScanMention['kind'] | undefined {
  switch (kind) {
    case 'person': return 'person';
    case 'company': case 'investor': case 'media': case 'brand': case 'organisation': return 'company';
    case 'regulator': return undefined;
  }
}

export function isHtmlPath(path: string): boolean {
  return /\.(x?html?|xht)$/i.test(path);
}

export interface ScanInput {
  /** File content. */
  content: string;
  html: boolean;
  /** Language chosen by the user (--lang) or by the corpus fixture; wins over detection. */
  lang?: string;
}

export function scanContent(index: MatchIndex, input: ScanInput): ScanResult {
  const extracted = input.html ? htmlToText(input.content) : undefined;
  const text = extracted ? extracted.text : input.content;
  const lang = resolveLang(text, extracted?.lang, input.lang);
  const found: Array<{ mention: ScanMention; start: number; end: number } | { figure: ScanFigure; start: number; end: number }> = [];
  for (const m of findMentions(index, text, { lang }) as Mention[]) {
    const kind = outputKind(m.kind);
    if (kind) found.push({ mention: { kind, id: m.id, name: m.name, surface: m.surface, start: m.start, end: m.end }, start: m.start, end: m.end });
  }
  for (const { surface, start, end, amount, currency, kind } of parseFigures(text, { lang })) {
    found.push({ figure: { surface, start, end, amount, currency, kind }, start, end });
  }
  // As on the page: where a mention and a figure overlap ("US$ 320 MM"), the longer one is kept.
  const mentions: ScanMention[] = [];
  const figures: ScanFigure[] = [];
  for (const f of keepLongest(found, text.length)) {
    if ('mention' in f) mentions.push(f.mention);
    else figures.push(f.figure);
  }
  return { lang, mentions, figures, ...(extracted ? { text } : {}) };
}

let cached: MatchIndex | undefined;

/** The match index from public/facts (built first when missing or stale), loaded once per process. */
export async function loadIndexFromDisk(): Promise<MatchIndex> {
  if (!cached) {
    const { loadMatchIndexFromDisk } = await import('../facts/load-bundle-node');
    cached = loadMatchIndex(await loadMatchIndexFromDisk());
  }
  return cached;
}
