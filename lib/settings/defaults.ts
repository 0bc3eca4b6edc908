/**
 * User settings: one object, defaults here, validated per field on every read
 * (lib/settings/validate.ts) and migrated between versions (lib/settings/migrations.ts).
 */
export type MarkKind = 'company' | 'person' | 'figure';
export type SiteMode = 'everywhere' | 'only-listed' | 'except-listed';
export type Trigger = 'hover' | 'hover-modifier' | 'click';
export type Modifier = 'Alt' | 'Shift' | 'Control' | 'Meta';
export type Theme = 'auto' | 'light' | 'dark';
export type MarkerStyle = 'dotted' | 'solid' | 'tint';
/** 'auto' follows the browser's language. */
export type UiLanguage = 'auto' | 'it' | 'en' | 'fr' | 'de' | 'es';

export interface Settings {
  enabled: boolean;
  kinds: Record<MarkKind, boolean>;
  siteMode: SiteMode;
  /** Host patterns such as "example.com" or "*.example.com". */
  sites: string[];
  /** Hosts switched off from the popup ("Backstory on this site"). */
  disabledSites: string[];
  trigger: Trigger;
  modifier: Modifier;
  /** Hover intent: how long the pointer must rest on a mention before its card opens. */
  dwellMs: number;
  displayCurrency: string;
  uiLanguage: UiLanguage;
  theme: Theme;
  markerStyle: MarkerStyle;
  firstMentionOnly: boolean;
}

/** Settings schema version; bump together with a migration in migrations.ts. */
export const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  kinds: { company: true, person: true, figure: true },
  siteMode: 'everywhere',
  sites: [],
  disabledSites: [],
  trigger: 'hover',
  modifier: 'Alt',
  // Wikipedia Page Previews wait ~500 ms; 10ten reacts at once. 250 ms avoids fly-over cards
  // while still feeling immediate (issue 5).
  dwellMs: 250,
  displayCurrency: 'EUR',
  uiLanguage: 'auto',
  theme: 'auto',
  markerStyle: 'dotted',
  firstMentionOnly: false,
};
