import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { assertValidPatch, MAX_SITES, validateSettings } from '../../../lib/settings/validate';

describe('validateSettings', () => {
  it('keeps a fully valid object as is', () => {
    const stored = { ...DEFAULT_SETTINGS, theme: 'dark', dwellMs: 800, sites: ['*.example.com'], siteMode: 'only-listed' };
    expect(validateSettings(stored)).toEqual({ settings: stored, replaced: [] });
  });

  it('replaces each bad field by its default and keeps the good ones', () => {
    const { settings, replaced } = validateSettings({
      enabled: 'yes',
      dwellMs: -5,
      trigger: 'telepathy',
      displayCurrency: 'euro',
      uiLanguage: 'klingon',
      markerStyle: 'solid',
      firstMentionOnly: true,
      sites: Array.from({ length: MAX_SITES + 1 }, (_, i) => `s${i}.example.com`),
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, markerStyle: 'solid', firstMentionOnly: true });
    expect(replaced.sort()).toEqual(['displayCurrency', 'dwellMs', 'enabled', 'sites', 'trigger', 'uiLanguage']);
  });

  it('rejects wrong types, fractional and huge dwell times', () => {
    for (const dwellMs of ['250', 12.5, 1e9, NaN, null]) {
      expect(validateSettings({ dwellMs }).settings.dwellMs).toBe(DEFAULT_SETTINGS.dwellMs);
    }
  });

  it('keeps the good kinds when one kind is bad', () => {
    const { settings, replaced } = validateSettings({ kinds: { company: false, person: 'no', figure: false } });
    expect(settings.kinds).toEqual({ company: false, person: true, figure: false });
    expect(replaced).toEqual(['kinds']);
  });

  it('cleans a site list entry by entry: URLs, duplicates and non-strings go, good sites stay', () => {
    const { settings, replaced } = validateSettings({ disabledSites: ['a.com', 'https://a.com/x', 'a.com', 42, '*.b.org', 'Upper.com'] });
    expect(settings.disabledSites).toEqual(['a.com', '*.b.org']);
    expect(replaced).toEqual(['disabledSites']);
    expect(validateSettings({ sites: ['a.com', '*.b.org'] })).toMatchObject({ settings: { sites: ['a.com', '*.b.org'] }, replaced: [] });
    expect(validateSettings({ sites: 'a.com' }).settings.sites).toEqual([]);
  });

  it('turns garbage into the defaults', () => {
    for (const raw of [null, undefined, 42, 'settings', [1, 2]]) expect(validateSettings(raw).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('does not share arrays with the defaults', () => {
    const { settings } = validateSettings({});
    settings.sites.push('x.com');
    expect(DEFAULT_SETTINGS.sites).toEqual([]);
  });
});

describe('assertValidPatch', () => {
  it('names the field of a bad value', () => {
    expect(() => assertValidPatch({ theme: 'neon' as never })).toThrow(/"theme"/);
    expect(() => assertValidPatch({ nonsense: 1 } as never)).toThrow(/Unknown setting "nonsense"/);
    expect(() => assertValidPatch({ dwellMs: 300, theme: 'dark' })).not.toThrow();
  });
});
