// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HUGE_MUTATION_NODES, MutationQueue } from '../../lib/dom/mutation-queue';

function added(target: Node, ...nodes: Node[]): MutationRecord {
  return { type: 'childList', target, addedNodes: nodes as unknown as NodeList, removedNodes: [] as unknown as NodeList } as unknown as MutationRecord;
}

describe('mutation queue', () => {
  it('batches added paragraphs and edited text into outermost block roots', () => {
    document.body.innerHTML = '<article id="art"><p id="p1">a <b id="b">b</b></p><div id="d"><p id="p2">c</p></div></article>';
    const q = new MutationQueue();
    const p1 = document.getElementById('p1')!;
    const d = document.getElementById('d')!;
    q.queue([added(p1, document.getElementById('b')!), added(d, document.getElementById('p2')!), added(document.body, d)]);
    q.queue([{ type: 'characterData', target: p1.firstChild! } as unknown as MutationRecord]);
    const r = q.drain();
    expect(r.full).toBe(false);
    if (r.full) return;
    // The inline <b> rescans its paragraph; p2 is inside the added div, so only the div is kept.
    expect(r.roots.map((e) => e.id).sort()).toEqual(['d', 'p1']);
    expect(q.size).toBe(0);
  });

  it('ignores our own UI host and nodes already gone', () => {
    document.body.innerHTML = '<p id="p">x</p>';
    const host = document.createElement('backstory-card-host');
    document.documentElement.append(host);
    const inner = document.createElement('div');
    host.append(inner);
    const gone = document.createElement('p');
    const q = new MutationQueue();
    q.queue([added(document.documentElement, host), added(host, inner), added(document.body, gone)]);
    const r = q.drain();
    expect(r.full ? 'full' : r.roots).toEqual([]);
    host.remove();
  });

  it('asks for a full rescan when a mutation is huge', () => {
    document.body.innerHTML = '';
    const nodes = Array.from({ length: HUGE_MUTATION_NODES + 1 }, () => document.createElement('p'));
    const q = new MutationQueue();
    q.queue([added(document.body, ...nodes)]);
    expect(q.drain()).toEqual({ full: true });
  });

  it('reports removals so stale marks are swept', () => {
    document.body.innerHTML = '<p>x</p>';
    const q = new MutationQueue();
    q.queue([{ type: 'childList', target: document.body, addedNodes: [], removedNodes: [document.createElement('p')] } as unknown as MutationRecord]);
    const r = q.drain();
    expect(!r.full && r.removals).toBe(true);
  });
});

describe('revealed content', () => {
  it('rescans an element whose hidden attribute was removed', () => {
    document.body.innerHTML = '<article><div id="more" hidden><p>Apple</p></div></article>';
    const more = document.getElementById('more')!;
    more.removeAttribute('hidden');
    const q = new MutationQueue();
    q.queue([{ type: 'attributes', target: more, attributeName: 'hidden' } as unknown as MutationRecord]);
    const r = q.drain();
    expect(!r.full && r.roots.map((e) => e.id)).toEqual(['more']);
  });
});
