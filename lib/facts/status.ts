/** The database's status for the options page, the popup and the e2e timing. */
import type { DbStatus } from '../messaging/protocol';
import type { FactsDb } from './db';
import { listPacks } from './packs';

export async function readStatus(db: FactsDb, seeding: boolean): Promise<DbStatus> {
  const [meta, packs] = await Promise.all([db.get('meta', 'bundle'), listPacks(db)]);
  const status: DbStatus = {
    version: meta?.version ?? '',
    dataDate: meta?.dataDate ?? '',
    counts: meta?.counts ?? { companies: 0, people: 0, organisations: 0, deals: 0, facts: 0, sources: 0 },
    packs,
    seeding,
  };
  if (meta?.builtAt) status.builtAt = meta.builtAt;
  if (meta) {
    status.lastSeedMs = meta.lastSeedMs;
    status.seededAt = meta.seededAt;
    if (meta.seedPhases) status.lastSeedPhases = meta.seedPhases;
  }
  return status;
}
