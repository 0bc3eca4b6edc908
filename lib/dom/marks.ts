/**
 * Which stored mentions are marked: the kinds switched on in the settings, and with
 * "first mention only" just the first mention of each entity (or figure amount) in document
 * order. Hover and keyboard act on marked mentions only: no mark, no card.
 */
import type { MarkerStyle, Settings } from '../settings/defaults';
import { HighlightSet, markKindOf, type HighlightBackend, type Palette } from './highlights';
import { compareStarts, type StoredMention } from './mention-store';

export type MarkSettings = Pick<Settings, 'kinds' | 'firstMentionOnly' | 'markerStyle'>;

export class Marker {
  private readonly highlights: HighlightSet | null;
  private readonly marked = new Set<StoredMention>();
  /** With firstMentionOnly: the marked (first) mention of each group. */
  private readonly firstOf = new Map<string, StoredMention>();

  constructor(backend: HighlightBackend | null, private settings: MarkSettings, palette: Palette) {
    this.highlights = backend ? new HighlightSet(backend, settings.markerStyle, palette) : null;
  }

  isMarked(m: StoredMention): boolean {
    return this.marked.has(m);
  }

  get markedCount(): number {
    return this.marked.size;
  }

  /** Mark newly stored mentions. */
  add(batch: readonly StoredMention[]): void {
    for (const m of batch) {
      if (!this.settings.kinds[markKindOf(m.kind)]) continue;
      if (!this.settings.firstMentionOnly) {
        this.mark(m);
        continue;
      }
      const first = this.firstOf.get(m.group);
      if (first && compareStarts(first.range, m.range) <= 0) continue;
      if (first) this.unmark(first);
      this.firstOf.set(m.group, m);
      this.mark(m);
    }
  }

  /** Forget removed mentions; with firstMentionOnly the next mention of the group takes over. */
  remove(removed: readonly StoredMention[], remaining: readonly StoredMention[]): void {
    const orphaned = new Set<string>();
    for (const m of removed) {
      if (this.marked.has(m)) this.unmark(m);
      if (this.firstOf.get(m.group) === m) {
        this.firstOf.delete(m.group);
        orphaned.add(m.group);
      }
    }
    if (orphaned.size === 0) return;
    this.add(remaining.filter((m) => orphaned.has(m.group)));
  }

  /** Settings changed: recompute the marked set over everything stored (in document order). */
  update(settings: MarkSettings, palette: Palette, all: readonly StoredMention[]): void {
    const style: MarkerStyle = settings.markerStyle;
    this.highlights?.restyle(style, palette);
    const same =
      settings.firstMentionOnly === this.settings.firstMentionOnly &&
      settings.kinds.company === this.settings.kinds.company &&
      settings.kinds.person === this.settings.kinds.person &&
      settings.kinds.figure === this.settings.kinds.figure;
    this.settings = settings;
    if (same) return;
    this.clear();
    this.add(all);
  }

  clear(): void {
    this.highlights?.clear();
    this.marked.clear();
    this.firstOf.clear();
  }

  destroy(): void {
    this.marked.clear();
    this.firstOf.clear();
    this.highlights?.destroy();
  }

  private mark(m: StoredMention): void {
    this.marked.add(m);
    this.highlights?.add(markKindOf(m.kind), m.range);
  }

  private unmark(m: StoredMention): void {
    this.marked.delete(m);
    this.highlights?.delete(markKindOf(m.kind), m.range);
  }
}
