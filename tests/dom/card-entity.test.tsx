// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { EntityCard } from '../../components/cards/entity-card';
import { altmanDetails, openAiDetails } from './card-fixtures';
import { mount } from './mount';

const fact = (el: HTMLElement, key: string) => el.querySelector<HTMLElement>(`[data-fact="${key}"]`)?.textContent ?? '';

describe('EntityCard (company)', () => {
  it('shows name, description and key facts, each with an as-of date and a source link', () => {
    const el = mount(<EntityCard details={openAiDetails()} lang="en" theme="light" />);
    expect(el.querySelector('h2')?.textContent).toBe('OpenAI');
    expect(fact(el, 'description')).toContain('behind the GPT models');
    expect(fact(el, 'hq')).toContain('San Francisco, California');
    expect(fact(el, 'ceo')).toContain('Sam Altman');
    expect(fact(el, 'ceo')).toContain('as of Feb 2025');
    expect(fact(el, 'valuation')).toContain('US$300 billion');
    expect(fact(el, 'valuation')).toContain('as of Mar 31, 2025');
    expect(fact(el, 'hq')).toContain('undated');
    const link = el.querySelector<HTMLAnchorElement>('[data-fact="valuation"] a')!;
    expect(link.href).toBe('https://www.hindustantimes.com/business/openai-finalises-40-billion');
    expect(link.textContent).toContain('hindustantimes.com');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    expect(link.title).toBe('OpenAI finalises $40 billion funding from SoftBank');
  });

  it('lists every source once at the bottom with title, domain and licence', () => {
    const el = mount(<EntityCard details={openAiDetails()} lang="en" theme="light" />);
    const list = el.querySelector('details.bs-sources')!;
    const items = [...list.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(list.querySelector('summary')?.textContent).toBe(`Sources (${items.length})`);
    expect(items).toContain('What is OpenAI? (TechTarget definition) (techtarget.com)');
    expect(items.some((i) => i.includes('Sam Altman - Wikipedia (en.wikipedia.org)') && i.includes('CC BY-SA 4.0'))).toBe(true);
    expect(new Set(items).size).toBe(items.length);
  });

  it('notes disagreeing sources instead of hiding them', () => {
    const el = mount(<EntityCard details={openAiDetails()} lang="en" theme="light" />);
    expect(fact(el, 'founded')).toContain('Dec 11, 2015');
    expect(fact(el, 'founded')).toContain('Sources differ: 2015 (en.wikipedia.org');
  });

  it('lists notable deals newest first with amount, status and date', () => {
    const el = mount(<EntityCard details={openAiDetails()} lang="en" theme="light" />);
    const deals = [...el.querySelectorAll('[data-deal]')].map((d) => d.textContent ?? '');
    expect(deals[0]).toContain('SoftBank-led funding round in OpenAI: US$40 billion — completed, Mar 31, 2025');
    expect(deals[1]).toContain("Musk-led consortium's bid for OpenAI: US$97.4 billion — rejected, Feb 10, 2025");
  });

  it('has a data-date footer and a "Not this" action only when a callback is given', () => {
    const onNotThis = vi.fn();
    const el = mount(<EntityCard details={openAiDetails()} lang="en" theme="dark" onNotThis={onNotThis} />);
    expect(el.querySelector('footer')?.textContent).toContain('Data as of Sep 30, 2025');
    expect(el.querySelector('.bs-card')?.getAttribute('data-theme')).toBe('dark');
    el.querySelector<HTMLButtonElement>('[data-action="not-this"]')!.click();
    expect(onNotThis).toHaveBeenCalledTimes(1);
    render(<EntityCard details={openAiDetails()} lang="en" theme="dark" />, el);
    expect(el.querySelector('[data-action="not-this"]')).toBeNull();
  });

  it('shows HTML in data strings as text and never links non-http URLs', () => {
    const el = mount(<EntityCard details={openAiDetails()} lang="en" theme="light" />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('b')).toBeNull();
    expect(fact(el, 'boardNote')).toContain('<img src=x onerror=alert(1)><b>bold</b>');
    expect(el.querySelector('a[href^="javascript"]')).toBeNull();
    expect(fact(el, 'boardNote')).toContain('A pack source with a script URL');
    expect(fact(el, 'boardNote')).toContain('your fact pack');
  });

  it('speaks Italian', () => {
    const el = mount(<EntityCard details={openAiDetails()} lang="it" theme="light" onNotThis={() => {}} />);
    expect(el.querySelector('.bs-kind')?.textContent).toBe('Società');
    expect(el.querySelector('dt')?.textContent).toBe('Fondata');
    expect(fact(el, 'valuation')).toContain('300 miliardi USD');
    expect(fact(el, 'valuation')).toContain('al 31 mar 2025');
    expect(fact(el, 'ceo')).toContain('al feb 2025');
    expect(fact(el, 'founded')).toContain('Le fonti divergono');
    expect(el.textContent).toContain('Operazioni rilevanti');
    expect(el.textContent).toContain('respinta, 10 feb 2025');
    expect(el.querySelector('footer')?.textContent).toContain('Dati aggiornati al 30 set 2025');
    expect(el.querySelector('[data-action="not-this"]')?.textContent).toBe('Non è OpenAI');
  });

  it('labels a record from a user fact pack as the user’s own', () => {
    const details = openAiDetails();
    details.entity.pack = 'my-pack';
    const el = mount(<EntityCard details={details} lang="en" theme="light" />);
    expect(el.textContent).toContain('From your own fact pack');
  });
});

describe('EntityCard (person)', () => {
  it('shows current and past roles with companies and dates, and their deals', () => {
    const el = mount(<EntityCard details={altmanDetails()} lang="en" theme="light" />);
    expect(el.querySelector('.bs-kind')?.textContent).toBe('Person');
    expect(el.textContent).toContain('Current roles');
    expect(el.textContent).toContain('CEO, OpenAI (since 2019)');
    expect(el.textContent).toContain('Past roles');
    expect(el.textContent).toContain('President, Y Combinator (2014–2019)');
    expect(fact(el, 'born')).toContain('Apr 22, 1985');
    expect(el.textContent).toContain("Musk-led consortium's bid for OpenAI");
  });

  it('in Italian', () => {
    const el = mount(<EntityCard details={altmanDetails()} lang="it" theme="light" />);
    expect(el.textContent).toContain('Ruoli attuali');
    expect(el.textContent).toContain('CEO, OpenAI (dal 2019)');
  });
});
