// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../../lib/dom/blocks';
import { rangeFor } from '../../lib/dom/text-map';

/** Random inline trees: text (with spaces, accents, astral chars) inside b/i/a/span/em, nested. */
const text = fc.string({ unit: fc.constantFrom('a', 'B', ' ', 'é', '€', '😀', '.', '\n', 'O', 'I'), maxLength: 8 });
const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map(escape),
    fc.tuple(fc.constantFrom('b', 'i', 'a', 'span', 'em', 'strong'), fc.array(tie('node'), { maxLength: 4 })).map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
  ),
})).node;

/** Random mixed trees: blocks, inline elements, skipped elements, line breaks, editors. */
const mixed: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map(escape),
    fc.constant('<br>'),
    fc
      .tuple(
        fc.constantFrom('b', 'a', 'span', 'p', 'div', 'li', 'h2', 'nav', 'script', 'textarea', 'section', 'article', 'div contenteditable', 'span hidden'),
        fc.array(tie('node'), { maxLength: 4 }),
      )
      .map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag.split(' ')[0]}>`),
  ),
})).node;

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

describe('block text ⇄ DOM ranges (property)', () => {
  it('joins inline text exactly, maps every span back exactly, and never changes the DOM', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), (kids, a, b) => {
        document.body.innerHTML = `<p>${kids.join('')}</p>`;
        const before = document.body.innerHTML;
        const p = document.querySelector('p')!;
        const blocks = extractBlocks(document.body);
        const full = p.textContent ?? '';
        if (!/\S/.test(full)) {
          expect(blocks).toEqual([]);
        } else {
          expect(blocks).toHaveLength(1);
          const block = blocks[0]!;
          expect(block.text).toBe(full);
          const start = a % block.text.length;
          const end = start + 1 + (b % (block.text.length - start));
          const range = rangeFor(block, start, end)!;
          expect(range.toString()).toBe(block.text.slice(start, end));
        }
        expect(document.body.innerHTML).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it('reads random page trees without exceptions, each block exactly its text nodes, DOM unchanged', () => {
    fc.assert(
      fc.property(fc.array(mixed, { minLength: 1, maxLength: 6 }), (kids) => {
        document.body.innerHTML = kids.join('');
        const before = document.body.innerHTML;
        for (const block of extractBlocks(document.body)) {
          expect(block.nodes.map((n) => n.data).join('')).toBe(block.text);
          expect(rangeFor(block, 0, block.text.length)!.toString()).toBe(block.text);
          for (const n of block.nodes) {
            // Never inside scripts, text areas, editors or hidden elements.
            expect(n.parentElement?.closest('script, textarea, [contenteditable], [hidden], nav')).toBeNull();
          }
        }
        expect(document.body.innerHTML).toBe(before);
      }),
      { numRuns: 300 },
    );
  });
});
