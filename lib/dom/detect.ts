/**
 * Detection over joined block text (pure: no DOM). Entities come from MATCH (over a whole window
 * of blocks, for document evidence), figures from MONEY (per block, in small pieces: the parser
 * reads ~1 MB/s, so 4k chars ≈ 4 ms). `combine` merges both, drops overlaps (the longer span
 * wins) and lists for every item the entities named in the same sentence.
 */
import type { EntityKind } from '../facts/schema';
import type { Mention } from '../match/types';
import type { Figure } from '../money/types';
import { keepLongest } from '../text/spans';

/** The engine as the page scanner sees it; wired to lib/match and lib/money in the content script. */
export interface Detector {
  entities(text: string, lang: string | undefined): Mention[];
  figures(text: string, lang: string | undefined): Figure[];
  /** Bounds of the sentence around `offset`. */
  sentence(text: string, offset: number): { start: number; end: number };
}

export interface Found {
  kind: EntityKind | 'figure';
  start: number;
  end: number;
  surface: string;
  entityId?: string;
  name?: string;
  figure?: Figure;
  sentenceEntityIds: string[];
}

/** Longest text per entity-matcher call (a window; only a huge single block is cut further). */
export const ENTITY_WINDOW_CHARS = 30_000;
/** Longest text per figure-parser call, and the text per mark step (~1 MB/s in Node: ≈ 2 ms). */
export const FIGURE_WINDOW_CHARS = 2_000;

/**
 * Cut text into windows of at most `max` chars, preferring a paragraph break, then a sentence
 * end, then a space, in the last quarter of the window, so names are rarely cut in two.
 */
export function windows(text: string, max: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > max) {
    const limit = start + max;
    const floor = start + Math.floor((max * 3) / 4);
    const slice = text.slice(floor, limit);
    let cut = -1;
    for (const re of [/\n/g, /[.!?;]\s/g, /\s/g]) {
      let m: RegExpExecArray | null;
      let last = -1;
      while ((m = re.exec(slice)) !== null) last = m.index + m[0].length;
      if (last > 0) {
        cut = floor + last;
        break;
      }
    }
    if (cut <= start) cut = limit;
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, text.length]);
  return out;
}

/** Entity mentions of `text`, one matcher call per window, yielding between calls. */
export function* entitiesIn(text: string, detector: Detector, lang: string | undefined, out: Mention[]): Generator<void, void, void> {
  const parts = windows(text, ENTITY_WINDOW_CHARS);
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) yield;
    const [ws, we] = parts[i]!;
    const part = parts.length === 1 ? text : text.slice(ws, we);
    for (const m of detector.entities(part, lang)) out.push(ws === 0 ? m : { ...m, start: m.start + ws, end: m.end + ws });
  }
}

/** Figures of `text`, one parser call per small window, yielding between calls. */
export function* figuresIn(text: string, detector: Detector, lang: string | undefined, out: Figure[]): Generator<void, void, void> {
  const parts = windows(text, FIGURE_WINDOW_CHARS);
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) yield;
    const [ws, we] = parts[i]!;
    const part = parts.length === 1 ? text : text.slice(ws, we);
    for (const f of detector.figures(part, lang)) out.push(ws === 0 ? f : { ...f, start: f.start + ws, end: f.end + ws });
  }
}

/** Merge entities and figures of one text: sorted, without overlaps, with sentence entities. */
export function combine(text: string, entities: readonly Mention[], figures: readonly Figure[], detector: Detector): Found[] {
  const all: Found[] = [];
  for (const m of entities) all.push({ kind: m.kind, start: m.start, end: m.end, surface: m.surface, entityId: m.id, name: m.name, sentenceEntityIds: [] });
  for (const f of figures) all.push({ kind: 'figure', start: f.start, end: f.end, surface: f.surface, figure: f, sentenceEntityIds: [] });
  const kept = keepLongest(all, text.length);
  fillSentenceEntities(text, kept, detector);
  return kept;
}

/** Single pass over sorted items: each sentence is computed once and its entity ids shared. */
function fillSentenceEntities(text: string, items: Found[], detector: Detector): void {
  let i = 0;
  while (i < items.length) {
    const s = detector.sentence(text, items[i]!.start);
    let j = i;
    while (j < items.length && items[j]!.start < s.end) j++;
    if (j === i) j = i + 1;
    const ids: string[] = [];
    for (let k = i; k < j; k++) {
      const id = items[k]!.entityId;
      if (id !== undefined && !ids.includes(id)) ids.push(id);
    }
    for (let k = i; k < j; k++) {
      const item = items[k]!;
      item.sentenceEntityIds = item.entityId === undefined ? ids : ids.filter((id) => id !== item.entityId);
    }
    i = j;
  }
}

/** Everything in one text at once (tests and small texts). */
export function detectInText(text: string, detector: Detector, lang: string | undefined): Found[] {
  const ents: Mention[] = [];
  const figs: Figure[] = [];
  const a = entitiesIn(text, detector, lang, ents);
  while (!a.next().done) { /* run to completion */ }
  const b = figuresIn(text, detector, lang, figs);
  while (!b.next().done) { /* run to completion */ }
  return combine(text, ents, figs, detector);
}
