import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { listen } from '../../lib/messaging/server';
import { listenForCommands } from './commands';
import { handlers } from './handlers';
import { ready } from './store';

// Thin wiring. Listeners are attached synchronously so a restarted worker answers at once;
// the database is seeded on install/update and lazily by the first handler that needs it.
export default defineBackground(() => {
  listen(handlers);
  listenForCommands();
  browser.runtime.onInstalled.addListener(() => {
    ready().catch((error: unknown) => console.error('Backstory: seeding the fact database failed', error));
  });
  // A start after an update that was not seen (or a wiped database): check the version now.
  ready().catch((error: unknown) => console.error('Backstory: opening the fact database failed', error));
});
