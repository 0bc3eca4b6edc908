/**
 * Pointer → mention for the card host. pointermove is sampled once per animation frame; the
 * host hears only changes (a new mention, or none), and owns dwell and abandon timing.
 */
import type { ContentScriptContext } from '#imports';
import { browserCaretAt, mentionAtPoint } from '../../lib/dom/hit-test';
import type { StoredMention } from '../../lib/dom/mention-store';
import { UI_HOST_PREFIX } from '../../lib/dom/skip-rules';
import type { PageSession } from './session';

function overOwnUi(event: Event): boolean {
  const target = event.target as Element | null;
  return typeof target?.tagName === 'string' && target.tagName.toUpperCase().startsWith(UI_HOST_PREFIX);
}

export function init(ctx: ContentScriptContext, session: PageSession): void {
  const caretAt = browserCaretAt(document);
  let pending: PointerEvent | null = null;
  let current: StoredMention | null = null;

  const hit = (x: number, y: number): StoredMention | null =>
    session.active && session.marker ? mentionAtPoint(session.store, session.marker, caretAt, x, y) : null;

  const frame = (): void => {
    const event = pending;
    pending = null;
    if (!event) return;
    const m = hit(event.clientX, event.clientY);
    if (m === current) return;
    current = m;
    session.cardHost.pointerOn(m, event);
  };

  ctx.addEventListener(
    document,
    'pointermove',
    (event: PointerEvent) => {
      if (event.pointerType === 'touch' || overOwnUi(event)) return;
      if (pending === null) ctx.requestAnimationFrame(frame);
      pending = event;
    },
    { capture: true, passive: true },
  );

  // Leaving the window: the pointer rests on nothing.
  ctx.addEventListener(document, 'pointerout', (event: PointerEvent) => {
    if (event.relatedTarget !== null) return;
    pending = null;
    if (current === null) return;
    current = null;
    session.cardHost.pointerOn(null, event);
  });

  ctx.addEventListener(
    document,
    'click',
    (event: MouseEvent) => {
      if (overOwnUi(event)) return;
      const m = hit(event.clientX, event.clientY);
      if (m) session.cardHost.clicked(m, event);
    },
    { capture: true },
  );

  // Mentions removed by a rescan must not stay "current".
  session.onChange(() => {
    if (current && !session.store.get(current.key)) current = null;
  });
}
