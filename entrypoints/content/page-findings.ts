/** The popup's "On this page": grouped marked mentions with counts. */
import type { ContentScriptContext } from '#imports';
import { pageFindings } from '../../lib/dom/page-findings';
import type { PageSession } from './session';
import { handleTab } from './tab-messages';

export function init(_ctx: ContentScriptContext, session: PageSession): void {
  handleTab('getPageFindings', () => {
    const marker = session.marker;
    return pageFindings(location.href, session.lang ?? '', session.store.all(), (m) => marker?.isMarked(m) ?? false);
  });
}
