import { describe, expect, it } from 'vitest';
import { found } from './fixture-index';

describe('normalisation keeps offsets exact', () => {
  it('matches every apostrophe variant and reports the text as written', () => {
    expect(found("Il gruppo L'Oréal cresce.", 'it')).toEqual([["L'Oréal", 'loreal']]);
    expect(found('Le groupe L’Oréal publie ses comptes.', 'fr')).toEqual([['L’Oréal', 'loreal']]);
    expect(found('El grupo Lʼ' + 'Oréal vende más.', 'es')).toEqual([['Lʼ' + 'Oréal', 'loreal']]);
  });

  it('treats no-break, narrow and repeated spaces as one space', () => {
    expect(found('Ieri Elon\u00a0Musk ha parlato.', 'it')).toEqual([['Elon\u00a0Musk', 'elon-musk']]);
    expect(found('Hier, Mark\u202fZuckerberg a répondu.', 'fr')).toEqual([['Mark\u202fZuckerberg', 'mark-zuckerberg']]);
    expect(found('Gestern sagte Sam  Altman nichts.', 'de')).toEqual([['Sam  Altman', 'sam-altman']]);
  });

  it('does not join a name across a blank line (two paragraphs)', () => {
    // "Altman" alone is a distinctive surname: found, but not as the span "Sam\n\nAltman".
    expect(found('Un saluto da Sam\n\nAltman era assente.', 'it')).toEqual([['Altman', 'sam-altman']]);
    expect(found('Un saluto da Sam\nAltman era assente.', 'it')).toEqual([['Sam\nAltman', 'sam-altman']]);
  });

  it('composes decomposed accents and skips soft hyphens inside a name', () => {
    const text = "Las ventas de L'Ore\u0301al suben; Open\u00adAI tambie\u0301n.";
    expect(found(text, 'es')).toEqual([["L'Ore\u0301al", 'loreal'], ['Open\u00adAI', 'openai']]);
  });

  it('reads full-width Latin letters as their ASCII forms', () => {
    expect(found('Ｅｎｉ annuncia un accordo.', 'it')).toEqual([['Ｅｎｉ', 'eni']]);
  });

  it('keeps offsets right after astral characters (surrogate pairs)', () => {
    const text = '🚀🚀 OpenAI 𝄞 ha parlato con 😀Eni😀.';
    expect(found(text, 'it')).toEqual([['OpenAI', 'openai'], ['Eni', 'eni']]);
  });
});

describe('Unicode word boundaries', () => {
  it('never matches inside a longer word, accented letters included', () => {
    expect(found('Il Metaverso e il metaverse non sono Meta.', 'it')).toEqual([['Meta', 'meta']]);
    expect(found('Una novità: Enià e Enìa non sono aziende, e nemmeno OpenAIX.', 'it')).toEqual([]);
    expect(found('Das Eniß-Projekt und die Zuckerbergstraße.', 'de')).toEqual([]);
  });

  it('finds names between punctuation of every kind', () => {
    expect(found('(Eni), «Eni», „Eni“, Eni/Eni.', 'it').length).toBe(5);
  });
});
