/**
 * Marks through the CSS Custom Highlight API only: ranges are registered, the page DOM is never
 * touched (issue 5; docs/PERF.md: 0 nodes added, 9–16 ms to register 6,100 ranges).
 *
 * The look comes from entrypoints/content/marks.css, injected by the manifest: it survives a
 * strict `style-src 'none'` CSP and pages that reassign `document.adoptedStyleSheets`, and works
 * in Firefox content scripts (where adopting a constructed sheet throws). Since a static sheet
 * cannot read settings, the style and palette are part of the highlight's name:
 * `backstory-<kind>-<style>-<palette>`, e.g. `backstory-company-dotted-light`.
 */
import type { EntityKind } from '../facts/schema';
import type { MarkerStyle, MarkKind } from '../settings/defaults';

export type Palette = 'light' | 'dark';

export const HIGHLIGHT_PREFIX = 'backstory-';
export const MARKER_STYLES: readonly MarkerStyle[] = ['dotted', 'solid', 'tint'];
export const MARK_KINDS: readonly MarkKind[] = ['company', 'person', 'figure'];
export const PALETTES: readonly Palette[] = ['light', 'dark'];

/** Which highlight (and which "kinds" setting) an item belongs to: all organisations are companies. */
export function markKindOf(kind: EntityKind | 'figure'): MarkKind {
  if (kind === 'person' || kind === 'figure') return kind;
  return 'company';
}

export function highlightName(kind: MarkKind, style: MarkerStyle, palette: Palette): string {
  return `${HIGHLIGHT_PREFIX}${kind}-${style}-${palette}`;
}

/** The parts of the Highlight API we use, behind an adapter (happy-dom has none of it). */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
  readonly size: number;
}

export interface HighlightBackend {
  create(): HighlightLike;
  set(name: string, highlight: HighlightLike): void;
  remove(name: string): void;
}

/** The browser's registry, or null where the API is missing (older Firefox: no marks, cards still work). */
export function browserHighlightBackend(win: Window & typeof globalThis): HighlightBackend | null {
  const HighlightCtor = (win as unknown as { Highlight?: new () => HighlightLike }).Highlight;
  const registry = (win.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  if (!HighlightCtor || !registry) return null;
  return {
    create: () => new HighlightCtor(),
    set: (name, h) => void registry.set(name, h),
    remove: (name) => void registry.delete(name),
  };
}

/** One Highlight per mark kind, registered under the name of the current style and palette. */
export class HighlightSet {
  private readonly byKind = new Map<MarkKind, HighlightLike>();
  private names = new Map<MarkKind, string>();

  constructor(private readonly backend: HighlightBackend, private style: MarkerStyle, private palette: Palette) {
    for (const kind of MARK_KINDS) this.byKind.set(kind, backend.create());
    this.register();
  }

  add(kind: MarkKind, range: Range): void {
    this.byKind.get(kind)!.add(range);
  }

  delete(kind: MarkKind, range: Range): void {
    this.byKind.get(kind)!.delete(range);
  }

  size(kind: MarkKind): number {
    return this.byKind.get(kind)!.size;
  }

  /** Switch style or palette: same Highlight objects, new names (no range is re-added). */
  restyle(style: MarkerStyle, palette: Palette): void {
    if (style === this.style && palette === this.palette) return;
    this.unregister();
    this.style = style;
    this.palette = palette;
    this.register();
  }

  clear(): void {
    for (const h of this.byKind.values()) h.clear();
  }

  /** Remove every mark and registration (Backstory off for this site, context invalidated). */
  destroy(): void {
    this.clear();
    this.unregister();
  }

  private register(): void {
    for (const [kind, h] of this.byKind) {
      const name = highlightName(kind, this.style, this.palette);
      this.backend.set(name, h);
      this.names.set(kind, name);
    }
  }

  private unregister(): void {
    for (const name of this.names.values()) this.backend.remove(name);
    this.names.clear();
  }
}
