/**
 * Validation on read: stored settings are never trusted (another version, a bad sync, a hand
 * edit). Each field is checked on its own and falls back to its default alone, so one bad value
 * never resets the rest (the Dark Reader habit, STYLE.md §2C).
 */
import {
  DEFAULT_SETTINGS,
  type MarkKind,
  type MarkerStyle,
  type Modifier,
  type Settings,
  type SiteMode,
  type Theme,
  type Trigger,
  type UiLanguage,
} from './defaults';
import { checkHostPattern } from './host-pattern';

export const SITE_MODES: readonly SiteMode[] = ['everywhere', 'only-listed', 'except-listed'];
export const TRIGGERS: readonly Trigger[] = ['hover', 'hover-modifier', 'click'];
export const MODIFIERS: readonly Modifier[] = ['Alt', 'Shift', 'Control', 'Meta'];
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
export const MARKER_STYLES: readonly MarkerStyle[] = ['dotted', 'solid', 'tint'];
export const UI_LANGUAGE_SETTINGS: readonly UiLanguage[] = ['auto', 'it', 'en', 'fr', 'de', 'es'];
export const MARK_KINDS: readonly MarkKind[] = ['company', 'person', 'figure'];

/** Dwell bounds: 0 opens at once; beyond 3 s a hover card is no longer a hover card. */
export const MIN_DWELL_MS = 0;
export const MAX_DWELL_MS = 3000;
/** A site list longer than this is tampering, not a preference; it is dropped as a whole
 * (shorter lists are cleaned entry by entry). */
export const MAX_SITES = 1000;

type Check<T> = (value: unknown) => value is T;

const isBoolean: Check<boolean> = (v): v is boolean => typeof v === 'boolean';
const oneOf =
  <T extends string>(values: readonly T[]): Check<T> =>
  (v): v is T =>
    typeof v === 'string' && (values as readonly string[]).includes(v);
const isDwell: Check<number> = (v): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= MIN_DWELL_MS && v <= MAX_DWELL_MS;
const isCurrency: Check<string> = (v): v is string => typeof v === 'string' && /^[A-Z]{3}$/.test(v);

function isCleanPattern(s: string): boolean {
  const check = checkHostPattern(s);
  return check.ok && check.pattern === s;
}

/** A list of valid, normalised, unique host patterns (every entry must already be clean). */
const isSiteList: Check<string[]> = (v): v is string[] =>
  Array.isArray(v) &&
  v.length <= MAX_SITES &&
  v.every((s) => typeof s === 'string' && isCleanPattern(s)) &&
  new Set(v).size === v.length;

function validKinds(value: unknown): Record<MarkKind, boolean> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const kinds = { ...DEFAULT_SETTINGS.kinds };
  // Per kind: a missing or bad entry keeps its default, the others are kept.
  for (const kind of MARK_KINDS) if (isBoolean(record[kind])) kinds[kind] = record[kind];
  return kinds;
}

/** One validated field per key: the stored value when it checks, else the default. */
const FIELD_CHECKS: { [K in keyof Settings]: Check<Settings[K]> } = {
  enabled: isBoolean,
  kinds: (v): v is Settings['kinds'] => validKinds(v) !== null,
  siteMode: oneOf(SITE_MODES),
  sites: isSiteList,
  disabledSites: isSiteList,
  trigger: oneOf(TRIGGERS),
  modifier: oneOf(MODIFIERS),
  dwellMs: isDwell,
  displayCurrency: isCurrency,
  uiLanguage: oneOf(UI_LANGUAGE_SETTINGS),
  theme: oneOf(THEMES),
  markerStyle: oneOf(MARKER_STYLES),
  firstMentionOnly: isBoolean,
};

export interface Validated {
  settings: Settings;
  /** Field names that fell back to their default (for logs and tests). */
  replaced: Array<keyof Settings>;
}

/** Validate anything read from storage into complete Settings, per field. */
export function validateSettings(raw: unknown): Validated {
  const record = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const settings = structuredClone(DEFAULT_SETTINGS);
  const replaced: Array<keyof Settings> = [];
  for (const key of Object.keys(FIELD_CHECKS) as Array<keyof Settings>) {
    const value = record[key];
    if (value === undefined) continue;
    if ((key === 'sites' || key === 'disabledSites') && Array.isArray(value) && value.length <= MAX_SITES) {
      // Per entry: keep the good sites, drop only the bad ones (losing a whole list to one typo
      // would lose the user's work).
      const kept = [...new Set(value.filter((s): s is string => typeof s === 'string' && isCleanPattern(s)))];
      settings[key] = kept;
      if (kept.length !== value.length) replaced.push(key);
      continue;
    }
    if (key === 'kinds') {
      const kinds = validKinds(value);
      if (kinds) settings.kinds = kinds;
      if (!kinds || MARK_KINDS.some((k) => !isBoolean((value as Record<string, unknown>)[k]))) replaced.push(key);
      continue;
    }
    if ((FIELD_CHECKS[key] as Check<unknown>)(value)) {
      (settings as unknown as Record<string, unknown>)[key] = Array.isArray(value) ? [...value] : value;
    } else replaced.push(key);
  }
  return { settings, replaced };
}

/** Validate a patch before it is written; throws with the field name on a bad value. */
export function assertValidPatch(patch: Partial<Settings>): void {
  for (const [key, value] of Object.entries(patch)) {
    const check = FIELD_CHECKS[key as keyof Settings] as Check<unknown> | undefined;
    if (!check) throw new Error(`Unknown setting "${key}".`);
    if (!check(value)) throw new Error(`Invalid value for setting "${key}": ${JSON.stringify(value)?.slice(0, 80)}.`);
  }
}
