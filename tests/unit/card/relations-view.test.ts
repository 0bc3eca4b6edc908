import { describe, expect, it } from 'vitest';
import { buildEntityView } from '../../../lib/card/entity-view';
import { MAX_UNITS } from '../../../lib/card/relations-view';
import { UI_LANGUAGES as LANGS } from '../../../lib/i18n/core';
import { altmanDetails, openAiDetails } from '../../dom/card-fixtures';
import { jeepDetails, stellantisDetails } from '../../dom/relation-fixtures';

describe('owner line on a brand card (issue #8)', () => {
  it('names the owner with the cited, dated fact and links it, with 3 of the owner’s key facts', () => {
    const view = buildEntityView(jeepDetails(), 'en');
    expect(view.owners).toHaveLength(1);
    const [owner] = view.owners;
    expect(owner).toMatchObject({ key: 'owner', label: 'Owned by', name: 'Stellantis', link: { id: 'c:stellantis', name: 'Stellantis' }, kind: 'Company', asOf: 'as of Oct 2025' });
    expect(owner!.sources.map((s) => s.domain)).toEqual(['cantechletter.com']);
    expect(owner!.facts.map((f) => [f.label, f.value, f.asOf, f.sources.map((s) => s.domain)])).toEqual([
      ['Headquarters', 'Amsterdam, Netherlands', 'as of Jan 19, 2021', ['motorwayamerica.com']],
      ['CEO', 'Antonio Filosa', 'as of May 28, 2025', ['fox17online.com']],
      ['Listed', 'NYSE: STLA', 'as of Apr 5, 2026', ['usatoday.com']],
    ]);
    // The owner's CEO is a known entity: linked too.
    expect(owner!.facts[1]!.link).toEqual({ id: 'p:antonio-filosa', name: 'Antonio Filosa' });
  });

  it('moves the owner out of "more facts", and lists the owner’s sources at the bottom', () => {
    const view = buildEntityView(jeepDetails(), 'en');
    expect(view.moreFacts.map((r) => r.key)).toEqual([]);
    expect(view.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['s:cantechletter-jeep', 's:motorwayamerica', 's:fox17-filosa', 's:usatoday-merge']));
    expect(view.summary).toBe('Jeep, brand, owned by Stellantis');
  });

  it('keeps an owner known only by name as a plain, cited line without a link or facts', () => {
    const details = jeepDetails();
    details.entity.facts[2] = { key: 'owner', value: { t: 'entity', v: { name: 'Government of Singapore' } }, asOf: '2025', sources: ['s:cantechletter-jeep'] };
    details.owners = [];
    const [owner] = buildEntityView(details, 'en').owners;
    expect(owner).toMatchObject({ name: 'Government of Singapore', asOf: 'as of 2025', facts: [] });
    expect(owner!.link).toBeUndefined();
  });

  it('labels parent and manager relations, in every UI language', () => {
    const details = jeepDetails();
    details.entity.facts[2] = { ...details.entity.facts[2]!, key: 'parent' };
    expect(buildEntityView(details, 'en').owners[0]!.label).toBe('Part of');
    details.entity.facts[2] = { ...details.entity.facts[2]!, key: 'manager' };
    expect(buildEntityView(details, 'it').owners[0]!.label).toBe('Gestito da');
    for (const lang of LANGS) expect(buildEntityView(jeepDetails(), lang).owners[0]!.label).not.toBe('');
  });
});

describe('brands and units on an owner card (issue #8)', () => {
  it('lists the first MAX_UNITS in the given order, each cited and dated, and counts the rest', () => {
    const [section, ...others] = buildEntityView(stellantisDetails(), 'en').units;
    expect(others).toEqual([]);
    expect(section!.title).toBe('Brands and units');
    expect(section!.items).toHaveLength(MAX_UNITS);
    expect(section!.items.slice(0, 2).map((u) => [u.id, u.name, u.asOf, u.sources.map((s) => s.domain)])).toEqual([
      ['b:fiat', 'Fiat', 'as of Jul 11, 2024', ['allaguida.it']],
      ['b:jeep', 'Jeep', 'as of Oct 2025', ['cantechletter.com']],
    ]);
    expect(section!.more).toBe(10 - MAX_UNITS);
  });

  it('puts funds an investor manages in their own section', () => {
    const details = stellantisDetails();
    details.units = [{ id: 'c:gpfg', kind: 'investor', name: 'Government Pension Fund Global', rel: 'manager', asOf: 'undated', sources: ['s:test-brands'] }];
    const units = buildEntityView(details, 'de').units;
    expect(units.map((u) => [u.group, u.title, u.items.map((i) => i.name), u.more])).toEqual([['managed', 'Verwaltete Fonds', ['Government Pension Fund Global'], 0]]);
  });

  it('leaves cards without units, and person cards, as they were', () => {
    expect(buildEntityView(openAiDetails(), 'en').units).toEqual([]);
    expect(buildEntityView(openAiDetails(), 'en').owners).toEqual([]);
    const person = altmanDetails();
    person.units = stellantisDetails().units; // never shown on a person, even if sent
    const view = buildEntityView(person, 'en');
    expect(view.units).toEqual([]);
    expect(view.owners).toEqual([]);
  });

  it('links entity-valued facts only when the card knows the entity', () => {
    const view = buildEntityView(openAiDetails(), 'en');
    expect(view.keyFacts.find((r) => r.key === 'ceo')?.link).toEqual({ id: 'person:sam-altman', name: 'Sam Altman' });
    expect(view.keyFacts.find((r) => r.key === 'hq')?.link).toBeUndefined();
    // A role at an organisation not in the database stays text.
    expect(buildEntityView(altmanDetails(), 'en').pastRoles[0]!.link).toBeUndefined();
  });
});
