/**
 * Which elements the scanner reads (issue 5, "Finding the text"). Decisions are made per element
 * from its tag and attributes only — no getComputedStyle per node — so the walk stays near the
 * cost of reading every text node (docs/PERF.md: 27–43 ms for a 1.27 MB page, split in chunks).
 */

/** Never read inside these (code, form controls, embedded documents, media). */
const NEVER_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'svg', 'MATH', 'math', 'VIDEO', 'AUDIO',
  'HEAD', 'TITLE',
]);

/** Page chrome, skipped everywhere (also inside an article: share bars, related links). */
const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FORM', 'DIALOG', 'MENU']);

/**
 * `header` / `footer` are the page banner only when not inside article, aside, main, nav or
 * section (HTML-AAM landmark rule); inside those they are the article's own title or byline.
 */
const SECTIONING = 'article, aside, main, nav, section, [role=main], [itemprop=articleBody]';

/** Roots read first: the article, where the reader's attention is. */
export const ARTICLE_SELECTOR = 'article, [itemprop=articleBody], main, [role=main]';

/**
 * Common ad containers by class or id token. Tokens, not substrings: `ad` must not hit
 * `head`, `shadow` or `download`.
 */
const AD_PATTERN =
  /(?:^|[\s_-])(?:ad|ads|adv|advert|adverts|advertisement|advertising|adslot|ad-slot|adunit|sponsor|sponsored|promo|dfp|gpt-ad|taboola|outbrain|adsbygoogle|banner-ad|pubblicita)(?:$|[\s_-])/i;
/** Landmark roles of page chrome. */
const CHROME_ROLES = new Set(['banner', 'navigation', 'complementary', 'contentinfo', 'search']);

/** Tag names of our own UI (CARDS names its shadow host `backstory-…`). */
export const UI_HOST_PREFIX = 'BACKSTORY-';

/** Block-level tags: text joins across inline elements up to the nearest one of these. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS',
  'DIALOG', 'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1',
  'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL',
]);

/** Elements that break a line without being blocks: text on either side is not joined. */
export const BREAK_TAGS = new Set(['BR', 'WBR', 'IMG', 'HR']);

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce.toLowerCase() !== 'false';
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  // Inline style only: cheap, and catches the common "display:none" toggles of menus and ads.
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  return style !== undefined && (style.display === 'none' || style.visibility === 'hidden');
}

function looksLikeAd(el: Element): boolean {
  const cls = el.getAttribute('class');
  if (cls && AD_PATTERN.test(cls)) return true;
  const id = el.id;
  return id !== '' && AD_PATTERN.test(id);
}

function isPageChrome(el: Element, tag: string): boolean {
  if (CHROME_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role)) return true;
  if (tag === 'HEADER' || tag === 'FOOTER') return el.parentElement?.closest(SECTIONING) == null;
  return false;
}

/** Why an element's whole subtree is skipped, or null when it is read. */
export function skipReason(el: Element): string | null {
  const tag = el.tagName.toUpperCase();
  if (NEVER_TAGS.has(tag) || NEVER_TAGS.has(el.tagName)) return 'never';
  if (tag.startsWith(UI_HOST_PREFIX)) return 'own-ui';
  if (isEditable(el)) return 'editable';
  if (isHidden(el)) return 'hidden';
  if (looksLikeAd(el)) return 'ad';
  if (isPageChrome(el, tag)) return 'chrome';
  return null;
}

/**
 * True when the node sits inside a skipped subtree (used when a mutation asks to rescan a
 * subtree: its ancestors were never checked by the walk). Stops at `document.body`.
 */
export function isInsideSkipped(node: Node): boolean {
  const doc = node.ownerDocument;
  if (doc?.designMode === 'on') return true;
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (el && (el as HTMLElement).isContentEditable) return true;
  while (el && el !== doc?.body && el !== doc?.documentElement) {
    if (skipReason(el) !== null) return true;
    el = el.parentElement;
  }
  return false;
}
