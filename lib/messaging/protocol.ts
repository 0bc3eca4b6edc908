/**
 * The one message protocol of Backstory. Every message name maps to its params and result;
 * the background registers exactly one handler per name (entrypoints/background/handlers.ts),
 * clients call `sendMessage(name, params)` from lib/messaging/client.ts. Replies travel as
 * `{ ok: true, result }` or `{ ok: false, error: { name, message } }` envelopes.
 */
import type { Deal, Entity, Fact, FactPack, Money, Source } from '../facts/schema';
import type { UnitRef } from '../facts/relations';
import type { Correction } from '../match/types';
import type { FigureKind } from '../money/types';

export interface DbStatus {
  version: string;
  dataDate: string;
  builtAt?: string;
  counts: { companies: number; people: number; organisations: number; deals: number; facts: number; sources: number };
  packs: PackSummary[];
  /** True while the bundle is being seeded into IndexedDB. */
  seeding: boolean;
  /** Duration of the last seed (ms, from first write to the version stamp, excluding the fetch). */
  lastSeedMs?: number;
  /** Split of lastSeedMs: building rows, writing them, committing the transaction (ms). */
  lastSeedPhases?: { prepareMs: number; writeMs: number; commitMs: number };
  /** When the stored bundle was seeded (ISO 8601). */
  seededAt?: string;
  /** Background timings of this service-worker life (ms since the worker started). */
  worker?: { startedAt: number; readyMs?: number; fetchMs?: number; seededThisStart: boolean };
}

export interface PackSummary {
  id: string;
  name: string;
  entities: number;
  deals: number;
  importedAt: string;
}

/** Everything a card needs for one entity, with sources resolved. */
export interface EntityDetails {
  entity: Entity;
  sources: Record<string, Source>;
  deals: Deal[];
  /** Entities linked from this one (CEO, parent, brands), by id, for names and links. */
  related: Record<string, { id: string; kind: Entity['kind']; name: string }>;
  dataDate: string;
  /** Entities whose owner/parent/manager fact points at this one, main ones first (issue #8);
   *  absent on person cards. Their sources are in `sources`. */
  units?: UnitRef[];
  /** The entities this one's owner/parent/manager facts point at, each with a few key facts
   *  (sources in `sources`, linked names in `related`), for a compact owner line. */
  owners?: OwnerSummary[];
}

export type { UnitRef };

export interface OwnerSummary {
  id: string;
  kind: Entity['kind'];
  name: string;
  facts: Fact[];
}

export interface FigureQuery {
  amount: number;
  currency: string | null;
  kind: FigureKind;
  /** Entities named in the same sentence, to match a known deal. */
  entityIds: string[];
  /** Display currency from the settings. */
  displayCurrency: string;
}

export interface FigureDetails {
  /** The figure converted to the display currency at a dated ECB reference rate. */
  conversion?: { value: Money; rate: number; rateDate: string; sourceId: string };
  /** The known deal the figure most likely refers to. */
  deal?: Deal;
  /** Comparable amounts for a scale picture (in the figure's currency, converted when needed). */
  /** `label` is English; `about` lets a card say it in the reader's language. */
  comparables: Array<{ label: string; value: Money; kind: 'deal' | 'valuation' | 'landmark'; asOf?: string; about?: ComparableAbout }>;
  sources: Record<string, Source>;
}

/** What a comparable is: a deal (its kind and parties), or a company's valuation or market cap. */
export type ComparableAbout = { deal: Pick<Deal, 'kind' | 'acquirers' | 'target'> } | { entity: string; size: 'valuation' | 'marketCap' };

export interface SearchHit {
  id: string;
  kind: Entity['kind'];
  name: string;
  /** The alias or ticker that matched, when it is not the name. */
  matched?: string;
  /** One line about it: English (or a user pack's own text). */
  description?: string;
  /** The same line translated, by UI language (shown instead of `description` when present). */
  descriptions?: Partial<Record<'it' | 'fr' | 'de' | 'es', string>>;
  score: number;
}

export interface ProtocolMap {
  // content → background
  getMatchIndex: { params: Record<string, never>; result: { version: string; index: unknown } };
  lookupEntity: { params: { id: string }; result: EntityDetails | null };
  lookupFigure: { params: FigureQuery; result: FigureDetails };
  // popup / options → background
  search: { params: { query: string; limit?: number }; result: SearchHit[] };
  getStatus: { params: Record<string, never>; result: DbStatus };
  importPack: { params: { pack: unknown }; result: PackSummary };
  exportPack: { params: { id: string }; result: FactPack };
  removePack: { params: { id: string }; result: { removed: boolean } };
  rebuildCache: { params: Record<string, never>; result: DbStatus };
  listCorrections: { params: Record<string, never>; result: Correction[] };
  addCorrection: { params: Correction; result: Correction[] };
  removeCorrection: { params: Correction; result: Correction[] };
}

export type MessageName = keyof ProtocolMap;
export type Params<N extends MessageName> = ProtocolMap[N]['params'];
export type Result<N extends MessageName> = ProtocolMap[N]['result'];

export interface Request<N extends MessageName = MessageName> {
  /** Namespaces our messages so other extensions' or the page's traffic is ignored. */
  backstory: 1;
  name: N;
  params: Params<N>;
}

export type Reply<N extends MessageName = MessageName> =
  | { ok: true; result: Result<N> }
  | { ok: false; error: { name: string; message: string } };

/**
 * Events the background broadcasts with runtime.sendMessage (no reply expected; nobody may be
 * listening). Extension pages listen with `onBackgroundEvent` from lib/messaging/client.ts.
 */
export type BackgroundEvent =
  | { backstory: 1; event: 'seedProgress'; progress: { done: number; total: number; version: string } }
  | { backstory: 1; event: 'seedDone'; status: DbStatus }
  | { backstory: 1; event: 'packsChanged'; packs: PackSummary[] };

/** What the content script found on its page, for the popup's "On this page". */
export interface PageFindings {
  url: string;
  lang: string;
  items: Array<{
    key: string;
    kind: Entity['kind'] | 'figure';
    /** Entity id, or for figures a key of amount + currency. */
    id: string;
    label: string;
    count: number;
    /** Key of the first mention, to jump to. */
    firstKey: string;
  }>;
}

/** Messages sent to a tab's content script (popup → content, background → content). */
export interface TabProtocolMap {
  getPageFindings: { params: Record<string, never>; result: PageFindings };
  /** Scroll to a mention and open its card (from the popup list). */
  focusMention: { params: { key: string }; result: boolean };
  /** Keyboard command relayed by the background (manifest `commands`). */
  navigateMention: { params: { direction: 'next' | 'previous' }; result: boolean };
}

export type TabMessageName = keyof TabProtocolMap;

export interface TabRequest<N extends TabMessageName = TabMessageName> {
  backstory: 1;
  tab: N;
  params: TabProtocolMap[N]['params'];
}
