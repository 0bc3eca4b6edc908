import { describe, expect, it } from 'vitest';
import { found } from './fixture-index';

describe('people: full names, surnames, titles', () => {
  it('a common-word surname counts only after the full name appears in the document', () => {
    expect(found('Il profumo di musk e il Musk di una boutique.', 'it')).toEqual([]);
    expect(found('Elon Musk ha twittato. Poi Musk ha taciuto.', 'it')).toEqual([
      ['Elon Musk', 'elon-musk'], ['Musk', 'elon-musk'],
    ]);
  });

  it('the full name may come after a headline that uses the surname', () => {
    expect(found('Musk attacks Altman\nElon Musk said on Monday that Sam Altman was wrong.', 'en')).toEqual([
      ['Musk', 'elon-musk'], ['Altman', 'sam-altman'], ['Elon Musk', 'elon-musk'], ['Sam Altman', 'sam-altman'],
    ]);
  });

  it('Cook, Gates, Page are words until the full name appears', () => {
    expect(found('The cook gates the page. Cook and Gates met on Page 3.', 'en')).toEqual([]);
    expect(found('Tim Cook spoke. Later Cook left with Bill Gates; Gates stayed.', 'en')).toEqual([
      ['Tim Cook', 'tim-cook'], ['Cook', 'tim-cook'], ['Bill Gates', 'bill-gates'], ['Gates', 'bill-gates'],
    ]);
  });

  it('a distinctive surname counts on its own', () => {
    expect(found('Bezos a vendu des actions. Zuckerberg aussi.', 'fr')).toEqual([
      ['Bezos', 'jeff-bezos'], ['Zuckerberg', 'mark-zuckerberg'],
    ]);
  });

  it('titles make a common-word surname a person', () => {
    expect(found('Mr Musk declined to comment, and so did Mr. Cook.', 'en')).toEqual([
      ['Musk', 'elon-musk'], ['Cook', 'tim-cook'],
    ]);
    expect(found('Herr Musk schwieg.', 'de')).toEqual([['Musk', 'elon-musk']]);
    expect(found('Il CEO di OpenAI, Sam Altman, ha risposto.', 'it')).toEqual([['OpenAI', 'openai'], ['Sam Altman', 'sam-altman']]);
  });

  it('another first name before the surname is another person', () => {
    expect(found('Elon Musk ha un fratello, Kimbal Musk.', 'it')).toEqual([['Elon Musk', 'elon-musk']]);
    expect(found('Carlo Messina guida la banca. Ieri Messina ha parlato; a Messina piove.', 'it')).toEqual([
      ['Carlo Messina', 'carlo-messina'], ['Messina', 'carlo-messina'], ['Messina', 'carlo-messina'],
    ]);
  });

  it('Spanish and French sentences with people and companies', () => {
    expect(found('El consejero delegado de Apple, Tim Cook, visitó Madrid.', 'es')).toEqual([
      ['Apple', 'apple'], ['Tim Cook', 'tim-cook'],
    ]);
    expect(found('Selon Sam Altman, OpenAI n’est pas à vendre.', 'fr')).toEqual([
      ['Sam Altman', 'sam-altman'], ['OpenAI', 'openai'],
    ]);
  });
});

describe('people who share a name with another entity or person', () => {
  const rows = (): Parameters<typeof import('./fixture-index').fixtureIndex>[0] => [
    ['mercedes', 'company', 'Mercedes-Benz Group', ['Mercedes-Benz Group', ['Mercedes', { ambiguous: true, needsContext: true }]]],
    ['toni-ruiz', 'person', 'Toni Ruiz', ['Toni Ruiz', ['Ruiz', { surname: true, ambiguous: true, needsContext: true }]]],
    ['carlos-torres-vila', 'person', 'Carlos Torres Vila', ['Carlos Torres Vila']],
    ['raymond-torres', 'person', 'Raymond Torres', ['Raymond Torres', ['Torres', { surname: true, ambiguous: true, needsContext: true }]]],
  ];
  const names = async (text: string) => {
    const { fixtureIndex } = await import('./fixture-index');
    const { findMentions } = await import('../../../lib/match/index');
    return findMentions(fixtureIndex(rows()), text, { lang: 'es' }).map((m) => [m.surface, m.id]);
  };

  it('a first name before a known surname is a person\'s name, not the carmaker: "Mercedes Ruiz"', async () => {
    expect(await names('La directora de la planta, Mercedes Ruiz, agradeció el apoyo.')).toEqual([]);
  });

  it('a surname two people go by is the one introduced in full: "Torres" after "Carlos Torres Vila"', async () => {
    expect(await names('Carlos Torres Vila habló ayer. Torres dijo que la oferta sigue.')).toEqual([['Carlos Torres Vila', 'carlos-torres-vila'], ['Torres', 'carlos-torres-vila']]);
    expect(await names('Raymond Torres, de Funcas, lo explicó. Torres prevé un 2 %.')).toEqual([['Raymond Torres', 'raymond-torres'], ['Torres', 'raymond-torres']]);
  });
});
