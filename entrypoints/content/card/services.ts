/**
 * What the card host needs from the rest of the extension, behind one interface so tests can
 * pass fakes. Lookups are cached per page: hovering the same mention twice asks once, and a
 * failed lookup is forgotten so the next hover retries (e.g. after the service worker restarted).
 */
import { sendMessage } from '../../../lib/messaging/client';
import { getSettings, watchSettings } from '../../../lib/settings/storage';
import type { EntityDetails, FigureDetails, FigureQuery } from '../../../lib/messaging/protocol';
import type { Correction } from '../../../lib/match/types';
import type { Settings } from '../../../lib/settings/defaults';

export interface CardServices {
  lookupEntity(id: string): Promise<EntityDetails | null>;
  lookupFigure(query: FigureQuery): Promise<FigureDetails>;
  addCorrection(correction: Correction): Promise<Correction[]>;
  getSettings(): Promise<Settings>;
  watchSettings(cb: (settings: Settings) => void): () => void;
}

export function defaultServices(): CardServices {
  return {
    lookupEntity: (id) => sendMessage('lookupEntity', { id }),
    lookupFigure: (query) => sendMessage('lookupFigure', query),
    addCorrection: (c) => sendMessage('addCorrection', c),
    getSettings,
    watchSettings: (cb) => watchSettings((s) => cb(s)),
  };
}

export function figureKey(q: FigureQuery): string {
  return [q.amount, q.currency ?? '', q.kind, q.displayCurrency, [...q.entityIds].sort().join(',')].join('|');
}

export interface LookupCache {
  entity(id: string): Promise<EntityDetails | null>;
  figure(query: FigureQuery): Promise<FigureDetails>;
  /** Synchronous peek, so a cached card renders in the same frame the dwell ends. */
  peekEntity(id: string): EntityDetails | null | undefined;
  peekFigure(query: FigureQuery): FigureDetails | undefined;
  clear(): void;
}

export function createLookupCache(services: Pick<CardServices, 'lookupEntity' | 'lookupFigure'>): LookupCache {
  const entities = new Map<string, Promise<EntityDetails | null>>();
  const entityValues = new Map<string, EntityDetails | null>();
  const figures = new Map<string, Promise<FigureDetails>>();
  const figureValues = new Map<string, FigureDetails>();

  function remember<V>(map: Map<string, Promise<V>>, values: Map<string, V>, key: string, load: () => Promise<V>): Promise<V> {
    const hit = map.get(key);
    if (hit) return hit;
    const promise = load().then(
      (value) => {
        values.set(key, value);
        return value;
      },
      (error: unknown) => {
        map.delete(key);
        throw error;
      },
    );
    map.set(key, promise);
    return promise;
  }

  return {
    entity: (id) => remember(entities, entityValues, id, () => services.lookupEntity(id)),
    figure: (q) => remember(figures, figureValues, figureKey(q), () => services.lookupFigure(q)),
    peekEntity: (id) => entityValues.get(id),
    peekFigure: (q) => figureValues.get(figureKey(q)),
    clear() {
      entities.clear();
      entityValues.clear();
      figures.clear();
      figureValues.clear();
    },
  };
}
