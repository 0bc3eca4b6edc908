// @vitest-environment happy-dom
/** A hostile page's giant text node is read only up to MAX_BLOCK_CHARS (issue 7). */
import { describe, expect, it } from 'vitest';
import { extractBlocks, MAX_BLOCK_CHARS } from '../../lib/dom/blocks';
import { rangeFor } from '../../lib/dom/text-map';

describe('block size cap', () => {
  it('scans only the beginning of a 1 MB text node, with ranges still exact', () => {
    const sentence = 'Nvidia hired more engineers. ';
    const p = document.createElement('p');
    p.textContent = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    document.body.replaceChildren(p);
    const [block] = extractBlocks(document.body);
    expect(block!.text.length).toBe(MAX_BLOCK_CHARS);
    const last = block!.text.lastIndexOf('Nvidia');
    expect(rangeFor(block!, last, last + 6)!.toString()).toBe('Nvidia');
    expect(p.textContent!.length).toBeGreaterThan(MAX_BLOCK_CHARS * 9); // the page itself is untouched
  });

  it('leaves ordinary paragraphs whole', () => {
    const p = document.createElement('p');
    p.textContent = 'UniCredit e Banco BPM. '.repeat(500);
    document.body.replaceChildren(p);
    expect(extractBlocks(document.body)[0]!.text).toBe(p.textContent);
  });
});
