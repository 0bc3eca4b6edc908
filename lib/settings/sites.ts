/**
 * Whether Backstory runs on a host: the popup's per-site switch (disabledSites) always wins,
 * then the options' site mode with its host patterns.
 */
import type { Settings } from './defaults';
import { hostMatches, normaliseHost } from './host-pattern';

export function isEnabledForHost(settings: Pick<Settings, 'enabled' | 'siteMode' | 'sites' | 'disabledSites'>, host: string): boolean {
  if (!settings.enabled) return false;
  const h = normaliseHost(host);
  if (h === '') return false;
  if (settings.disabledSites.some((pattern) => hostMatches(pattern, h))) return false;
  const listed = settings.sites.some((pattern) => hostMatches(pattern, h));
  switch (settings.siteMode) {
    case 'everywhere':
      return true;
    case 'only-listed':
      return listed;
    case 'except-listed':
      return !listed;
  }
}

/**
 * The popup switch "Backstory on this site". Off: add the host to disabledSites. On: remove every
 * disabledSites pattern matching the host, and fix the site list when the site mode still keeps
 * it off (add it under only-listed, remove it under except-listed). Returns the patch to save.
 */
export function setSiteEnabled(
  settings: Pick<Settings, 'enabled' | 'siteMode' | 'sites' | 'disabledSites'>,
  host: string,
  on: boolean,
): Partial<Settings> {
  const h = normaliseHost(host);
  if (!on) {
    const bare = h.replace(/^www\./, '');
    return settings.disabledSites.includes(bare) ? {} : { disabledSites: [...settings.disabledSites, bare] };
  }
  const patch: Partial<Settings> = { disabledSites: settings.disabledSites.filter((pattern) => !hostMatches(pattern, h)) };
  const listed = settings.sites.some((pattern) => hostMatches(pattern, h));
  if (settings.siteMode === 'only-listed' && !listed) patch.sites = [...settings.sites, h.replace(/^www\./, '')];
  if (settings.siteMode === 'except-listed' && listed) patch.sites = settings.sites.filter((pattern) => !hostMatches(pattern, h));
  if (!settings.enabled) patch.enabled = true;
  return patch;
}
