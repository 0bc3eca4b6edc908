import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../lib/text/html-to-text';
import { decodeEntities } from '../../../lib/text/entities';

describe('htmlToText', () => {
  it('keeps the article and drops scripts, styles, navigation and page chrome', () => {
    const html = `<html lang="it"><head><title>T</title><style>p{}</style><script>var s = "<p>Apple</p>";</script></head>
      <body><header>Menu OpenAI</header><nav>Tesla</nav><aside>Pubblicità Meta</aside>
      <main><article><header><h1>Titolo Eni</h1></header><p>Testo su Enel.</p><form><input value="x">Cerca Amazon</form></article></main>
      <footer>© Nvidia</footer></body></html>`;
    const out = htmlToText(html);
    expect(out.text).toBe('Titolo Eni\n\nTesto su Enel.');
    expect(out.lang).toBe('it');
    expect(out.title).toBe('T');
  });

  it('uses <main> when there is no <article>, and the whole body otherwise', () => {
    expect(htmlToText('<body><div>fuori</div><main><p>dentro</p></main></body>').text).toBe('dentro');
    expect(htmlToText('<body><div>uno</div><p>due</p></body>').text).toBe('uno\n\ndue');
  });

  it('turns block elements into line breaks and joins inline markup without spaces', () => {
    expect(htmlToText('<p>Uni<b>Credit</b> e <a href="#">Intesa</a><br>riga</p><ul><li>a<li>b</ul>').text).toBe('UniCredit e Intesa\nriga\n\na\n\nb');
    expect(htmlToText('<table><tr><td>Eni</td><td>Enel</td></tr></table>').text).toBe('Eni\n\nEnel');
  });

  it('collapses source whitespace but keeps no-break and narrow no-break spaces', () => {
    expect(htmlToText('<p>97,4\n   miliardi&nbsp;di&#x202F;dollari</p>').text).toBe('97,4 miliardi\u00a0di\u202fdollari');
    expect(htmlToText('  a \n\n\n b  <br><br> c <div> </div><div>d</div>').text).toBe('a b\n\nc\n\nd');
  });

  it('decodes named, numeric and Windows-1252 references', () => {
    expect(decodeEntities('l&rsquo;Eni &amp; d&#8217;Unicredit &#146; &euro;1 &eacute;&Ntilde;&uuml; &bogus; &#0;')).toBe('l’Eni & d’Unicredit ’ €1 éÑü &bogus; &#0;');
    expect(htmlToText('<p>5&nbsp;&euro; &lt;b&gt;</p>').text).toBe('5\u00a0€ <b>');
  });

  it('tolerates broken markup: unclosed tags, stray closers, comments, lone "<", attributes with ">"', () => {
    const html = '<div title="a > b"><p>uno<!-- Meta --><p>2 < 3</span></div>fine<script>never';
    expect(htmlToText(html).text).toBe('uno\n\n2 < 3\n\nfine');
  });

  it('reads lang from xml:lang too, and pages without lang have none', () => {
    expect(htmlToText('<html xml:lang="de-CH"><p>x</p></html>').lang).toBe('de-CH');
    expect(htmlToText('<p>x</p>').lang).toBeUndefined();
  });

  it('handles a large page', () => {
    const para = '<p>Elon Musk ha offerto 97,4 miliardi di dollari per <b>OpenAI</b>.</p><script>x()</script>\n';
    const html = `<html><body><article>${para.repeat(20_000)}</article></body></html>`;
    const out = htmlToText(html);
    expect(out.text.split('\n\n')).toHaveLength(20_000);
  });
});

describe('htmlToText page chrome by class, id and role', () => {
  it('skips cookie banners, share bars, related links, ads and hidden boxes, but keeps the article header', () => {
    const html = `<body><div id="cookie-banner">Accetta i cookie di Meta</div>
      <article><div class="article-header"><h1>UniCredit cresce</h1></div>
      <div class="share-buttons">Condividi su X</div>
      <p>UniCredit guadagna 2 miliardi di euro.</p>
      <div class="leggi-anche">Leggi anche: Tesla crolla</div>
      <div class="adv_box">Pubblicità Apple</div><div role="complementary">Box Amazon</div>
      <p hidden>Testo nascosto Nvidia</p><span aria-hidden="true">Icona Google</span>
      <div class="related-articles"><a>Intesa</a></div></article></body>`;
    expect(htmlToText(html).text).toBe('UniCredit cresce\n\nUniCredit guadagna 2 miliardi di euro.');
  });

  it('does not mistake words that merely contain a chrome word', () => {
    expect(htmlToText('<div class="headline shadow"><p>Eni</p></div><div class="address">Enel</div>').text).toBe('Eni\n\nEnel');
  });
});

describe('htmlToText on listing pages', () => {
  it('keeps the longest <article> when a page holds teasers too', () => {
    const html = '<article><h2>Tesla</h2><p>breve</p></article><article><h1>Eni</h1><p>Il testo lungo della notizia su Eni e Enel.</p></article><article><p>Meta</p></article>';
    expect(htmlToText(html).text).toBe('Eni\n\nIl testo lungo della notizia su Eni e Enel.');
  });
});
