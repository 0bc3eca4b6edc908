/**
 * Keyboard path: the manifest commands (relayed by the background as `navigateMention`) and the
 * popup's `focusMention` move to a mention, scroll it into view and open its card as a dialog.
 */
import type { ContentScriptContext } from '#imports';
import type { StoredMention } from '../../lib/dom/mention-store';
import { nextMention } from '../../lib/dom/navigate';
import type { PageSession } from './session';
import { handleTab } from './tab-messages';

function reducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

function reveal(session: PageSession, m: StoredMention): void {
  const el = m.range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
  session.lastKey = m.key;
  session.cardHost.open(m, { focus: true });
}

export function init(_ctx: ContentScriptContext, session: PageSession): void {
  handleTab('navigateMention', ({ direction }) => {
    if (!session.active || !session.marker) return false;
    const marker = session.marker;
    const marked = session.store.all().filter((m) => marker.isMarked(m));
    const target = nextMention(marked, direction, session.lastKey, (m) => m.range.getBoundingClientRect().top >= 0);
    if (!target) return false;
    reveal(session, target);
    return true;
  });

  handleTab('focusMention', ({ key }) => {
    const m = session.store.get(key);
    if (!session.active || !m) return false;
    reveal(session, m);
    return true;
  });
}
