/** Keyboard shortcuts (manifest `commands`) relayed to the active tab's content script. */
import { browser } from 'wxt/browser';
import { sendTabMessage } from '../../lib/messaging/client';

const DIRECTIONS: Record<string, 'next' | 'previous'> = { 'next-mention': 'next', 'previous-mention': 'previous' };

export async function relayCommand(command: string): Promise<boolean> {
  const direction = DIRECTIONS[command];
  if (!direction) return false;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return false;
  // Pages where Backstory does not run (settings, browser pages) simply have no listener.
  return sendTabMessage(tab.id, 'navigateMention', { direction }).catch(() => false);
}

export function listenForCommands(): void {
  browser.commands?.onCommand.addListener((command: string) => {
    void relayCommand(command);
  });
}
