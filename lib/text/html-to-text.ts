/**
 * Article text from an HTML file, for the CLI (no DOM library: a small tolerant tokenizer).
 * Skips what a reader does not read as the article (script, style, nav, header, footer, aside,
 * form, ...); block elements become line breaks; character references are decoded; when the page
 * has <article> (or else <main>), only that text is kept. Pure: no DOM, no I/O.
 */
import { decodeEntities } from './entities';

export interface HtmlText {
  text: string;
  /** The <html lang> attribute, when present (e.g. "it", "de-CH"). */
  lang?: string;
  title?: string;
}

/** Elements whose content is never article text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'nav', 'aside', 'form', 'svg', 'math', 'iframe', 'object', 'button', 'select', 'textarea', 'dialog', 'canvas']);
/** Page chrome, skipped unless inside the article (an <article><header> holds the headline). */
const CHROME = new Set(['header', 'footer']);
/** ARIA roles of page chrome. */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alert', 'menu', 'menubar']);
/**
 * Words in class or id that mark boxes a reader skips (cookie banners, share bars, "read also"
 * lists, ads, comments), in the languages of the pages we read. Matched as whole words of the
 * attribute split at spaces, "-" and "_"; "header" is not here (an article header holds the title).
 */
const CHROME_WORDS = new Set([
  'cookie', 'cookies', 'consent', 'gdpr', 'newsletter', 'share', 'sharing', 'social', 'related', 'recommended',
  'advert', 'advertisement', 'ads', 'adv', 'adunit', 'sponsor', 'sponsored', 'promo', 'banner', 'comments', 'comment',
  'breadcrumb', 'breadcrumbs', 'menu', 'navbar', 'sidebar', 'subscribe', 'outbrain', 'taboola', 'correlati', 'leggi',
  'lesen', 'auch', 'voir', 'aussi', 'relacionadas', 'popup', 'modal', 'skip',
  'partage', 'partager', 'condividi', 'teilen', 'compartir', 'commenti', 'kommentare', 'commentaires', 'comentarios',
]);

function isChromeBox(attrs: string): boolean {
  if (!attrs || !/\b(class|id|role|hidden|aria-hidden)\b/i.test(attrs)) return false;
  if (/(?:^|\s)hidden(?:\s|=|$)/i.test(attrs) || /aria-hidden\s*=\s*["']?true/i.test(attrs)) return true;
  const role = attr(attrs, 'role');
  if (role && CHROME_ROLES.has(role.toLowerCase())) return true;
  for (const name of ['class', 'id']) {
    const value = attr(attrs, name);
    if (value && value.toLowerCase().split(/[\s_-]+/).some((w) => CHROME_WORDS.has(w))) return true;
  }
  return false;
}

/** Elements whose content is raw text up to the matching close tag. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'body', 'html',
]);

/** Private-use marks for block boundaries until the final whitespace pass (paragraph, line). */
const PARA = '\uE000';
const LINE = '\uE001';

// Unrolled attribute loop: quoted values may contain ">" (5x faster than an alternation per char).
const SELF_CLOSING = /\/\s*$/;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)([^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*)>/y;

const ATTR_RES = new Map<string, RegExp>();

function attr(attrs: string, name: string): string | undefined {
  let re = ATTR_RES.get(name);
  if (!re) ATTR_RES.set(name, (re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')));
  const m = re.exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '').trim() : undefined;
}

export function htmlToText(html: string): HtmlText {
  // Text of the whole page, of <main> and of <article>, appended as we go.
  const all: string[] = [];
  const inMain: string[] = [];
  /** One list per top-level <article>: listing pages hold teasers; the longest is the story. */
  const articles: string[][] = [];
  /** Open elements, and whether each one started a skipped region. */
  const open: { name: string; skipped: boolean; story: boolean }[] = [];
  let skipDepth = 0;
  let article = 0;
  let main = 0;
  let lang: string | undefined;
  let title: string | undefined;
  const push = (text: string): void => {
    if (skipDepth > 0) return;
    all.push(text);
    if (main > 0) inMain.push(text);
    if (article > 0) articles[articles.length - 1]!.push(text);
  };
  const skips = (name: string): boolean => SKIP.has(name) || (CHROME.has(name) && article === 0 && main === 0);

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const end = lt < 0 ? html.length : lt;
    if (end > i) push(decodeEntities(html.slice(i, end)));
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const close = html.indexOf('>', lt);
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(html);
    if (!m) {
      push('<'); // a lone "<" in text, as browsers keep it
      i = lt + 1;
      continue;
    }
    i = lt + m[0].length;
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    const attrs = m[3] ?? '';
    if (!closing) {
      if (name === 'html') lang ??= attr(attrs, 'lang') || attr(attrs, 'xml:lang') || undefined;
      if (RAW.has(name)) {
        const closeRe = new RegExp(`</${name}`, 'gi');
        closeRe.lastIndex = i;
        const closeAt = closeRe.exec(html)?.index ?? -1;
        const raw = html.slice(i, closeAt < 0 ? html.length : closeAt);
        if (name === 'title') title ??= decodeEntities(raw).replace(/\s+/g, ' ').trim();
        else if (name === 'textarea' || name === 'xmp') push(' '); // never article text
        const gt = closeAt < 0 ? -1 : html.indexOf('>', closeAt);
        i = gt < 0 ? html.length : gt + 1;
        continue;
      }
      if (BLOCK.has(name)) push(name === 'br' ? LINE : PARA);
      if (VOID.has(name) || SELF_CLOSING.test(attrs)) continue;
      const skipped = skips(name) || (skipDepth === 0 && isChromeBox(attrs));
      const story = name === 'article' && !skipped;
      open.push({ name, skipped, story });
      if (skipped) skipDepth += 1;
      if (story) {
        if (article === 0) articles.push([]);
        article += 1;
      }
      if (name === 'main') main += 1;
    } else {
      let at = open.length - 1;
      while (at >= 0 && open[at]!.name !== name) at -= 1;
      if (at < 0) continue; // stray close tag
      // Close everything opened after it (tolerates unclosed <p>, <li>, <b>...).
      while (open.length > at) {
        const popped = open.pop()!;
        if (popped.story) article -= 1;
        if (popped.name === 'main') main -= 1;
        if (popped.skipped) skipDepth -= 1;
      }
      if (BLOCK.has(name)) push(PARA);
    }
  }

  const size = (parts: string[]) => parts.reduce((n, p) => n + (p === PARA || p === LINE ? 0 : p.trim().length), 0);
  const story = articles.reduce<string[] | undefined>((best, a) => (size(a) > (best ? size(best) : 0) ? a : best), undefined);
  const pick = story ?? (inMain.length > 0 ? inMain : all);
  return { text: collapse(pick.join('')), ...(lang ? { lang } : {}), ...(title ? { title } : {}) };
}

/**
 * Renders whitespace the way a browser does: source line breaks and runs of ASCII whitespace
 * become one space (<pre> is not kept verbatim); block boundaries become "\n\n", a lone <br>
 * "\n". No-break (U+00A0) and narrow no-break (U+202F) spaces are content and stay.
 */
function collapse(s: string): string {
  return s
    .replace(/[ \t\n\r\f]+/g, ' ')
    .replace(/ ?[\uE000\uE001][ \uE000\uE001]*/g, (run) => (run.includes(PARA) || run.indexOf(LINE) !== run.lastIndexOf(LINE) ? '\n\n' : '\n'))
    .replace(/^[ \n]+|[ \n]+$/g, '');
}
