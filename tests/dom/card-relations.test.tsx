// @vitest-environment happy-dom
/** Issue #8 on the rendered card: owner line, brands and units, linked names. */
import { describe, expect, it, vi } from 'vitest';
import { EntityCard } from '../../components/cards/entity-card';
import { altmanDetails, openAiDetails } from './card-fixtures';
import { jeepDetails, stellantisDetails } from './relation-fixtures';
import { mount } from './mount';

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const links = (el: HTMLElement) => [...el.querySelectorAll<HTMLButtonElement>('button.bs-entity-link')];

describe('a brand card names its owner (issue #8)', () => {
  it('shows "Owned by Stellantis" with as-of and source, then 3 of the owner’s key facts, each cited', () => {
    const el = mount(<EntityCard details={jeepDetails()} lang="en" theme="light" onOpenEntity={() => {}} />);
    const line = el.querySelector('.bs-owner[data-fact="owner"]')!;
    expect(text(line)).toMatch(/^Owned by Stellantis \(company\) as of Oct 2025 · cantechletter\.com/);
    expect(line.querySelector<HTMLAnchorElement>('a')?.href).toBe('https://www.cantechletter.com/2023/06/who-owns-jeep/');
    const facts = [...line.querySelectorAll('[data-owner-fact]')].map(text);
    expect(facts).toEqual([
      'Headquarters Amsterdam, Netherlands as of Jan 19, 2021 · motorwayamerica.com',
      'CEO Antonio Filosa as of May 28, 2025 · fox17online.com',
      'Listed NYSE: STLA as of Apr 5, 2026 · usatoday.com',
    ]);
    // The owner's facts are not the brand's: no [data-fact="hq"] on Jeep's own card.
    expect(el.querySelector('[data-fact="hq"]')).toBeNull();
  });

  it('makes the owner and the owner’s CEO buttons that open their cards', () => {
    const onOpenEntity = vi.fn();
    const el = mount(<EntityCard details={jeepDetails()} lang="en" theme="light" onOpenEntity={onOpenEntity} />);
    const [owner, ceo] = links(el);
    expect(owner!.textContent).toBe('Stellantis');
    expect(owner!.title).toBe('Open the card for Stellantis');
    owner!.click();
    ceo!.click();
    expect(onOpenEntity.mock.calls).toEqual([['c:stellantis'], ['p:antonio-filosa']]);
  });

  it('shows names as plain text when nothing can open a card', () => {
    const el = mount(<EntityCard details={jeepDetails()} lang="en" theme="light" />);
    expect(links(el)).toEqual([]);
    expect(text(el.querySelector('.bs-owner'))).toContain('Owned by Stellantis');
  });

  it('speaks Italian', () => {
    const el = mount(<EntityCard details={jeepDetails()} lang="it" theme="light" onOpenEntity={() => {}} />);
    expect(text(el.querySelector('.bs-owner'))).toMatch(/^Di proprietà di Stellantis \(società\) al ott 2025/);
    expect(links(el)[0]!.title).toBe('Apri la scheda di Stellantis');
  });
});

describe('an owner card lists its brands and units (issue #8)', () => {
  it('lists 8 linked brands, each with as-of and one source, and counts the rest', () => {
    const onOpenEntity = vi.fn();
    const el = mount(<EntityCard details={stellantisDetails()} lang="en" theme="light" onOpenEntity={onOpenEntity} />);
    const section = el.querySelector('[data-units="units"]')!;
    expect(text(section.querySelector('.bs-section-title'))).toBe('Brands and units');
    const items = [...section.querySelectorAll('[data-unit]')];
    expect(items).toHaveLength(8);
    expect(text(items[1]!)).toBe('Jeep as of Oct 2025 · cantechletter.com');
    expect(text(section.querySelector('.bs-more'))).toBe('+2 more');
    items[1]!.querySelector<HTMLButtonElement>('button')!.click();
    expect(onOpenEntity).toHaveBeenCalledWith('b:jeep');
    // Their sources join the card's source list.
    expect(el.querySelector('details.bs-sources [data-source="s:cantechletter-jeep"]')).not.toBeNull();
  });

  it('counts the rest in every language', () => {
    const more = (lang: 'it' | 'fr' | 'de' | 'es') => text(mount(<EntityCard details={stellantisDetails()} lang={lang} theme="light" />).querySelector('.bs-more'));
    expect([more('it'), more('fr'), more('de'), more('es')]).toEqual(['e altri 2', 'et 2 autres', 'und 2 weitere', 'y 2 más']);
  });

  it('links a company’s CEO, and leaves a person’s card without ownership sections', () => {
    const onOpenEntity = vi.fn();
    const el = mount(<EntityCard details={openAiDetails()} lang="en" theme="light" onOpenEntity={onOpenEntity} />);
    el.querySelector<HTMLButtonElement>('[data-fact="ceo"] button.bs-entity-link')!.click();
    expect(onOpenEntity).toHaveBeenCalledWith('person:sam-altman');
    const person = altmanDetails();
    person.units = stellantisDetails().units;
    const card = mount(<EntityCard details={person} lang="en" theme="light" onOpenEntity={onOpenEntity} />);
    expect(card.querySelector('[data-units]')).toBeNull();
    expect(card.querySelector('.bs-owners')).toBeNull();
  });

  it('shows a unit name with markup as text', () => {
    const details = stellantisDetails();
    details.units![0]!.name = '<img src=x onerror=alert(1)>';
    const el = mount(<EntityCard details={details} lang="en" theme="light" onOpenEntity={() => {}} />);
    expect(el.querySelector('img')).toBeNull();
    expect(links(el)[1]!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('offers "Back to …" when opened from another card', () => {
    const onBack = vi.fn();
    const el = mount(<EntityCard details={jeepDetails()} lang="en" theme="light" back={{ label: 'Stellantis', onBack }} />);
    const back = el.querySelector<HTMLButtonElement>('[data-action="back"]')!;
    expect(text(back)).toBe('← Back to Stellantis');
    back.click();
    expect(onBack).toHaveBeenCalledTimes(1);
  });
});
