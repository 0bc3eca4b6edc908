// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractBlocks } from '../../lib/dom/blocks';
import { rangeFor } from '../../lib/dom/text-map';
import { isInsideSkipped } from '../../lib/dom/skip-rules';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const texts = (root: Element) => extractBlocks(root).map((b) => b.text.replace(/\s+/g, ' ').trim());

describe('text extraction', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('joins text split across inline elements into one block', () => {
    const body = page('<p><b>Open</b>AI bought <a href="#">Twit<em>ter</em></a>.</p>');
    expect(texts(body)).toEqual(['OpenAI bought Twitter.']);
  });

  it('maps <b>Open</b>AI to one Range spanning both text nodes', () => {
    const body = page('<p>Ieri <b>Open</b>AI ha detto</p>');
    const [block] = extractBlocks(body);
    const start = block!.text.indexOf('OpenAI');
    const range = rangeFor(block!, start, start + 'OpenAI'.length)!;
    expect(range.toString()).toBe('OpenAI');
    expect(range.startContainer.textContent).toBe('Open');
    expect(range.startOffset).toBe(0);
    expect(range.endContainer.textContent).toBe('AI ha detto');
    expect(range.endOffset).toBe(2);
  });

  it('splits blocks at block elements and line breaks', () => {
    const body = page('<div>Elon<p>Musk</p>Apple<br>Meta</div>');
    expect(texts(body)).toEqual(['Elon', 'Musk', 'Apple', 'Meta']);
  });

  it('skips scripts, form controls, hidden and editable content, page chrome, ads and our own UI', () => {
    const body = page(`
      <nav>Meta menu</nav>
      <header><a>Site Apple</a></header>
      <article><header><h1>Title OpenAI</h1></header><p>Body xAI</p>
        <aside>Related Tesla</aside><footer>By Sam</footer></article>
      <script>var OpenAI = 1</script><style>.x{}</style><noscript>nojs</noscript>
      <textarea>typed Twitter</textarea><select><option>Option Meta</option></select>
      <div contenteditable="true"><p>Draft <b>Apple</b></p></div>
      <div contenteditable="false">Static text</div>
      <p hidden>hidden one</p><p aria-hidden="true">aria hidden</p><p style="display:none">none</p>
      <div class="ad-slot">Buy Oracle</div><div id="taboola-feed">Promo</div>
      <div class="header-wrapper">Header wrapper text</div>
      <backstory-card>card text</backstory-card>
      <footer>Copyright</footer>
      <form><label>Search Meta</label></form>
      <object>Object text</object>`);
    expect(texts(body)).toEqual(['Title OpenAI', 'Body xAI', 'By Sam', 'Static text', 'Header wrapper text']);
  });

  it('marks blocks inside article roots', () => {
    const body = page('<div>Outside</div><main><p>Inside main</p></main><div itemprop="articleBody"><p>Inside body</p></div>');
    expect(extractBlocks(body).map((b) => [b.text, b.inArticle])).toEqual([
      ['Outside', false],
      ['Inside main', true],
      ['Inside body', true],
    ]);
  });

  it('knows a node inside an editor or a hidden subtree is skipped', () => {
    page('<div contenteditable><p><span id="a">x</span></p></div><nav><p id="b">y</p></nav><p id="c">z</p>');
    expect(isInsideSkipped(document.getElementById('a')!)).toBe(true);
    expect(isInsideSkipped(document.getElementById('b')!)).toBe(true);
    expect(isInsideSkipped(document.getElementById('c')!)).toBe(false);
  });

  it('leaves the DOM unchanged', () => {
    const body = page('<article><p>A <b>b</b> <i>c</i></p><ul><li>d</li></ul></article>');
    const before = body.innerHTML;
    extractBlocks(body);
    expect(body.innerHTML).toBe(before);
  });
});
