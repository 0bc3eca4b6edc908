import { describe, expect, it } from 'vitest';
import { curatedShapeProblem } from '../../../lib/facts/build/curated-shape';

// Invented records in the curated shape (not real data).
const page = { url: 'https://example.org/p', title: 'A page', fields: ['hq', 'employees'] };
const ok = { name: 'Fabbrica Esempio', kind: 'company', hq: 'Torino', employees: { value: 'about 5,000' }, key_people: ['Anna Prova (CEO)'], sources: [page] };

describe('the shape check of curated records', () => {
  it('accepts a record the converters can read', () => {
    expect(curatedShapeProblem(ok, 'organisation')).toBeUndefined();
    expect(curatedShapeProblem({ name: 'Anna Prova', roles: [{ title: 'CEO', organization: 'Fabbrica Esempio' }], previous: 'CFO of Beta', sources: [page] }, 'person')).toBeUndefined();
  });

  it('names the field and what it got, for the mistakes gatherers make', () => {
    expect(curatedShapeProblem({ ...ok, key_people: [{ name: 'Anna Prova', role: 'CEO' }] }, 'organisation')).toBe('"key_people" entry 1 must be a non-empty string "Name (title)", got an object');
    expect(curatedShapeProblem({ ...ok, employees: { value: 5000 } }, 'organisation')).toMatch(/^"employees\.value" must be a string .*, got number 5000$/);
    expect(curatedShapeProblem({ ...ok, other_figures: [{ label: 'fine', value: 420000 }] }, 'organisation')).toMatch(/^"other_figures" entry 1 must be \{label, value\}/);
    expect(curatedShapeProblem({ name: 'Anna Prova', previous: ['CFO of Beta'], sources: [page] }, 'person')).toBe('"previous" must be a string, got a list');
    expect(curatedShapeProblem({ name: 'Anna Prova', roles: [{ title: 'CEO' }], sources: [page] }, 'person')).toMatch(/^"roles" entry 1 must be \{title, organization\}/);
    expect(curatedShapeProblem({ ...ok, sources: [] }, 'organisation')).toBe('"sources" must be a non-empty list, got a list');
    expect(curatedShapeProblem({ ...ok, name: '' }, 'organisation')).toBe('"name" must be a non-empty string, got string ""');
    expect(curatedShapeProblem([ok], 'organisation')).toBe('an organisation record must be a JSON object, got a list');
    expect(curatedShapeProblem({ ...ok, only_beside_full_name: 'Esempio' }, 'organisation')).toBe('"only_beside_full_name" must be a list of strings, got string "Esempio"');
  });

  it('refuses a page dated in the future (an article number in a URL read as a year), and keeps this year\'s dates', () => {
    expect(curatedShapeProblem({ ...ok, sources: [{ ...page, date: '2070' }] }, 'organisation')).toMatch(/^"sources" entry 1 is dated 2070, after today \(\d{4}-\d\d-\d\d\): a page cannot be dated in the future$/);
    const thisYear = String(new Date().getUTCFullYear());
    expect(curatedShapeProblem({ ...ok, sources: [page, { ...page, date: thisYear }] }, 'organisation')).toBeUndefined();
  });
});
