// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CARD_HOST_TAG, createCardHost, isOwnNode } from '../../entrypoints/content/card/index';
import type { CardServices } from '../../entrypoints/content/card/services';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { openAiDetails } from './card-fixtures';

const services: CardServices = {
  lookupEntity: async () => openAiDetails(),
  lookupFigure: async () => ({ comparables: [], sources: {} }),
  addCorrection: async (c) => [c],
  getSettings: async () => ({ ...DEFAULT_SETTINGS, uiLanguage: 'en' }),
  watchSettings: () => () => {},
};

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('createCardHost', () => {
  it('adds one closed shadow host outside <body>, styled by an adopted stylesheet', async () => {
    document.body.innerHTML = '<article><p>OpenAI rejected the bid.</p></article>';
    const before = document.body.innerHTML;
    const shadows: ShadowRoot[] = [];
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      shadows.push(root);
      return root;
    });
    const ctx = new ContentScriptContext('card-test');
    const host = await createCardHost(ctx, { services });

    const hosts = document.querySelectorAll(CARD_HOST_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.parentElement).toBe(document.documentElement);
    expect(isOwnNode(hosts[0]!)).toBe(true);
    expect(hosts[0]!.shadowRoot).toBeNull(); // closed: the page cannot reach in
    expect(document.body.innerHTML).toBe(before);
    const shadow = shadows[0]!;
    expect(shadow.adoptedStyleSheets.length).toBeGreaterThan(0);

    const p = document.querySelector('p')!;
    const range = document.createRange();
    range.setStart(p.firstChild!, 0);
    range.setEnd(p.firstChild!, 6);
    host.open({ key: 'm1', kind: 'company', range, surface: 'OpenAI', entityId: 'company:openai', name: 'OpenAI', sentenceEntityIds: [] }, { focus: false });
    await new Promise((r) => setTimeout(r, 0));
    expect(shadow.querySelector('[role="dialog"] h2')?.textContent).toBe('OpenAI');
    expect(document.body.innerHTML).toBe(before);

    host.destroy();
    expect(document.querySelectorAll(CARD_HOST_TAG)).toHaveLength(0);
    ctx.abort();
  });
});
