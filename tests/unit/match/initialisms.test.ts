import { describe, expect, it } from 'vitest';
import { withInitialisms } from '../../../lib/match/initialisms';
import type { Mention } from '../../../lib/match/types';

const at = (text: string, surface: string, id: string, name = surface, kind: Mention['kind'] = 'company', from = 0): Mention => {
  const start = text.indexOf(surface, from);
  return { kind, id, name, surface, start, end: start + surface.length };
};

describe('initials of an organisation the story names in full', () => {
  it('stand for it, replacing another entity that goes by the same letters, and are added where nothing was found', () => {
    const text = 'Associated British Ports said ABP will invest. Its rival ABP (the pension fund) was not named.';
    const ports = at(text, 'Associated British Ports', 'c:abp-ports');
    const fund = at(text, 'ABP', 'c:abp-fund', 'ABP', 'investor', 50);
    const out = withInitialisms(text, [ports, fund]);
    expect(out.map((m) => [m.surface, m.start, m.id])).toEqual([
      ['Associated British Ports', 0, 'c:abp-ports'], ['ABP', 30, 'c:abp-ports'], ['ABP', 57, 'c:abp-ports']]);
  });

  it('leave the letters alone when two organisations share them, on lines in capitals, and for people', () => {
    const two = 'Banca Popolare Italiana and Banco Popular Ibérico: BPI fell.';
    expect(withInitialisms(two, [at(two, 'Banca Popolare Italiana', 'c:a'), at(two, 'Banco Popular Ibérico', 'c:b')]).map((m) => m.surface)).not.toContain('BPI');
    const caps = 'ABP SHARES FALL\nAssociated British Ports said so.';
    expect(withInitialisms(caps, [at(caps, 'Associated British Ports', 'c:p')]).map((m) => m.surface)).toEqual(['Associated British Ports']);
    const person = 'Anna Maria Bianchi spoke; AMB agreed.';
    expect(withInitialisms(person, [at(person, 'Anna Maria Bianchi', 'p:amb', 'Anna Maria Bianchi', 'person')]).map((m) => m.surface)).toEqual(['Anna Maria Bianchi']);
  });

  it('need a name of three words or more, and skip its small words ("Cassa depositi e prestiti" is CDP)', () => {
    const text = 'Cassa depositi e prestiti entra nel capitale; per CDP è un investimento. Deutsche Bank and DB.';
    const out = withInitialisms(text, [at(text, 'Cassa depositi e prestiti', 'c:cdp'), at(text, 'Deutsche Bank', 'c:db')]);
    expect(out.map((m) => m.surface)).toEqual(['Cassa depositi e prestiti', 'CDP', 'Deutsche Bank']);
  });
});
