/**
 * Valibot schemas for the params of every message. Content scripts run next to hostile pages,
 * so the background never trusts what arrives: each request is checked before its handler runs.
 */
import * as v from 'valibot';
import type { MessageName } from './protocol';

const Empty = v.optional(v.looseObject({}), {});
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const Currency = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code'));
const Correction = v.object({
  entityId: Id,
  surface: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  site: v.pipe(v.string(), v.minLength(1), v.maxLength(253)),
});

export const PARAM_SCHEMAS: { [N in MessageName]: v.GenericSchema } = {
  getMatchIndex: Empty,
  lookupEntity: v.object({ id: Id }),
  lookupFigure: v.object({
    amount: v.pipe(v.number(), v.finite()),
    currency: v.nullable(Currency),
    kind: v.picklist(['total', 'per_share', 'range_low', 'range_high']),
    entityIds: v.pipe(v.array(Id), v.maxLength(100)),
    displayCurrency: Currency,
  }),
  search: v.object({
    query: v.pipe(v.string(), v.maxLength(300)),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
  }),
  getStatus: Empty,
  // The pack itself is validated (with record/field paths) by lib/facts/packs.ts.
  importPack: v.object({ pack: v.unknown() }),
  exportPack: v.object({ id: Id }),
  removePack: v.object({ id: Id }),
  rebuildCache: Empty,
  listCorrections: Empty,
  addCorrection: Correction,
  removeCorrection: Correction,
};

/**
 * Messages a content script may send. Pack management and cache rebuilds come only from our
 * own extension pages (popup, options).
 */
export const UNPRIVILEGED_MESSAGES: ReadonlySet<MessageName> = new Set<MessageName>([
  'getMatchIndex',
  'lookupEntity',
  'lookupFigure',
  'search',
  'getStatus',
  'listCorrections',
  'addCorrection',
  'removeCorrection',
]);
