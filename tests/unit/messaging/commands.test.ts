import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { relayCommand } from '../../../entrypoints/background/commands';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  // The fake browser has no focused window: stand in for "the active tab of this window".
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false }] as never);
});

describe('keyboard command relay', () => {
  it('sends navigateMention to the active tab with the direction of the shortcut', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ ok: true, result: true } as never);
    expect(await relayCommand('previous-mention')).toBe(true);
    expect(send).toHaveBeenCalledWith(7, { backstory: 1, tab: 'navigateMention', params: { direction: 'previous' } });
    expect(browser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('ignores other commands and pages without Backstory', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await relayCommand('_execute_action')).toBe(false);
    expect(send).not.toHaveBeenCalled();
    expect(await relayCommand('next-mention')).toBe(false);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
