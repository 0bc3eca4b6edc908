/**
 * Validating a user's fact pack BEFORE anything is written. Errors name the exact record and
 * field, e.g. `entities[3] (id "c:acme").facts[0].sources: every fact needs a source`.
 * Pure (no IndexedDB): checks against the database (id clashes, unknown entities) take the
 * known ids as arguments.
 */
import * as v from 'valibot';
import { FactPack, type Deal, type Entity, type Fact } from './schema';

/** Largest pack accepted (bytes of JSON text); checked before parsing. */
export const MAX_PACK_BYTES = 10 * 1024 * 1024;
/** Deepest nesting accepted; real packs need about 8 levels. */
const MAX_DEPTH = 32;
/** Most values (objects, arrays, strings, numbers) in one pack: bounds the work for parsed input. */
export const MAX_PACK_VALUES = 2_000_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export class PackError extends Error {
  override name = 'PackError';
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Rejects a pack by its size alone (call with File.size before reading the file, too). */
export function checkPackSize(bytes: number): void {
  if (bytes > MAX_PACK_BYTES) {
    throw new PackError(`This fact pack is ${megabytes(bytes)}; the largest accepted is ${megabytes(MAX_PACK_BYTES)}. Split it into smaller packs.`);
  }
}

/** JSON text (or an already parsed value) → plain data, with size and JSON errors made readable. */
export function parsePackInput(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  // Length in UTF-16 units is a lower bound of the UTF-8 size: reject huge text without encoding it.
  checkPackSize(input.length);
  checkPackSize(new TextEncoder().encode(input).length);
  try {
    return JSON.parse(input);
  } catch (error) {
    throw new PackError(`This file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

type PathItem = string | number;

/** `entities[3] (id "c:acme").facts[0].sources` from a path into the raw pack. */
export function describePath(root: unknown, path: readonly PathItem[]): string {
  let out = '';
  let node: unknown = root;
  path.forEach((key, depth) => {
    out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
    node = node !== null && typeof node === 'object' ? (node as Record<PathItem, unknown>)[key] : undefined;
    const topRecord = depth === 1 && typeof key === 'number' && (path[0] === 'entities' || path[0] === 'deals' || path[0] === 'sources');
    const id = topRecord && node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    if (typeof id === 'string') out += ` (id ${JSON.stringify(id.slice(0, 80))})`;
  });
  return out || '(the pack)';
}

function fail(root: unknown, path: readonly PathItem[], message: string): never {
  throw new PackError(`${describePath(root, path)}: ${message}`);
}

/**
 * Keys like `__proto__` could poison objects built from the pack later: refuse them outright.
 * Also bounds depth and size for input that arrives already parsed (no byte size to check).
 */
function checkKeys(root: unknown, node: unknown, path: PathItem[], counter = { values: 0 }): void {
  if (path.length > MAX_DEPTH) fail(root, path, `nested deeper than ${MAX_DEPTH} levels`);
  if (++counter.values > MAX_PACK_VALUES) {
    throw new PackError(`This fact pack has more than ${MAX_PACK_VALUES.toLocaleString('en')} values; split it into smaller packs.`);
  }
  if (Array.isArray(node)) {
    node.forEach((item, i) => checkKeys(root, item, [...path, i], counter));
  } else if (node !== null && typeof node === 'object') {
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) fail(root, [...path, key], `the key "${key}" is not allowed`);
      checkKeys(root, (node as Record<string, unknown>)[key], [...path, key], counter);
    }
  }
}

function issuePath(issue: v.BaseIssue<unknown>): PathItem[] {
  return (issue.path ?? []).map((item) => item.key as PathItem);
}

function checkFactSources(root: unknown, facts: readonly Fact[] | undefined, base: PathItem[], known: ReadonlySet<string>): void {
  facts?.forEach((fact, f) => {
    fact.sources.forEach((id, s) => {
      if (!known.has(id)) fail(root, [...base, 'facts', f, 'sources', s], `unknown source "${id}" (add it to the pack's sources)`);
    });
    fact.conflicts?.forEach((conflict, c) =>
      conflict.sources.forEach((id, s) => {
        if (!known.has(id)) fail(root, [...base, 'facts', f, 'conflicts', c, 'sources', s], `unknown source "${id}" (add it to the pack's sources)`);
      }),
    );
  });
}

function checkUnique(root: unknown, records: readonly { id: string }[], field: string): void {
  const seen = new Map<string, number>();
  records.forEach((record, i) => {
    const first = seen.get(record.id);
    if (first !== undefined) fail(root, [field, i, 'id'], `duplicate id, already used by ${field}[${first}]`);
    seen.set(record.id, i);
  });
}

export interface KnownIds {
  /** Entity ids in the bundled database (a pack may not redefine them, but its deals may refer to them). */
  bundledEntities: ReadonlySet<string>;
  bundledDeals: ReadonlySet<string>;
  /** Entity and deal ids owned by OTHER packs. */
  otherPacks: ReadonlyMap<string, string>;
}

/** The pack, validated and with every record labelled with the pack id; throws PackError. */
export function validatePack(input: unknown, known?: KnownIds): FactPack {
  const raw = parsePackInput(input);
  checkKeys(raw, raw, []);
  const parsed = v.safeParse(FactPack, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0]!;
    fail(raw, issuePath(issue), issue.message);
  }
  const pack = parsed.output;
  checkUnique(raw, pack.sources, 'sources');
  checkUnique(raw, pack.entities, 'entities');
  checkUnique(raw, pack.deals, 'deals');
  const sourceIds = new Set(pack.sources.map((s) => s.id));
  const packEntityIds = new Set(pack.entities.map((e) => e.id));
  pack.entities.forEach((entity, i) => {
    checkFactSources(raw, entity.facts, ['entities', i], sourceIds);
    if (known?.bundledEntities.has(entity.id)) fail(raw, ['entities', i, 'id'], 'this id belongs to the bundled database; give your record its own id');
    const owner = known?.otherPacks.get(entity.id);
    if (owner !== undefined) fail(raw, ['entities', i, 'id'], `this id is already used by the fact pack "${owner}"`);
  });
  pack.deals.forEach((deal, i) => {
    deal.sources.forEach((id, s) => {
      if (!sourceIds.has(id)) fail(raw, ['deals', i, 'sources', s], `unknown source "${id}" (add it to the pack's sources)`);
    });
    checkFactSources(raw, deal.facts, ['deals', i], sourceIds);
    if (known?.bundledDeals.has(deal.id)) fail(raw, ['deals', i, 'id'], 'this id belongs to the bundled database; give your record its own id');
    const owner = known?.otherPacks.get(deal.id);
    if (owner !== undefined) fail(raw, ['deals', i, 'id'], `this id is already used by the fact pack "${owner}"`);
    const refs: Array<[PathItem[], string | undefined]> = [
      ...deal.acquirers.map((ref, a): [PathItem[], string | undefined] => [['deals', i, 'acquirers', a, 'id'], ref.id]),
      [['deals', i, 'target', 'id'], deal.target.id],
    ];
    for (const [path, id] of refs) {
      if (id !== undefined && known && !packEntityIds.has(id) && !known.bundledEntities.has(id)) {
        fail(raw, path, `unknown entity "${id}" (not in this pack nor in the database)`);
      }
    }
  });
  const label = <T extends Entity | Deal>(record: T): T => ({ ...record, pack: pack.id });
  return { ...pack, entities: pack.entities.map(label), deals: pack.deals.map(label) };
}
