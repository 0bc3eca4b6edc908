/** How cards open: trigger, modifier key, dwell time. */
import { useState } from 'preact/hooks';
import { MAX_DWELL_MS, MIN_DWELL_MS, MODIFIERS, TRIGGERS } from '../../lib/settings/validate';
import type { SectionProps } from './general-section';

const TRIGGER_LABEL = { hover: 'trigger_hover', 'hover-modifier': 'trigger_modifier', click: 'trigger_click' } as const;
/** Modifier names as keyboards print them. */
const MODIFIER_LABEL = { Alt: 'Alt / ⌥', Shift: 'Shift ⇧', Control: 'Ctrl', Meta: '⌘ / Win' } as const;

export function TriggerSection({ t, settings, save }: SectionProps) {
  const [dwell, setDwell] = useState(String(settings.dwellMs));
  const value = Number(dwell);
  const dwellValid = dwell.trim() !== '' && Number.isInteger(value) && value >= MIN_DWELL_MS && value <= MAX_DWELL_MS;
  return (
    <section aria-labelledby="sec-trigger">
      <h2 id="sec-trigger">{t('section_trigger')}</h2>
      <fieldset>
        <legend>{t('trigger_legend')}</legend>
        {TRIGGERS.map((trigger) => (
          <label class="row" key={trigger}>
            <input type="radio" name="trigger" value={trigger} checked={settings.trigger === trigger} onChange={() => save({ trigger })} />
            {t(TRIGGER_LABEL[trigger])}
          </label>
        ))}
      </fieldset>
      {settings.trigger === 'hover-modifier' ? (
        <label class="row">
          {t('modifier_label')}
          <select name="modifier" value={settings.modifier} onChange={(e) => save({ modifier: e.currentTarget.value as (typeof MODIFIERS)[number] })}>
            {MODIFIERS.map((m) => (
              <option key={m} value={m}>
                {MODIFIER_LABEL[m]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {settings.trigger !== 'click' ? (
        <div>
          <label class="block" for="dwellMs">
            {t('dwell_label')}
          </label>
          <input
            id="dwellMs"
            name="dwellMs"
            type="number"
            min={MIN_DWELL_MS}
            max={MAX_DWELL_MS}
            step={50}
            value={dwell}
            aria-invalid={!dwellValid}
            aria-describedby="dwell-hint"
            onInput={(e) => {
              const next = e.currentTarget.value;
              setDwell(next);
              const n = Number(next);
              if (next.trim() !== '' && Number.isInteger(n) && n >= MIN_DWELL_MS && n <= MAX_DWELL_MS) save({ dwellMs: n });
            }}
          />
          <p id="dwell-hint" class={dwellValid ? 'muted' : 'error'}>
            {t('dwell_hint', { min: MIN_DWELL_MS, max: MAX_DWELL_MS })}
          </p>
        </div>
      ) : null}
    </section>
  );
}
