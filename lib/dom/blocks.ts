/**
 * Text extraction: walk a subtree in document order and group its readable text nodes into
 * blocks — runs of text nodes under the same nearest block-level ancestor with no block or line
 * break in between — so `<b>Open</b>AI` is read as "OpenAI". Each block keeps where every text
 * node starts in the joined text (see text-map.ts) so a match maps back to an exact DOM Range.
 *
 *   root ──TreeWalker(skip rules)──▶ text nodes ──group by block ancestor──▶ TextBlock[]
 *
 * The walk is a generator that yields every WALK_STEP_NODES nodes so a scheduler can stop it
 * at a frame deadline and resume later (docs/on-page.md, "Scheduling").
 */
import { ARTICLE_SELECTOR, BREAK_TAGS, isBlock, skipReason } from './skip-rules';

export interface TextBlock {
  /** Nearest block-level ancestor of the text nodes. */
  el: Element;
  /** The text nodes' data joined without separators. */
  text: string;
  nodes: Text[];
  /** Offset in `text` where `nodes[i]` starts. */
  starts: number[];
  /** Length of `nodes[i]` when read (a different length later means the block is stale). */
  lens: number[];
  /** Inside article, [itemprop=articleBody], main or [role=main]: scanned first. */
  inArticle: boolean;
  /**
   * Document order among all blocks read so far (the walk numbers blocks 0, 1, 2…; a rescan
   * places its blocks between their neighbours). Sorting by it avoids compareBoundaryPoints,
   * which Chromium answers by scanning siblings: O(5,000) per call on a 1 MB page.
   */
  order: number;
}

/** Nodes visited between two yields: ~0.1–0.3 ms of work on a mid-range laptop. */
export const WALK_STEP_NODES = 256;

const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

/** Nearest block-level ancestor of an element (the element itself when it is one). */
export function blockOf(el: Element, cache?: Map<Element, Element>): Element {
  const seen: Element[] = [];
  let cur: Element = el;
  let found: Element | undefined;
  for (;;) {
    const hit = cache?.get(cur);
    if (hit) { found = hit; break; }
    seen.push(cur);
    if (isBlock(cur)) { found = cur; break; }
    const parent = cur.parentElement;
    if (!parent) { found = cur; break; }
    cur = parent;
  }
  if (cache) for (const s of seen) cache.set(s, found);
  return found;
}

/**
 * A run of text longer than this is not prose anyone reads as one paragraph (a hostile page's
 * 5 MB text node): only its beginning is scanned, so the number of marks — and Chromium's
 * per-change upkeep of every registered highlight range — stays bounded (issue 7).
 */
export const MAX_BLOCK_CHARS = 100_000;

class BlockBuilder {
  parts: string[] = [];
  nodes: Text[] = [];
  starts: number[] = [];
  lens: number[] = [];
  length = 0;
  constructor(readonly el: Element) {}

  push(node: Text): void {
    const data = node.data;
    this.parts.push(data);
    this.nodes.push(node);
    this.starts.push(this.length);
    this.lens.push(data.length);
    this.length += data.length;
  }

  build(articleCache: Map<Element, boolean>): TextBlock | null {
    const joined = this.parts.join('');
    const text = joined.length > MAX_BLOCK_CHARS ? joined.slice(0, MAX_BLOCK_CHARS) : joined;
    if (!/\S/.test(text)) return null;
    let inArticle = articleCache.get(this.el);
    if (inArticle === undefined) {
      inArticle = this.el.closest(ARTICLE_SELECTOR) !== null;
      articleCache.set(this.el, inArticle);
    }
    return { el: this.el, text, nodes: this.nodes, starts: this.starts, lens: this.lens, inArticle, order: 0 };
  }
}

/**
 * Walk `root` (its ancestors are assumed readable; see isInsideSkipped) and hand every block to
 * `sink` in document order. Yields between steps; never modifies the DOM.
 */
export function* walkBlocks(root: Element, sink: (block: TextBlock) => void, stepNodes = WALK_STEP_NODES): Generator<void, void, void> {
  const doc = root.ownerDocument;
  // A block start, a line break or a skipped element since the last text node: the next text
  // starts a new run (a range never spans a script, an editor or hidden text).
  let boundary = true;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode(node: Node): number {
      if (node.nodeType === 3) return FILTER_ACCEPT;
      const el = node as Element;
      if (skipReason(el) !== null) {
        boundary = true;
        return FILTER_REJECT;
      }
      return isBlock(el) || BREAK_TAGS.has(el.tagName.toUpperCase()) ? FILTER_ACCEPT : FILTER_SKIP;
    },
  });
  const blockCache = new Map<Element, Element>();
  const articleCache = new Map<Element, boolean>();
  let cur: BlockBuilder | null = null;
  let visited = 0;
  let order = 0;
  const flush = (): void => {
    const block = cur?.build(articleCache);
    if (block) {
      block.order = order++;
      sink(block);
    }
    cur = null;
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++visited % stepNodes === 0) yield;
    if (node.nodeType !== 3) {
      boundary = true;
      continue;
    }
    const text = node as Text;
    if (text.data.length === 0) continue;
    const parent = text.parentElement;
    if (!parent) continue;
    const block = blockOf(parent, blockCache);
    if (boundary || !cur || cur.el !== block) {
      flush();
      cur = new BlockBuilder(block);
    }
    boundary = false;
    cur.push(text);
  }
  flush();
}

/** All blocks of a subtree at once (tests, CLI-like callers; the page uses walkBlocks in chunks). */
export function extractBlocks(root: Element): TextBlock[] {
  const out: TextBlock[] = [];
  const it = walkBlocks(root, (b) => out.push(b));
  while (!it.next().done) { /* run to completion */ }
  return out;
}
