import { describe, expect, it } from 'vitest';
import { withShortForms } from '../../../lib/match/short-forms';
import type { Mention } from '../../../lib/match/types';

const at = (text: string, surface: string, id: string, kind: Mention['kind'] = 'company', from = 0): Mention => {
  const start = text.indexOf(surface, from);
  return { kind, id, name: surface, surface, start, end: start + surface.length };
};
const unlinked = (): boolean => false;
const ids = (out: Mention[]) => out.map((m) => `${m.surface}=${m.id}`);

describe('a group\'s first word in a story that names it in full with a designator', () => {
  it('is that group, not the other company the index knows by the word', () => {
    const text = 'Valeo Foods lifted sales. Valeo said margins improved; Bain Capital owns it, and Bain is patient.';
    const out = withShortForms([at(text, 'Valeo Foods', 'c:valeo-foods'), at(text, 'Valeo', 'c:valeo', 'company', 20), at(text, 'Bain Capital', 'c:bain-capital'), at(text, 'Bain', 'c:bain-and-company', 'company', 70)], unlinked);
    expect(ids(out)).toEqual(['Valeo Foods=c:valeo-foods', 'Valeo=c:valeo-foods', 'Bain Capital=c:bain-capital', 'Bain=c:bain-capital']);
  });

  it('stays with its own holder when the story names that holder in full, or a second organisation opens with the word', () => {
    const mam = 'Macquarie Asset Management bid; Macquarie Group agreed. Macquarie said.';
    expect(ids(withShortForms([at(mam, 'Macquarie Asset Management', 'c:mam'), at(mam, 'Macquarie Group', 'c:mg'), at(mam, 'Macquarie', 'c:mg', 'company', 50)], unlinked))).toContain('Macquarie=c:mg');
    const siemens = 'Siemens Energy and Siemens Gamesa: Siemens keeps its stake.';
    expect(ids(withShortForms([at(siemens, 'Siemens Energy', 'c:se'), at(siemens, 'Siemens Gamesa', 'c:sg'), at(siemens, 'Siemens', 'c:siemens', 'company', 30)], unlinked))).toContain('Siemens=c:siemens');
  });

  it('leaves a unit or holding linked to the word\'s holder, a family holding, and people alone', () => {
    const text = 'Generali Investments Holding grew; Generali said so.';
    const linked = (a: string, b: string) => [a, b].sort().join() === 'c:generali,c:gih';
    expect(ids(withShortForms([at(text, 'Generali Investments Holding', 'c:gih'), at(text, 'Generali', 'c:generali', 'company', 30)], linked))).toContain('Generali=c:generali');
    const prada = 'Prada Holding owns most shares; Prada opened stores.';
    expect(ids(withShortForms([at(prada, 'Prada Holding', 'c:ph', 'investor'), at(prada, 'Prada', 'c:prada', 'company', 30)], unlinked))).toContain('Prada=c:prada');
    const person = 'Kerry Group hired staff. Kerry Smith said so.';
    expect(ids(withShortForms([at(person, 'Kerry Group', 'c:kerry'), at(person, 'Kerry Smith', 'p:ks', 'person')], unlinked))).toContain('Kerry Smith=p:ks');
  });
});
