/**
 * Where to run: site mode and the site list, validated line by line. The list saves only when
 * every line is a valid host pattern, so a half-typed URL never silently drops a site.
 */
import { useEffect, useState } from 'preact/hooks';
import { parseHostList } from '../../lib/settings/host-pattern';
import type { SiteMode } from '../../lib/settings/defaults';
import { SITE_MODES } from '../../lib/settings/validate';
import type { SectionProps } from './general-section';

const MODE_LABEL = { everywhere: 'site_mode_everywhere', 'only-listed': 'site_mode_only', 'except-listed': 'site_mode_except' } as const;

export function SitesSection({ t, settings, save }: SectionProps) {
  const [text, setText] = useState(settings.sites.join('\n'));
  const [errors, setErrors] = useState<string[]>([]);
  // Follow changes made elsewhere (popup switch) unless the user is mid-edit with errors.
  useEffect(() => {
    if (errors.length === 0 && parseHostList(text).patterns.join('\n') !== settings.sites.join('\n')) setText(settings.sites.join('\n'));
  }, [settings.sites]);

  function onInput(value: string): void {
    setText(value);
    const { patterns, errors: found } = parseHostList(value);
    setErrors(found);
    if (found.length === 0) save({ sites: patterns });
  }

  return (
    <section aria-labelledby="sec-sites">
      <h2 id="sec-sites">{t('section_sites')}</h2>
      <fieldset>
        <legend class="sr-only">{t('section_sites')}</legend>
        {SITE_MODES.map((mode: SiteMode) => (
          <label class="row" key={mode}>
            <input type="radio" name="siteMode" value={mode} checked={settings.siteMode === mode} onChange={() => save({ siteMode: mode })} />
            {t(MODE_LABEL[mode])}
          </label>
        ))}
      </fieldset>
      <label class="block" for="sites">
        {t('sites_label')}
      </label>
      <textarea
        id="sites"
        name="sites"
        rows={4}
        spellcheck={false}
        value={text}
        aria-invalid={errors.length > 0}
        aria-describedby={errors.length > 0 ? 'sites-errors' : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {errors.length > 0 ? (
        <div id="sites-errors" class="error" role="alert">
          <p>{t('sites_not_saved')}</p>
          <ul>
            {errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <h3>{t('disabled_sites_label')}</h3>
      {settings.disabledSites.length === 0 ? <p class="muted">{t('disabled_sites_empty')}</p> : null}
      <ul class="plain">
        {settings.disabledSites.map((site) => (
          <li key={site} class="row">
            <span>{site}</span>
            <button type="button" onClick={() => save({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}>
              {t('turn_back_on')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
