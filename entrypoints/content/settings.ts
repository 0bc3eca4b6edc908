/**
 * Settings applied live: on/off and site rules start or stop the session; kinds, first mention
 * only and marker style re-mark what was found without a rescan.
 */
import type { ContentScriptContext } from '#imports';
import { watchSettings } from '../../lib/settings/storage';
import { isEnabledForHost } from '../../lib/settings/sites';
import type { Settings } from '../../lib/settings/defaults';
import type { PageSession } from './session';

export function activeHere(settings: Settings): boolean {
  return isEnabledForHost(settings, location.hostname);
}

export function init(ctx: ContentScriptContext, session: PageSession): void {
  const unwatch = watchSettings((settings) => {
    const on = activeHere(settings);
    if (!on) return session.stop();
    if (!session.active) {
      session.settings = settings;
      void session.start();
      return;
    }
    session.updateSettings(settings);
  });
  ctx.onInvalidated(unwatch);
}
