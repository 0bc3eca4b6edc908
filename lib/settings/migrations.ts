/**
 * Versioned settings migrations, run by WXT storage when the stored version (`settings$`.v,
 * 1 when absent) is older than SETTINGS_VERSION. Each step takes the shape of version N-1 and
 * returns the shape of version N; validation on read (validate.ts) still runs afterwards, so a
 * step only renames and converts, it never has to guarantee validity.
 *
 * Every step has a stored example of its input shape in tests/unit/settings/examples/vNNN.ts.
 *
 *   v1 (pre-release draft of the options page, issue 2): flat flags, seconds, blocked hosts
 *   v2: kinds record, dwellMs, siteMode + sites, disabledSites, uiLanguage, marker style
 */

/** The pre-release v1 shape (kept for its migration and its test). */
export interface SettingsV1 {
  enabled?: boolean;
  markCompanies?: boolean;
  markPeople?: boolean;
  markFigures?: boolean;
  /** Hosts switched off, as full hosts or URLs. */
  blockedHosts?: string[];
  /** Hover delay in seconds. */
  hoverDelay?: number;
  currency?: string;
  language?: string;
  /** 'system' became 'auto'. */
  theme?: 'system' | 'light' | 'dark';
  underline?: 'dotted' | 'solid' | 'none';
}

type Migration = (old: unknown) => unknown;

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Strip a pasted URL down to its host; leave anything else for validation to judge. */
function hostOf(entry: unknown): unknown {
  if (typeof entry !== 'string') return entry;
  try {
    return /^[a-z]+:\/\//i.test(entry.trim()) ? new URL(entry.trim()).hostname : entry.trim().toLowerCase();
  } catch {
    return entry;
  }
}

/** v1 → v2. Keys already in the v2 shape win (a v2 value stored without its version mark). */
function toV2(old: unknown): unknown {
  const v1 = asRecord(old) as Record<string, unknown> & SettingsV1;
  const next: Record<string, unknown> = {};
  if (v1.enabled !== undefined) next.enabled = v1.enabled;
  if (v1.markCompanies !== undefined || v1.markPeople !== undefined || v1.markFigures !== undefined) {
    next.kinds = { company: v1.markCompanies ?? true, person: v1.markPeople ?? true, figure: v1.markFigures ?? true };
  }
  if (Array.isArray(v1.blockedHosts)) {
    next.disabledSites = [...new Set(v1.blockedHosts.map(hostOf))];
  }
  if (typeof v1.hoverDelay === 'number') next.dwellMs = Math.round(v1.hoverDelay * 1000);
  if (v1.currency !== undefined) next.displayCurrency = typeof v1.currency === 'string' ? v1.currency.toUpperCase() : v1.currency;
  if (v1.language !== undefined) next.uiLanguage = v1.language;
  if (v1.theme !== undefined) next.theme = v1.theme === 'system' ? 'auto' : v1.theme;
  if (v1.underline !== undefined) {
    // 'none' meant "no underline": the closest v2 marker is a tint without a line.
    next.markerStyle = v1.underline === 'none' ? 'tint' : v1.underline;
  }
  const V1_KEYS = new Set(['markCompanies', 'markPeople', 'markFigures', 'blockedHosts', 'hoverDelay', 'currency', 'language', 'underline']);
  for (const [key, value] of Object.entries(v1)) if (!V1_KEYS.has(key) && !(key in next)) next[key] = value;
  for (const key of ['kinds', 'dwellMs', 'disabledSites', 'displayCurrency', 'uiLanguage', 'markerStyle'] as const) {
    if (key in v1) next[key] = v1[key];
  }
  return next;
}

/** Target version → step from the version before it (WXT's `migrations` option). */
export const SETTINGS_MIGRATIONS: Record<number, Migration> = {
  2: toV2,
};

/** The newest version any migration produces; must equal SETTINGS_VERSION (tested). */
export const NEWEST_MIGRATION_VERSION = Math.max(1, ...Object.keys(SETTINGS_MIGRATIONS).map(Number));

/** Run the steps from `from` up to `to`, as WXT does (for tests and for imports of old exports). */
export function migrateSettings(value: unknown, from: number, to: number): unknown {
  let current = value;
  for (let version = from + 1; version <= to; version++) {
    const step = SETTINGS_MIGRATIONS[version];
    if (step) current = step(current);
  }
  return current;
}
