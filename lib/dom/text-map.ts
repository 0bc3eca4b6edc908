/**
 * Offsets in a block's joined text ⇄ DOM positions. Binary search over the text nodes' start
 * offsets: O(log n) per boundary, no per-character map.
 */
import type { TextBlock } from './blocks';

export interface DomPoint {
  node: Text;
  offset: number;
}

/** Index of the last text node whose start is <= offset (or < offset when `strict`). */
function nodeIndex(starts: readonly number[], offset: number, strict: boolean): number {
  let lo = 0;
  let hi = starts.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = starts[mid]!;
    if (strict ? s < offset : s <= offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/**
 * The DOM point of a joined-text offset. A start boundary falling at the end of one node is moved
 * to the start of the next one (where the character really is); an end boundary at the start of
 * a node is kept at the end of the previous one, so a range never covers an empty edge node.
 */
export function pointAt(block: TextBlock, offset: number, edge: 'start' | 'end'): DomPoint | null {
  if (block.nodes.length === 0 || offset < 0 || offset > block.text.length) return null;
  const i = nodeIndex(block.starts, offset, edge === 'end' && offset > 0);
  const node = block.nodes[i]!;
  const local = offset - block.starts[i]!;
  return { node, offset: Math.min(local, block.lens[i]!) };
}

/** True when every text node still has the length it had when read (no edit since the scan). */
export function isFresh(block: TextBlock): boolean {
  for (let i = 0; i < block.nodes.length; i++) {
    const n = block.nodes[i]!;
    if (!n.isConnected || n.data.length !== block.lens[i]) return false;
  }
  return true;
}

/** A live DOM Range for [start, end) of the block's joined text, or null when out of bounds. */
export function rangeFor(block: TextBlock, start: number, end: number): Range | null {
  if (end <= start) return null;
  const a = pointAt(block, start, 'start');
  const b = pointAt(block, end, 'end');
  if (!a || !b) return null;
  const range = block.el.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** Text nodes a [start, end) span touches, for the per-node hit-test index. */
export function nodesIn(block: TextBlock, start: number, end: number): Text[] {
  const first = nodeIndex(block.starts, start, false);
  const last = nodeIndex(block.starts, end, end > 0);
  const out: Text[] = [];
  for (let i = first; i <= last; i++) if (block.lens[i]! > 0) out.push(block.nodes[i]!);
  return out;
}
