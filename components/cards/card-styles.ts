/**
 * Card styles as one string. The content script adopts it as a constructable stylesheet in
 * its closed shadow root (immune to a page's `style-src 'none'` and to page CSS such as
 * `* { all: unset !important }`); the popup can adopt the same text on its document.
 * Every property the card relies on is set explicitly: nothing is inherited from the page.
 */
export const CARD_CSS = `
.bs-layer { position: fixed; top: 0; left: 0; z-index: 2147483647; width: max-content; max-width: min(360px, calc(100vw - 16px)); display: block; margin: 0; padding: 0; }
.bs-layer[hidden] { display: none !important; }
.bs-sr { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.bs-card {
  --bs-bg: #ffffff; --bs-fg: #1d2125; --bs-muted: #5b636b; --bs-line: #d8dde2; --bs-link: #0b57d0;
  --bs-accent: #7a4dd8; --bs-bar: #9aa6b2; --bs-bar-hi: #d0631b; --bs-user: #0f7b4a; --bs-warn: #8a5a00; --bs-shadow: 0 6px 24px rgba(0,0,0,.18);
  all: initial; display: block; box-sizing: border-box; max-width: 360px; max-height: min(var(--bs-max-height, 70vh), 520px); overflow: auto;
  background: var(--bs-bg); color: var(--bs-fg); border: 1px solid var(--bs-line); border-radius: 10px;
  box-shadow: var(--bs-shadow); padding: 12px 14px 0;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  text-align: start; letter-spacing: normal; word-spacing: normal; text-transform: none; white-space: normal; overflow-wrap: anywhere;
}
.bs-card[data-theme="dark"] {
  --bs-bg: #1f2329; --bs-fg: #e8eaed; --bs-muted: #a4acb6; --bs-line: #3a414a; --bs-link: #8ab4f8;
  --bs-accent: #b69cff; --bs-bar: #6b7683; --bs-bar-hi: #ff9b54; --bs-user: #5dd39e; --bs-warn: #f0c060; --bs-shadow: 0 6px 24px rgba(0,0,0,.55);
}
.bs-card * { box-sizing: border-box; font: inherit; color: inherit; margin: 0; padding: 0; }
.bs-card:focus { outline: 2px solid var(--bs-link); outline-offset: 2px; }
.bs-head { display: flex; align-items: baseline; gap: 8px; }
.bs-title { display: block; font-size: 15px; font-weight: 650; line-height: 1.3; flex: 1 1 auto; }
.bs-qualifier { font-weight: 400; color: var(--bs-muted); }
.bs-kind { display: inline-block; font-size: 11px; color: var(--bs-muted); text-transform: uppercase; letter-spacing: .04em; white-space: nowrap; }
.bs-desc { display: block; margin-top: 4px; color: var(--bs-fg); }
.bs-meta { display: block; font-size: 11px; color: var(--bs-muted); }
.bs-facts { display: grid; grid-template-columns: fit-content(120px) 1fr; gap: 4px 10px; margin-top: 10px; }
.bs-facts dt { display: block; color: var(--bs-muted); font-size: 12px; }
.bs-facts dd { display: block; }
.bs-value { display: inline; }
.bs-asof, .bs-src { display: inline; font-size: 11px; color: var(--bs-muted); }
.bs-conflict { display: block; font-size: 11px; color: var(--bs-warn); }
.bs-user { display: inline-block; font-size: 10px; color: var(--bs-user); border: 1px solid currentColor; border-radius: 4px; padding: 0 4px; margin-inline-start: 4px; }
.bs-card a { color: var(--bs-link); text-decoration: underline; text-underline-offset: 2px; cursor: pointer; }
.bs-card a:focus-visible, .bs-card button:focus-visible { outline: 2px solid var(--bs-link); outline-offset: 1px; border-radius: 3px; }
.bs-section { display: block; margin-top: 10px; }
.bs-section-title { display: block; font-size: 11px; font-weight: 650; color: var(--bs-muted); text-transform: uppercase; letter-spacing: .04em; margin-bottom: 3px; }
.bs-list { display: block; list-style: none; }
.bs-list li { display: block; margin-top: 3px; }
.bs-amount { display: block; font-size: 18px; font-weight: 650; line-height: 1.25; }
/* Sticky: the data date and "Not this" stay in reach however long the card scrolls. */
.bs-foot { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-top: 10px; padding: 6px 0 8px; border-top: 1px solid var(--bs-line); font-size: 11px; color: var(--bs-muted); position: sticky; bottom: 0; background: var(--bs-bg); }
.bs-card > :last-child:not(.bs-foot) { margin-bottom: 10px; }
.bs-btn { display: inline-block; cursor: pointer; background: transparent; color: var(--bs-link); border: 1px solid var(--bs-line); border-radius: 6px; padding: 2px 8px; font-size: 11px; line-height: 1.5; }
.bs-btn:hover { border-color: var(--bs-link); }
.bs-close { display: inline-block; cursor: pointer; background: transparent; color: var(--bs-muted); border: 0; font-size: 16px; line-height: 1; padding: 0 2px; }
.bs-chart { display: block; margin-top: 6px; width: 100%; height: auto; }
.bs-chart text { font: 10px system-ui, sans-serif; fill: var(--bs-fg); }
.bs-chart .bs-bar { fill: var(--bs-bar); }
.bs-chart .bs-bar-hi { fill: var(--bs-bar-hi); }
.bs-chart .bs-axis { stroke: var(--bs-line); }
.bs-state { display: block; color: var(--bs-muted); }
/* Windows high contrast: system colours replace ours; keep the card's edge and the bars visible. */
@media (forced-colors: active) {
  .bs-card { border: 1px solid CanvasText; }
  .bs-chart .bs-bar { fill: GrayText; }
  .bs-chart .bs-bar-hi { fill: Highlight; }
  .bs-chart text { fill: CanvasText; }
}
/* Linked names (issue #8): buttons that read as links, so keyboard and screen readers get a control. */
.bs-card .bs-entity-link { display: inline; cursor: pointer; background: transparent; border: 0; padding: 0; color: var(--bs-link); text-decoration: underline; text-underline-offset: 2px; text-align: start; }
.bs-owner { display: block; }
.bs-owner-label { color: var(--bs-muted); font-size: 12px; }
.bs-owner-name { font-weight: 600; }
.bs-owner-facts { margin-inline-start: 10px; font-size: 12px; }
.bs-owner-facts li { margin-top: 1px; }
.bs-more { margin-top: 2px; }
.bs-back-link { margin-top: 4px; }
.bs-sources > summary { display: list-item; cursor: pointer; }
.bs-sources li { font-size: 11px; }
.bs-sources .bs-meta { display: inline; margin-inline-start: 4px; }
`;
