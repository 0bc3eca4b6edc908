/**
 * The card host (CARDS: entrypoints/content/card/index.ts, `createCardHost(ctx)`).
 * TODO(on-page): replace the no-op host with CARDS' once card/index.ts lands.
 */
import type { ContentScriptContext } from '#imports';
import type { CardHost } from '../../lib/card/types';

export async function cardHostFor(_ctx: ContentScriptContext): Promise<CardHost> {
  let open = false;
  return {
    pointerOn: () => {},
    clicked: () => {},
    open: () => { open = true; },
    close: () => { open = false; },
    isOpen: () => open,
    destroy: () => { open = false; },
  };
}
