/** Display currency, interface language, theme, marker style with a live preview. */
import type { Lang } from '../../lib/i18n/core';
import type { MarkerStyle, Theme, UiLanguage } from '../../lib/settings/defaults';
import { MARKER_STYLES, THEMES, UI_LANGUAGE_SETTINGS } from '../../lib/settings/validate';
import { currencyOptions } from './currencies';
import type { SectionProps } from './general-section';
import { MarkerPreview } from './marker-preview';

/** Each language named in itself, so people find their own. */
const LANGUAGE_NAMES: Record<Exclude<UiLanguage, 'auto'>, string> = { it: 'Italiano', en: 'English', fr: 'Français', de: 'Deutsch', es: 'Español' };
const THEME_LABEL = { auto: 'theme_auto', light: 'theme_light', dark: 'theme_dark' } as const;
const MARKER_LABEL = { dotted: 'marker_dotted', solid: 'marker_solid', tint: 'marker_tint' } as const;

export function DisplaySection({ t, settings, save, lang, theme }: SectionProps & { lang: Lang; theme: 'light' | 'dark' }) {
  const currencies = currencyOptions(lang, settings.displayCurrency);
  return (
    <section aria-labelledby="sec-display">
      <h2 id="sec-display">{t('section_display')}</h2>
      <label class="block" for="displayCurrency">
        {t('currency_label')}
      </label>
      <select id="displayCurrency" name="displayCurrency" value={settings.displayCurrency} onChange={(e) => save({ displayCurrency: e.currentTarget.value })}>
        <optgroup label="★">
          {currencies.common.map((c) => (
            <option key={c.code} value={c.code}>
              {c.label}
            </option>
          ))}
        </optgroup>
        <optgroup label="ISO 4217">
          {currencies.all.map((c) => (
            <option key={c.code} value={c.code}>
              {c.label}
            </option>
          ))}
        </optgroup>
      </select>
      <label class="block" for="uiLanguage">
        {t('language_label')}
      </label>
      <select id="uiLanguage" name="uiLanguage" value={settings.uiLanguage} onChange={(e) => save({ uiLanguage: e.currentTarget.value as UiLanguage })}>
        {UI_LANGUAGE_SETTINGS.map((l) => (
          <option key={l} value={l}>
            {l === 'auto' ? t('language_auto') : LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>{t('theme_legend')}</legend>
        {THEMES.map((value: Theme) => (
          <label class="row" key={value}>
            <input type="radio" name="theme" value={value} checked={settings.theme === value} onChange={() => save({ theme: value })} />
            {t(THEME_LABEL[value])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('marker_legend')}</legend>
        {MARKER_STYLES.map((value: MarkerStyle) => (
          <label class="row" key={value}>
            <input type="radio" name="markerStyle" value={value} checked={settings.markerStyle === value} onChange={() => save({ markerStyle: value })} />
            {t(MARKER_LABEL[value])}
          </label>
        ))}
      </fieldset>
      <MarkerPreview t={t} settings={settings} theme={theme} />
    </section>
  );
}
