/** "Backstory on this site": a switch bound to settings.disabledSites (and the site mode). */
import { format, type Lang } from '../../lib/i18n/core';
import { POPUP_MESSAGES } from '../../lib/i18n/popup';

export interface SiteSwitchProps {
  lang: Lang;
  host: string;
  on: boolean;
  onChange: (on: boolean) => void;
}

export function SiteSwitch({ lang, host, on, onChange }: SiteSwitchProps) {
  return (
    <label class="bs-switch">
      <input type="checkbox" role="switch" checked={on} aria-checked={on} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      <span class="bs-switch-track" aria-hidden="true" />
      <span>{format(POPUP_MESSAGES, lang, 'site_switch_host', { host })}</span>
    </label>
  );
}
