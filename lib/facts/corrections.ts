/** "Not this entity here" corrections: the user's own data, kept across bundle updates. */
import type { Correction } from '../match/types';
import type { CorrectionRow, FactsDb } from './db';
import { aliasKey } from './keys';

function correctionKey(c: Correction): string {
  return [c.entityId, aliasKey(c.surface), c.site.toLowerCase()].join('\u0000');
}

function toCorrection(row: CorrectionRow): Correction {
  return { entityId: row.entityId, surface: row.surface, site: row.site };
}

export async function listCorrections(db: FactsDb): Promise<Correction[]> {
  const rows = await db.getAll('corrections');
  return rows.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.key.localeCompare(b.key)).map(toCorrection);
}

/** Adds a correction (the same entity + surface + site twice is kept once); returns all. */
export async function addCorrection(db: FactsDb, correction: Correction, now: Date = new Date()): Promise<Correction[]> {
  const row: CorrectionRow = {
    key: correctionKey(correction),
    entityId: correction.entityId,
    surface: correction.surface,
    site: correction.site.toLowerCase(),
    addedAt: now.toISOString(),
  };
  const tx = db.transaction('corrections', 'readwrite');
  if (!(await tx.store.get(row.key))) await tx.store.put(row);
  await tx.done;
  return listCorrections(db);
}

export async function removeCorrection(db: FactsDb, correction: Correction): Promise<Correction[]> {
  await db.delete('corrections', correctionKey(correction));
  return listCorrections(db);
}
