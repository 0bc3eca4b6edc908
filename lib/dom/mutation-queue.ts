/**
 * Following a live page with one MutationObserver whose callback only queues (issue 5): added
 * nodes and edited text are collected, and on the next idle slice turned into a few subtree
 * roots to rescan. Our own UI is ignored; a huge batch asks for a full rescan instead (Dark
 * Reader's HUGE_MUTATIONS_COUNT idea; STYLE.md §9).
 *
 *   MutationObserver ─queue()─▶ pending nodes ─drain()─▶ { roots } | { full: true }
 */
import { blockOf } from './blocks';
import { isBlock, UI_HOST_PREFIX } from './skip-rules';

/** More queued nodes than this between two drains: rescanning the page is cheaper than sorting them out. */
export const HUGE_MUTATION_NODES = 1000;

export type Drained = { full: true } | { full: false; roots: Element[]; removals: boolean };

function isOwnUi(node: Node): boolean {
  for (let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (el.tagName.toUpperCase().startsWith(UI_HOST_PREFIX)) return true;
  }
  return false;
}

/** Where to read again after `node` appeared or changed: the block it sits in, or itself when it is a block. */
export function rescanRootFor(node: Node): Element | null {
  if (node.nodeType === 1 && isBlock(node as Element)) return node as Element;
  const parent = node.parentElement;
  return parent ? blockOf(parent) : null;
}

/** Keep only outermost roots (a root inside another is covered by it). */
export function outermost(roots: Iterable<Element>): Element[] {
  const set = new Set(roots);
  // O(roots × depth): walk up instead of comparing every pair.
  return [...set].filter((r) => {
    for (let p = r.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

export class MutationQueue {
  private readonly nodes = new Set<Node>();
  private removals = false;
  private huge = false;

  get size(): number {
    return this.nodes.size;
  }

  /** The observer callback: O(records), no DOM reads beyond the records. */
  queue(records: readonly MutationRecord[]): void {
    for (const rec of records) {
      if (this.huge) {
        return;
      }
      // Edited text, or an element shown or hidden by attribute ("read more", <details open>).
      if (rec.type === 'characterData' || rec.type === 'attributes') this.nodes.add(rec.target);
      else if (rec.type === 'childList') {
        for (let i = 0; i < rec.addedNodes.length; i++) this.nodes.add(rec.addedNodes[i]!);
        if (rec.removedNodes.length > 0) this.removals = true;
      }
      if (this.nodes.size > HUGE_MUTATION_NODES) this.huge = true;
    }
  }

  /** Turn what was queued into rescan roots and reset. */
  drain(): Drained {
    if (this.huge) {
      this.reset();
      return { full: true };
    }
    const roots = new Set<Element>();
    for (const node of this.nodes) {
      if (!node.isConnected || isOwnUi(node)) continue;
      const type = node.nodeType;
      if (type !== 1 && type !== 3) continue;
      const root = rescanRootFor(node);
      if (root) roots.add(root);
    }
    const removals = this.removals;
    this.reset();
    return { full: false, roots: outermost(roots), removals };
  }

  reset(): void {
    this.nodes.clear();
    this.removals = false;
    this.huge = false;
  }
}

/**
 * `class` and `style` are left out on purpose: pages animate them every frame. The attributes
 * below change when content is revealed and almost never otherwise.
 */
export const OBSERVE_OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['hidden', 'aria-hidden', 'open', 'contenteditable'],
};
