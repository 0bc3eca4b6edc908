/**
 * What a user sees, read from a real page: the CSS Custom Highlight ranges Backstory registered,
 * the text of its closed shadow-root UI (through CDP `DOM.getDocument({pierce: true})`, the only
 * way to read a closed root from outside), and pointer moves onto a given piece of text.
 */
import type { Page } from 'playwright-core';
import { withTimeout } from './chromium';

export interface MarkedRange {
  highlight: string;
  text: string;
}

/** Every range in every `backstory*` highlight, in document order per highlight. */
export async function readHighlights(page: Page): Promise<MarkedRange[]> {
  return withTimeout(
    page.evaluate(() => {
      const out: Array<{ highlight: string; text: string; top: number; left: number }> = [];
      const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
      if (!registry) return out;
      for (const [name, highlight] of registry) {
        if (!name.startsWith('backstory')) continue;
        for (const r of highlight) {
          if (!(r instanceof Range)) continue;
          const rect = r.getBoundingClientRect();
          out.push({ highlight: name, text: r.toString(), top: rect.top + scrollY, left: rect.left });
        }
      }
      out.sort((a, b) => a.top - b.top || a.left - b.left);
      return out.map(({ highlight, text }) => ({ highlight, text }));
    }),
    10_000,
    'reading highlights',
  );
}

/** Wait until the highlights satisfy `done` (the scan runs in idle chunks after load). */
export async function waitForHighlights(page: Page, done: (marks: MarkedRange[]) => boolean, timeoutMs = 15_000): Promise<MarkedRange[]> {
  const started = Date.now();
  let marks: MarkedRange[] = [];
  while (Date.now() - started < timeoutMs) {
    marks = await readHighlights(page);
    if (done(marks)) return marks;
    await page.waitForTimeout(150);
  }
  throw new Error(`highlights never satisfied the condition; last seen: ${JSON.stringify(marks.slice(0, 40))}`);
}

interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

export interface ShadowElement {
  tag: string;
  attributes: Record<string, string>;
  text: string;
}

export interface ShadowUi {
  /** All visible text inside our shadow root(s), whitespace-collapsed. */
  text: string;
  /** Every element inside, with its own full text, for role/link/aria checks. */
  elements: ShadowElement[];
}

function textOf(node: CdpNode, skip: Set<string>): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (skip.has(node.nodeName)) return '';
  const parts: string[] = [];
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) parts.push(textOf(child, skip));
  return parts.join(node.nodeName === 'DIV' || node.nodeName === 'LI' || node.nodeName === 'P' ? ' ' : '');
}

function attrs(node: CdpNode): Record<string, string> {
  const out: Record<string, string> = {};
  const list = node.attributes ?? [];
  for (let i = 0; i + 1 < list.length; i += 2) out[list[i]!] = list[i + 1]!;
  return out;
}

/** Read the text and elements of every closed or open shadow root in the page's top document. */
export async function readShadowUi(page: Page): Promise<ShadowUi> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await withTimeout(cdp.send('DOM.getDocument', { depth: -1, pierce: true }), 10_000, 'DOM.getDocument')) as { root: CdpNode };
    const elements: ShadowElement[] = [];
    const texts: string[] = [];
    const skip = new Set(['STYLE', 'SCRIPT']);
    const visitInside = (node: CdpNode): void => {
      if (node.nodeType === 1 && !skip.has(node.nodeName)) {
        elements.push({ tag: node.nodeName.toLowerCase(), attributes: attrs(node), text: textOf(node, skip).replace(/\s+/g, ' ').trim() });
      }
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) visitInside(child);
    };
    const findRoots = (node: CdpNode): void => {
      for (const shadow of node.shadowRoots ?? []) {
        texts.push(textOf(shadow, skip));
        visitInside(shadow);
      }
      for (const child of node.children ?? []) findRoots(child);
    };
    findRoots(root);
    return { text: texts.join(' ').replace(/\s+/g, ' ').trim(), elements };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Wait until our shadow UI shows text matching `pattern`. */
export async function waitForShadowText(page: Page, pattern: RegExp, timeoutMs = 10_000): Promise<ShadowUi> {
  const started = Date.now();
  let ui: ShadowUi = { text: '', elements: [] };
  while (Date.now() - started < timeoutMs) {
    ui = await readShadowUi(page);
    if (pattern.test(ui.text)) return ui;
    await page.waitForTimeout(150);
  }
  throw new Error(`shadow UI never showed ${pattern}; last text: ${ui.text.slice(0, 600)}`);
}

