import { describe, expect, it } from 'vitest';
import { detectLang, normaliseLangTag, resolveLang } from '../../../lib/text/detect-lang';

const SAMPLES: Record<string, string> = {
  it: 'Il consiglio di amministrazione ha respinto la proposta, che secondo gli analisti non era adeguata per la società.',
  en: 'The board rejected the offer, which analysts said was far below what the company is worth.',
  fr: 'Le conseil a rejeté l’offre, qui selon les analystes était bien inférieure à la valeur de la société.',
  de: 'Der Verwaltungsrat hat das Angebot abgelehnt, das nach Ansicht der Analysten viel zu niedrig war.',
  es: 'El consejo rechazó la oferta, que según los analistas estaba muy por debajo del valor de la empresa.',
};

describe('detectLang', () => {
  for (const [lang, text] of Object.entries(SAMPLES)) {
    it(`recognises ${lang}`, () => expect(detectLang(text)).toBe(lang));
  }

  it('returns undefined when there is no function word at all', () => {
    expect(detectLang('OpenAI — 97,4 mld $')).toBeUndefined();
    expect(detectLang('')).toBeUndefined();
  });
});

describe('resolveLang', () => {
  it('prefers an explicit choice, then the html lang attribute, then the text', () => {
    expect(resolveLang(SAMPLES.en!, 'it-IT', 'de_ch')).toBe('de-CH');
    expect(resolveLang(SAMPLES.en!, 'it-IT')).toBe('it-IT');
    expect(resolveLang(SAMPLES.es!, '')).toBe('es');
    expect(resolveLang('12345')).toBe('en');
  });

  it('normalises tags', () => {
    expect(normaliseLangTag(' FR ')).toBe('fr');
    expect(normaliseLangTag('es-419')).toBe('es-419');
    expect(normaliseLangTag('??')).toBeUndefined();
  });
});
