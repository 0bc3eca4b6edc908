/**
 * Detection over one block's joined text (pure: no DOM). Combines MATCH's entity mentions and
 * MONEY's figures, drops overlaps (the longer span wins), and lists for every item the entities
 * named in the same sentence (figures use them to find their deal; see lib/card/types.ts).
 */
import type { EntityKind } from '../facts/schema';
import type { Mention } from '../match/types';
import type { Figure } from '../money/types';

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

/**
 * Longest text handed to the engine in one call. A 5 MB text node (issue 7) is cut into windows
 * so one call stays around a millisecond (trie ≈ 95 MB/s in Node, docs/PERF.md).
 */
export const MAX_WINDOW_CHARS = 16_000;

/**
 * Cut text into windows of at most `max` chars, preferring a paragraph break, then a sentence
 * end, then a space, in the last quarter of the window, so names are rarely cut in two.
 */
export function windows(text: string, max = MAX_WINDOW_CHARS): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > max) {
    const limit = start + max;
    const floor = start + Math.floor((max * 3) / 4);
    let cut = -1;
    for (const re of [/\n/g, /[.!?;]\s/g, /\s/g]) {
      const slice = text.slice(floor, limit);
      let m: RegExpExecArray | null;
      let last = -1;
      re.lastIndex = 0;
      while ((m = re.exec(slice)) !== null) last = m.index + m[0].length;
      if (last > 0) { cut = floor + last; break; }
    }
    if (cut <= start) cut = limit;
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, text.length]);
  return out;
}

function overlaps(a: Found, b: Found): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Entities and figures of one text, sorted, without overlaps, with their sentence entities. */
export function detectInText(text: string, detector: Detector, lang: string | undefined): Found[] {
  const all: Found[] = [];
  for (const [ws, we] of windows(text)) {
    const part = ws === 0 && we === text.length ? text : text.slice(ws, we);
    for (const m of detector.entities(part, lang)) {
      all.push({ kind: m.kind, start: m.start + ws, end: m.end + ws, surface: m.surface, entityId: m.id, name: m.name, sentenceEntityIds: [] });
    }
    for (const f of detector.figures(part, lang)) {
      const figure = ws === 0 ? f : { ...f, start: f.start + ws, end: f.end + ws };
      all.push({ kind: 'figure', start: figure.start, end: figure.end, surface: f.surface, figure, sentenceEntityIds: [] });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Found[] = [];
  for (const f of all) {
    if (f.end <= f.start || f.end > text.length) continue;
    const prev = kept[kept.length - 1];
    if (prev && overlaps(prev, f)) {
      if (f.end - f.start > prev.end - prev.start) kept[kept.length - 1] = f;
      continue;
    }
    kept.push(f);
  }
  fillSentenceEntities(text, kept, detector);
  return kept;
}

function fillSentenceEntities(text: string, items: Found[], detector: Detector): void {
  const cache = new Map<string, string[]>();
  for (const item of items) {
    const s = detector.sentence(text, item.start);
    const key = `${s.start}:${s.end}`;
    let ids = cache.get(key);
    if (!ids) {
      const seen = new Set<string>();
      for (const other of items) {
        if (other.entityId && other.start >= s.start && other.end <= s.end) seen.add(other.entityId);
      }
      ids = [...seen];
      cache.set(key, ids);
    }
    item.sentenceEntityIds = item.entityId ? ids.filter((id) => id !== item.entityId) : ids;
  }
}
