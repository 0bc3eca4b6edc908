/**
 * The one handler table: every ProtocolMap message, each making sure the database is open and
 * seeded first (the service worker may have just been restarted). Params arrive validated
 * (lib/messaging/server.ts).
 */
import { addCorrection, listCorrections, removeCorrection } from '../../lib/facts/corrections';
import { exportPack, importPack, listPacks, removePack } from '../../lib/facts/packs';
import type { HandlerTable } from '../../lib/messaging/server';
import { lookupEntityCached } from './entity-cache';
import { lookupFigure } from './figure';
import { getMatchIndex } from './match-index';
import { search } from './search';
import { broadcast, currentStatus, dataChanged, ready, reseed, status } from './store';

async function packsChanged(): Promise<void> {
  const db = await ready();
  dataChanged();
  broadcast({ backstory: 1, event: 'packsChanged', packs: await listPacks(db) });
}

export const handlers: HandlerTable = {
  getMatchIndex: async () => getMatchIndex(await ready()),
  lookupEntity: async ({ id }) => lookupEntityCached(await ready(), id),
  lookupFigure: async (query) => lookupFigure(await ready(), query),
  search: async ({ query, limit }) => search(await ready(), query, limit),
  getStatus: () => currentStatus(),
  importPack: async ({ pack }) => {
    const summary = await importPack(await ready(), pack);
    await packsChanged();
    return summary;
  },
  exportPack: async ({ id }) => exportPack(await ready(), id),
  removePack: async ({ id }) => {
    const removed = await removePack(await ready(), id);
    if (removed) await packsChanged();
    return { removed };
  },
  rebuildCache: async () => status(await reseed()),
  listCorrections: async () => listCorrections(await ready()),
  addCorrection: async (correction) => addCorrection(await ready(), correction),
  removeCorrection: async (correction) => removeCorrection(await ready(), correction),
};
