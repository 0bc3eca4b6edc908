/**
 * Everything the popup asks of the browser, as one interface: the real one talks to the
 * background and the tab (entrypoints/popup/browser-api.ts); tests pass a fake.
 */
import type { DbStatus, EntityDetails, PageFindings, SearchHit } from '../../lib/messaging/protocol';
import type { Settings } from '../../lib/settings/defaults';

export interface ActiveTab {
  id: number;
  /** Host of the tab's URL, when the browser tells us (http(s) pages only). */
  host: string | null;
}

export interface PopupApi {
  search(query: string, limit: number): Promise<SearchHit[]>;
  lookupEntity(id: string): Promise<EntityDetails | null>;
  getStatus(): Promise<DbStatus>;
  getActiveTab(): Promise<ActiveTab | null>;
  getFindings(tabId: number): Promise<PageFindings>;
  focusMention(tabId: number, key: string): Promise<boolean>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  watchSettings(cb: (settings: Settings) => void): () => void;
  openOptions(): void;
  /** Close the popup window (after jumping to a mention). */
  close(): void;
  /** The browser's languages, for the 'auto' interface language. */
  languages: readonly string[];
  /** Whether the system prefers a dark scheme right now. */
  prefersDark(): boolean;
  /** Follow system scheme changes while the page is open; returns an unsubscribe. */
  watchScheme?(cb: (dark: boolean) => void): () => void;
}
