/**
 * Scan order: blocks in or near the viewport first, then the article, then the rest of the page.
 * One getBoundingClientRect per block (RECT_STEP_BLOCKS per step, on clean layout); a block
 * without a box (0×0: display:none higher up) is dropped as hidden.
 */
import type { TextBlock } from './blocks';
import { ARTICLE_WINDOW_CHARS, groupWindows, type TextWindow } from './windows';

/** Blocks measured per step when ordering visible first (getBoundingClientRect on clean layout). */
export const RECT_STEP_BLOCKS = 200;
/** Viewport margin (px) counted as visible: the next scroll's worth is marked with the first slice. */
export const VISIBLE_MARGIN_PX = 600;

export interface Geometry {
  /** Null for elements without a box (display:none somewhere above). */
  rect(el: Element): { top: number; bottom: number } | null;
  viewportHeight(): number;
}

/** Real layout: a zero-size rect means no box (hidden). */
export function browserGeometry(win: Window): Geometry {
  return {
    rect(el) {
      const r = el.getBoundingClientRect();
      return r.width === 0 && r.height === 0 ? null : { top: r.top, bottom: r.bottom };
    },
    viewportHeight: () => win.innerHeight,
  };
}

/** Group blocks into windows (article and rest separately, document order inside each), visible ones first. */
export function* planWindows(blocks: readonly TextBlock[], geo: Geometry | undefined, out: TextWindow[]): Generator<void, void, void> {
  const height = geo?.viewportHeight() ?? 0;
  const article: TextBlock[] = [];
  const rest: TextBlock[] = [];
  const visible = new Set<TextBlock>();
  for (let i = 0; i < blocks.length; i++) {
    if (geo && i > 0 && i % RECT_STEP_BLOCKS === 0) yield;
    const block = blocks[i]!;
    if (geo) {
      const r = geo.rect(block.el);
      if (!r) continue;
      if (r.bottom >= -VISIBLE_MARGIN_PX && r.top <= height + VISIBLE_MARGIN_PX) visible.add(block);
    }
    (block.inArticle ? article : rest).push(block);
  }
  const all = [...groupWindows(article, visible, ARTICLE_WINDOW_CHARS), ...groupWindows(rest, visible)];
  out.push(...all.filter((w) => w.visible), ...all.filter((w) => !w.visible));
}
