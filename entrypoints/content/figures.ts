/**
 * Adapter to MONEY (lib/money/index.ts, lib/money/sentence.ts), written in parallel.
 * TODO(on-page): switch to `parseFigures` / `sentenceAt` once lib/money/index.ts lands.
 */
import type { Figure } from '../../lib/money/types';

export function figureParser(): (text: string, lang: string | undefined) => Figure[] {
  return () => [];
}

const SENTENCE_END = /[.!?…]\s|\n/g;

/** Sentence around `offset`: from after the previous sentence end to the next one. */
export function sentenceBounds(text: string, offset: number): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(text)) !== null) {
    const stop = m.index + m[0].length;
    if (m.index < offset) start = stop;
    else {
      end = m.index + 1;
      break;
    }
  }
  return { start, end };
}
