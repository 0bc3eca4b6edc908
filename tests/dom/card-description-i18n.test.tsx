// @vitest-environment happy-dom
/**
 * The one-line description (and a deal's summary) in the reader's UI language: the Italian line
 * on an Italian card, English where the data has no translation (marked lang="en"), and the
 * same in the popup's search results.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { EntityCard } from '../../components/cards/entity-card';
import { FigureCard } from '../../components/cards/figure-card';
import { SearchPanel } from '../../components/popup/search-panel';
import type { EntityDetails, SearchHit } from '../../lib/messaging/protocol';
import { BID_FIGURE, bidFigureDetails, openAiDetails } from './card-fixtures';
import { mount } from './mount';

const EN = 'American AI lab and product company behind the GPT models and ChatGPT.';
const IT = 'Laboratorio e azienda di prodotti di IA statunitense, creatore dei modelli GPT e di ChatGPT.';
const DE = 'US-amerikanisches KI-Labor und Produktunternehmen hinter den GPT-Modellen und ChatGPT.';

function translatedOpenAi(): EntityDetails {
  const details = openAiDetails();
  details.entity.facts = details.entity.facts.map((f) => (f.key === 'description' && f.value.t === 'text' ? { ...f, value: { ...f.value, i18n: { it: IT, de: DE } } } : f));
  return details;
}

const description = (el: HTMLElement) => el.querySelector<HTMLElement>('[data-fact="description"]')!;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('description in the UI language', () => {
  it('shows the Italian line on an Italian card, with the English sources and as-of', () => {
    const el = mount(<EntityCard details={translatedOpenAi()} lang="it" theme="light" />);
    const p = description(el);
    expect(p.textContent).toContain(IT);
    expect(p.textContent).not.toContain(EN);
    expect(p.getAttribute('lang')).toBeNull(); // the card's own lang="it" applies
    expect(el.querySelector('article')?.getAttribute('lang')).toBe('it');
    const english = description(mount(<EntityCard details={translatedOpenAi()} lang="en" theme="light" />));
    // Same as-of date and the same source link as the English line.
    expect(p.querySelector('a')?.getAttribute('href')).toBe(english.querySelector('a')?.getAttribute('href'));
    expect(p.querySelector('.bs-asof')?.textContent).toMatch(/2025/);
  });

  it('shows English on an English card, and in a language the data does not translate (marked lang="en")', () => {
    expect(description(mount(<EntityCard details={translatedOpenAi()} lang="en" theme="light" />)).textContent).toContain(EN);
    expect(description(mount(<EntityCard details={translatedOpenAi()} lang="de" theme="light" />)).textContent).toContain(DE);
    const fr = description(mount(<EntityCard details={translatedOpenAi()} lang="fr" theme="light" />));
    expect(fr.textContent).toContain(EN);
    expect(fr.getAttribute('lang')).toBe('en');
    const untranslated = description(mount(<EntityCard details={openAiDetails()} lang="it" theme="light" />));
    expect(untranslated.textContent).toContain(EN);
    expect(untranslated.getAttribute('lang')).toBe('en');
  });

  it('does not claim a language for a fact pack entity without translations', () => {
    const details = openAiDetails();
    details.entity.pack = 'my-pack';
    const p = description(mount(<EntityCard details={details} lang="it" theme="light" />));
    expect(p.textContent).toContain(EN);
    expect(p.getAttribute('lang')).toBeNull();
  });

  it("shows a matched deal's summary in Italian on an Italian figure card", () => {
    const details = bidFigureDetails();
    details.deal = { ...details.deal!, summary: 'A Musk-led group offered $97.4 billion.', summaryI18n: { it: 'Una cordata guidata da Musk ha offerto 97,4 miliardi di dollari.' } };
    const it = mount(<FigureCard figure={BID_FIGURE} details={details} lang="it" theme="light" />);
    expect(it.querySelector('[data-part="deal"]')!.textContent).toContain('Una cordata guidata da Musk ha offerto 97,4 miliardi di dollari.');
    const fr = mount(<FigureCard figure={BID_FIGURE} details={details} lang="fr" theme="light" />);
    expect(fr.querySelector('[data-part="deal"]')!.textContent).toContain('A Musk-led group offered $97.4 billion.');
  });

  it('shows the Italian one-liner in the popup search results', () => {
    const hits: SearchHit[] = [
      { id: 'c:openai', kind: 'company', name: 'OpenAI', description: 'US AI company.', descriptions: { it: 'Azienda di IA statunitense.' }, score: 1 },
      { id: 'c:other', kind: 'company', name: 'Other', description: 'Only in English.', score: 0.5 },
    ];
    const state = { query: 'open', hits, answered: 'open', error: null };
    const it = mount(<SearchPanel lang="it" state={state} onQuery={() => undefined} onOpen={() => undefined} />);
    const lines = [...it.querySelectorAll('.bs-result-desc')].map((d) => d.textContent);
    expect(lines).toEqual(['Azienda di IA statunitense.', 'Only in English.']);
    const en = mount(<SearchPanel lang="en" state={state} onQuery={() => undefined} onOpen={() => undefined} />);
    expect([...en.querySelectorAll('.bs-result-desc')].map((d) => d.textContent)).toEqual(['US AI company.', 'Only in English.']);
  });
});
