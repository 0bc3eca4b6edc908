/**
 * Put the card CSS into the shadow root as a constructable stylesheet: a page's CSP
 * (`style-src 'none'`) blocks <style> elements but not adopted sheets (issue 7).
 * Firefox content scripts see page objects through Xrays, where a sheet built by the content
 * script can be refused; then we build it with the page's constructor, and as a last resort
 * fall back to a <style> element (readable everywhere except under a strict CSP).
 */
import { CARD_CSS } from '../../../components/cards/card-styles';

/**
 * Host-only rules. `all: initial !important` in the shadow tree beats a page's own
 * `!important` (for important declarations the inner context wins), and a 0×0 absolutely
 * positioned host never adds scroll height or shifts the page's layout.
 */
export const HOST_CSS = `
:host { all: initial !important; display: block !important; position: absolute !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483647 !important; }
html, body { display: block; margin: 0; padding: 0; width: 0; height: 0; overflow: visible; background: transparent; }
`;

export type StyleMode = 'adopted' | 'adopted-page' | 'style-element';

export function adoptCardStyles(shadow: ShadowRoot, css: string = HOST_CSS + CARD_CSS): StyleMode {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    if (shadow.adoptedStyleSheets.includes(sheet)) return 'adopted';
  } catch {
    // fall through to the page-constructor path
  }
  try {
    const pageWindow = (window as unknown as { wrappedJSObject?: typeof window }).wrappedJSObject;
    const pageShadow = (shadow as unknown as { wrappedJSObject?: ShadowRoot }).wrappedJSObject;
    const clone = (globalThis as unknown as { cloneInto?: <T>(v: T, scope: object) => T }).cloneInto;
    if (pageWindow && pageShadow && clone) {
      const sheet = new pageWindow.CSSStyleSheet();
      sheet.replaceSync(css);
      pageShadow.adoptedStyleSheets = clone([sheet], pageWindow);
      if (pageShadow.adoptedStyleSheets.length > 0) return 'adopted-page';
    }
  } catch {
    // fall through to a <style> element
  }
  const style = document.createElement('style');
  style.textContent = css;
  shadow.prepend(style);
  return 'style-element';
}
