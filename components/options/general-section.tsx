/** On/off, which kinds to mark, first mention only. */
import type { Settings } from '../../lib/settings/defaults';
import { MARK_KINDS } from '../../lib/settings/validate';
import type { T } from './t';

export interface SectionProps {
  t: T;
  settings: Settings;
  save: (patch: Partial<Settings>) => void;
}

export function GeneralSection({ t, settings, save }: SectionProps) {
  return (
    <section aria-labelledby="sec-general">
      <h2 id="sec-general">{t('section_general')}</h2>
      <label class="row">
        <input type="checkbox" name="enabled" checked={settings.enabled} onChange={(e) => save({ enabled: e.currentTarget.checked })} />
        {t('enabled')}
      </label>
      <fieldset>
        <legend>{t('kinds_legend')}</legend>
        {MARK_KINDS.map((kind) => (
          <label class="row" key={kind}>
            <input
              type="checkbox"
              name={`kind-${kind}`}
              checked={settings.kinds[kind]}
              onChange={(e) => save({ kinds: { ...settings.kinds, [kind]: e.currentTarget.checked } })}
            />
            {t(`kind_${kind}`)}
          </label>
        ))}
      </fieldset>
      <label class="row">
        <input
          type="checkbox"
          name="firstMentionOnly"
          checked={settings.firstMentionOnly}
          onChange={(e) => save({ firstMentionOnly: e.currentTarget.checked })}
        />
        {t('first_mention_only')}
      </label>
    </section>
  );
}
