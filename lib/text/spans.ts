/**
 * Entity mentions and money figures are found by two engines; where their spans overlap ("US$ 320
 * MM", where "MM" is also a company's ticker), a reader sees one thing: the longer span. The page
 * (lib/dom/detect.ts) and the CLI (lib/cli/scan-core.ts) both keep the same one.
 */
export interface Span {
  start: number;
  end: number;
}

/**
 * Sorted by start, longer first at the same start; of overlapping spans the longest is kept (the
 * earlier one on a tie). Empty spans and spans outside [0, length] are dropped.
 */
export function keepLongest<T extends Span>(spans: readonly T[], length: number): T[] {
  const all = [...spans].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: T[] = [];
  for (const s of all) {
    if (s.end <= s.start || s.start < 0 || s.end > length) continue;
    const prev = kept[kept.length - 1];
    if (prev && s.start < prev.end) {
      if (s.end - s.start > prev.end - prev.start) kept[kept.length - 1] = s;
      continue;
    }
    kept.push(s);
  }
  return kept;
}
