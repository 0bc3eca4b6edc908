/**
 * Backstory on a page: find companies, people and figures, mark them with the CSS Custom
 * Highlight API, show cards on hover. Thin wiring; each feature is its own file with `init`.
 */
import './marks.css';
import { defineContentScript } from '#imports';
import type { Correction } from '../../lib/match/types';
import { getSettings } from '../../lib/settings/storage';
import { createCardHost } from './card/index';
import { createDetector, loadCorrections, loadIndex } from './engine';
import * as hover from './hover';
import * as keyboard from './keyboard';
import * as findings from './page-findings';
import * as scan from './scan';
import { PageSession } from './session';
import * as settingsFeature from './settings';
import * as tabMessages from './tab-messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Marks CSS goes in the manifest: it applies under a strict CSP and adds no DOM node.
  cssInjectionMode: 'manifest',
  async main(ctx) {
    let corrections: Correction[] = [];
    const detector = async () => {
      const [index, loaded] = await Promise.all([loadIndex(), loadCorrections()]);
      corrections = loaded;
      return createDetector(index, location.hostname, () => corrections);
    };
    let session: PageSession | null = null;
    const [settings, cardHost] = await Promise.all([
      getSettings(),
      createCardHost(ctx, {
        // "Not this" was stored by the background: scan again honouring every correction.
        onCorrection: (_correction, all) => {
          corrections = all;
          session?.rescanAll();
        },
      }),
    ]);
    ctx.onInvalidated(() => cardHost.destroy());
    session = new PageSession(ctx, cardHost, detector, settings);
    // An updated or reloaded extension invalidates this script: take our marks with us.
    const current = session;
    ctx.onInvalidated(() => current.stop());

    tabMessages.init(ctx);
    findings.init(ctx, session);
    keyboard.init(ctx, session);
    hover.init(ctx, session);
    scan.init(ctx, session);
    settingsFeature.init(ctx, session);

    if (settingsFeature.activeHere(settings)) await session.start();
  },
});
