/**
 * Everything the options page asks of the browser, as one interface: the real one is in
 * entrypoints/options/browser-api.ts; tests pass a fake.
 */
import type { Credit, FactPack } from '../../lib/facts/schema';
import type { Correction } from '../../lib/match/types';
import type { DbStatus, PackSummary } from '../../lib/messaging/protocol';
import type { Settings } from '../../lib/settings/defaults';

export interface OptionsApi {
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  resetSettings(): Promise<Settings>;
  watchSettings(cb: (settings: Settings) => void): () => void;
  getStatus(): Promise<DbStatus>;
  importPack(pack: unknown): Promise<PackSummary>;
  exportPack(id: string): Promise<FactPack>;
  removePack(id: string): Promise<{ removed: boolean }>;
  rebuildCache(): Promise<DbStatus>;
  /** Seed progress while a rebuild runs; returns an unsubscribe. */
  onSeedProgress(cb: (done: number, total: number) => void): () => void;
  listCorrections(): Promise<Correction[]>;
  removeCorrection(correction: Correction): Promise<Correction[]>;
  /** Entity names for ids (corrections show names, not ids). */
  entityName(id: string): Promise<string>;
  /** Attribution lines of the bundled data. */
  loadCredits(): Promise<Credit[]>;
  /** Save a JSON file to the user's downloads. */
  download(filename: string, data: unknown): void;
  languages: readonly string[];
  prefersDark(): boolean;
  /** Follow system scheme changes while the page is open; returns an unsubscribe. */
  watchScheme?(cb: (dark: boolean) => void): () => void;
}
