// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { Marker } from '../../lib/dom/marks';
import { MentionStore } from '../../lib/dom/mention-store';
import { PageScanner } from '../../lib/dom/page-scan';
import { mentionAtPoint } from '../../lib/dom/hit-test';
import { pageFindings } from '../../lib/dom/page-findings';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { fakeBackend, fakeDetector, marked, syncScheduler } from './helpers-onpage';

function setup(html: string, settings = DEFAULT_SETTINGS) {
  document.body.innerHTML = html;
  const backend = fakeBackend();
  const store = new MentionStore();
  const marker = new Marker(backend, settings, 'light');
  const scanner = new PageScanner({ detector: fakeDetector, store, marker, scheduler: syncScheduler(), lang: () => 'it' });
  return { backend, store, marker, scanner };
}

describe('page scan → marks', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('marks a name split across inline elements with one range', async () => {
    const { backend, store, scanner } = setup('<article><p>Ieri <b>Open</b>AI e <a href="#">Elon</a> Musk: 97 miliardi.</p></article>');
    await scanner.scanPage(document);
    expect(marked(backend)).toEqual({
      'backstory-company-dotted-light': ['OpenAI'],
      'backstory-person-dotted-light': ['Elon Musk'],
      'backstory-figure-dotted-light': ['97 miliardi'],
    });
    const figure = store.all().find((m) => m.kind === 'figure')!;
    expect(figure.figure?.amount).toBe(97e9);
    // The figure knows who is named in its sentence (for the deal lookup).
    expect(figure.sentenceEntityIds.sort()).toEqual(['elon-musk', 'openai']);
  });

  it('never marks inside editors, form fields or page chrome, and leaves the DOM as it was', async () => {
    const html = '<nav>OpenAI</nav><div contenteditable="true"><p>OpenAI <i>draft</i></p></div><textarea>OpenAI</textarea><main><p>Apple</p></main>';
    const { backend, scanner } = setup(html);
    const before = document.body.innerHTML;
    await scanner.scanPage(document);
    expect(Object.values(marked(backend)).flat()).toEqual(['Apple']);
    expect(document.body.innerHTML).toBe(before);
  });

  it('marks only the first mention of each entity when asked, in document order', async () => {
    const { backend, store } = setup('<p>Apple uno.</p><p>OpenAI due.</p><p>Apple tre. OpenAI quattro.</p>', { ...DEFAULT_SETTINGS, firstMentionOnly: true });
    const scanner = new PageScanner({
      detector: fakeDetector,
      store,
      marker: new Marker(backend, { ...DEFAULT_SETTINGS, firstMentionOnly: true }, 'light'),
      scheduler: syncScheduler(),
      lang: () => 'it',
    });
    await scanner.scanPage(document);
    const company = [...backend.registry.get('backstory-company-dotted-light')!.ranges].map((r) => (r as Range).startContainer.parentElement?.textContent);
    expect(company.sort()).toEqual(['Apple uno.', 'OpenAI due.']);
    expect(store.size).toBe(4);
  });

  it('rescans a changed paragraph without duplicating or keeping stale marks', async () => {
    const { backend, store, scanner } = setup('<article><p id="a">Apple</p><p id="b">OpenAI</p></article>');
    await scanner.scanPage(document);
    document.getElementById('a')!.textContent = 'Elon Musk';
    await scanner.rescan([document.getElementById('a')!]);
    expect(Object.values(marked(backend)).flat().sort()).toEqual(['Elon Musk', 'OpenAI']);
    expect(store.all().map((m) => m.surface)).toEqual(['Elon Musk', 'OpenAI']);
  });

  it('appends mentions of a late paragraph in document order', async () => {
    const { store, scanner } = setup('<article><p id="a">Apple</p><p id="c">OpenAI</p></article>');
    await scanner.scanPage(document);
    const p = document.createElement('p');
    p.textContent = 'Elon Musk';
    document.getElementById('c')!.before(p);
    await scanner.rescan([p]);
    expect(store.all().map((m) => m.surface)).toEqual(['Apple', 'Elon Musk', 'OpenAI']);
  });

  it('finds the mention under a caret position and confirms it with its rects', async () => {
    const { store, marker, scanner } = setup('<p>Ieri <b>Open</b>AI ha detto</p>');
    await scanner.scanPage(document);
    const ai = document.querySelector('b')!.nextSibling!;
    const open = document.querySelector('b')!.firstChild!;
    expect(store.at(open, 2)?.surface).toBe('OpenAI');
    expect(store.at(ai, 1)?.surface).toBe('OpenAI');
    expect(store.at(ai, 5)).toBeNull();
    const inside = [{ left: 0, right: 50, top: 0, bottom: 20 }];
    const m = store.at(open, 2)!;
    m.range.getClientRects = () => inside as unknown as DOMRectList;
    expect(mentionAtPoint(store, marker, () => ({ node: open, offset: 2 }), 10, 10)?.surface).toBe('OpenAI');
    // The caret API snaps to the nearest character: a point beside the line is no hit.
    expect(mentionAtPoint(store, marker, () => ({ node: open, offset: 2 }), 300, 10)).toBeNull();
  });

  it('groups findings for the popup with counts and the first mention to jump to', async () => {
    const { store, marker, scanner } = setup('<p>Apple e OpenAI.</p><p>Apple di nuovo: 3 miliardi.</p>');
    await scanner.scanPage(document);
    const f = pageFindings('https://x.test/', 'it', store.all(), (m) => marker.isMarked(m));
    expect(f.items.map((i) => [i.kind, i.label, i.count])).toEqual([
      ['company', 'Apple', 2],
      ['company', 'OpenAI', 1],
      ['figure', '3 miliardi', 1],
    ]);
    expect(store.get(f.items[0]!.firstKey)?.range.toString()).toBe('Apple');
  });
});

describe('subtrees that change state', () => {
  it('drops the marks of a paragraph that becomes an editor or hidden', async () => {
    const { backend, scanner } = setup('<article><p id="a">Apple</p><p id="b">OpenAI</p></article>');
    await scanner.scanPage(document);
    document.getElementById('a')!.setAttribute('contenteditable', 'true');
    document.getElementById('b')!.hidden = true;
    await scanner.rescan([document.getElementById('a')!, document.getElementById('b')!]);
    expect(Object.values(marked(backend)).flat()).toEqual([]);
  });
});
