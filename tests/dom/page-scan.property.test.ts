// @vitest-environment happy-dom
/**
 * Random HTML trees through the whole scan → marks path (issue 7): no exceptions, the page DOM
 * unchanged, every mark's range covering exactly the text that was found, nothing marked inside
 * editors, form fields or scripts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Marker } from '../../lib/dom/marks';
import { MentionStore } from '../../lib/dom/mention-store';
import { PageScanner } from '../../lib/dom/page-scan';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { fakeBackend, fakeDetector, marked, syncScheduler } from './helpers-onpage';

const words = fc.constantFrom('OpenAI', 'Open', 'AI', 'Elon Musk', 'Elon', 'Musk', 'Apple', '7 miliardi', ' ', '. ', 'é', '😀', '\n', '&amp;');
const text = fc.array(words, { maxLength: 6 }).map((w) => w.join(''));
const TAGS = ['b', 'a', 'span', 'em', 'p', 'div', 'li', 'h2', 'article', 'main', 'nav', 'script', 'textarea', 'div contenteditable="true"', 'span hidden', 'section'];
const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.constant('<br>'),
    fc.tuple(fc.constantFrom(...TAGS), fc.array(tie('node'), { maxLength: 4 })).map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag.split(' ')[0]}>`),
  ),
})).node;

const NEVER_MARKED = 'script, textarea, [contenteditable], [hidden], nav';

describe('scan and mark random pages', () => {
  it('never throws, never changes the DOM, and marks only readable text exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { maxLength: 5 }), async (parts) => {
        document.body.innerHTML = parts.join('');
        const before = document.body.innerHTML;
        const backend = fakeBackend();
        const store = new MentionStore();
        const scanner = new PageScanner({ detector: fakeDetector, store, marker: new Marker(backend, DEFAULT_SETTINGS, 'light'), scheduler: syncScheduler(), lang: () => 'it' });
        await scanner.scanPage(document);
        expect(document.body.innerHTML).toBe(before);
        const surfaces = new Set(['OpenAI', 'Elon Musk', 'Apple']);
        for (const m of store.all()) {
          expect(m.range.toString()).toBe(m.surface);
          if (m.kind !== 'figure') expect(surfaces.has(m.surface)).toBe(true);
          const el = m.range.startContainer.parentElement;
          expect(el?.closest(NEVER_MARKED) ?? null).toBeNull();
        }
        expect(Object.values(marked(backend)).flat().length).toBe(store.all().length);
      }),
      { numRuns: 150 },
    );
  });
});