/** Centre of the `occurrence`-th appearance of `needle` in the page's text (viewport coordinates, after scrolling it into view). */
export async function locateText(page: Page, needle: string, occurrence = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ needle, occurrence }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.nodeValue ?? '';
        let index = value.indexOf(needle);
        while (index >= 0) {
          if (seen === occurrence) {
            const range = document.createRange();
            range.setStart(node, index);
            range.setEnd(node, index + needle.length);
            (node.parentElement ?? document.body).scrollIntoView({ block: 'center' });
            const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
            return { x: rect.left + Math.min(rect.width / 2, 12), y: rect.top + rect.height / 2 };
          }
          seen += 1;
          index = value.indexOf(needle, index + 1);
        }
      }
      return null;
    },
    { needle, occurrence },
  );
  if (!point) throw new Error(`text "${needle}" (#${occurrence}) not found on the page`);
  return point;
}

/** Move the pointer onto a text as a person would (several steps, then rest). */
export async function hoverText(page: Page, needle: string, occurrence = 0): Promise<void> {
  const { x, y } = await locateText(page, needle, occurrence);
  await page.mouse.move(x - 40, y + 30);
  await page.mouse.move(x, y, { steps: 6 });
}

/** Snapshot what Backstory must never change. */
export async function pageSnapshot(page: Page): Promise<{ html: string; text: string }> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    // Our one shadow host is the only allowed addition; drop it from the comparison.
    for (const host of clone.querySelectorAll('[data-backstory-host]')) host.remove();
    return { html: clone.innerHTML, text: document.body.innerText };
  });
}

/** A node of CDP's `DOM.getDocument({ depth: -1, pierce: true })`: shadow roots included. */
export interface PiercedNode {
  attributes?: string[];
  children?: PiercedNode[];
  shadowRoots?: PiercedNode[];
}

/** First node, depth-first through shadow roots and children, with an attribute `match` accepts. */
export function findPierced<N extends PiercedNode>(node: N, match: (name: string, value: string) => boolean): N | undefined {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (match(a[i]!, a[i + 1]!)) return node;
  for (const c of [...(node.shadowRoots ?? []), ...(node.children ?? [])] as N[]) {
    const hit = findPierced(c, match);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Viewport centre of the first element with `attr`="`value`" anywhere in the page, closed shadow
 * roots included (CDP), or null. `scrollIntoView` first brings it on screen.
 */
export async function shadowPoint(page: Page, attr: string, value: string, scrollIntoView = false): Promise<{ x: number; y: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type Node = PiercedNode & { backendNodeId: number };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const node = findPierced(root, (name, v) => name === attr && v === value);
    if (!node) return null;
    if (scrollIntoView) await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendNodeId });
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content;
    // Box model quads are in document coordinates; the mouse works in the viewport.
    const scroll = (await page.evaluate('({ x: scrollX, y: scrollY })')) as { x: number; y: number };
    return { x: (x1! + x3!) / 2 - scroll.x, y: (y1! + y3!) / 2 - scroll.y };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The largest element box inside our shadow root(s), via CDP (closed roots are invisible to the page). */
export async function shadowUiBox(page: Page): Promise<{ width: number; height: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode & { nodeId?: number; backendNodeId?: number } };
    const ids: number[] = [];
    const collect = (node: CdpNode & { backendNodeId?: number }, inside: boolean): void => {
      if (inside && node.nodeType === 1 && node.backendNodeId) ids.push(node.backendNodeId);
      for (const s of (node.shadowRoots ?? []) as Array<CdpNode & { backendNodeId?: number }>) collect(s, true);
      for (const c of (node.children ?? []) as Array<CdpNode & { backendNodeId?: number }>) collect(c, inside);
    };
    collect(root, false);
    let best: { width: number; height: number } | null = null;
    for (const backendNodeId of ids) {
      const box = (await cdp.send('DOM.getBoxModel', { backendNodeId }).catch(() => null)) as { model: { width: number; height: number } } | null;
      if (box && (!best || box.model.width * box.model.height > best.width * best.height)) best = { width: box.model.width, height: box.model.height };
    }
    return best;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Read highlights from a fresh isolated world: for pages that sabotage their own `CSS` global. */
export async function readHighlightsIsolated(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'backstory-e2e' })) as { executionContextId: number };
    const { result } = (await cdp.send('Runtime.evaluate', {
      contextId: executionContextId,
      returnByValue: true,
      expression: `(() => { const out = []; for (const [n, h] of CSS.highlights) if (n.startsWith('backstory')) for (const r of h) out.push(r.toString()); return out; })()`,
    })) as { result: { value: string[] } };
    return result.value ?? [];
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
