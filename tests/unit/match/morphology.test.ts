import { describe, expect, it } from 'vitest';
import { found } from './fixture-index';

describe('morphology the press uses', () => {
  it('English possessive with either apostrophe covers the name only', () => {
    expect(found("OpenAI's board met; later OpenAI’s chief spoke.", 'en')).toEqual([['OpenAI', 'openai'], ['OpenAI', 'openai']]);
  });

  it('German genitive -s: the mention is the inflected word, as a reader marks it', () => {
    const text = 'Elon Musk schweigt. Musks Angebot für OpenAI und Metas Antwort kamen spät.';
    expect(found(text, 'de')).toEqual([
      ['Elon Musk', 'elon-musk'], ['Musks', 'elon-musk'], ['OpenAI', 'openai'], ['Metas', 'meta'],
    ]);
  });

  it('genitive -s is a German rule: Spanish "metas" (goals) stays a word', () => {
    expect(found('Las Metas del año y las metas de Meta Platforms.', 'es')).toEqual([['Meta Platforms', 'meta']]);
  });

  it('German adjectives inside a name decline together: der Westdeutschen Allgemeinen Zeitung', async () => {
    const { compileMatchIndex, findMentions, loadMatchIndex } = await import('../../../lib/match/index');
    const ix = loadMatchIndex(compileMatchIndex(
      [{ text: 'Westdeutsche Allgemeine Zeitung', entityId: 'waz', kind: 'media', flags: {} }],
      [{ id: 'waz', kind: 'media', name: 'Westdeutsche Allgemeine Zeitung' }],
    ));
    const surfaces = (text: string) => findMentions(ix, text, { lang: 'de' }).map((m) => m.surface);
    expect(surfaces('Das sagte der Chef der Westdeutschen Allgemeinen Zeitung.')).toEqual(['Westdeutschen Allgemeinen Zeitung']);
    expect(surfaces('Die Westdeutsche Allgemeine Zeitung berichtet.')).toEqual(['Westdeutsche Allgemeine Zeitung']);
  });

  it('German inflected adjective inside a name: der Deutschen Bank', () => {
    expect(found('Der Chef der Deutschen Bank und die Deutsche Bank selbst.', 'de')).toEqual([
      ['Deutschen Bank', 'deutsche-bank'], ['Deutsche Bank', 'deutsche-bank'],
    ]);
  });

  it('elision: the alias starts after the apostrophe', () => {
    expect(found("Il titolo dell’Eni sale, l'Eni investe e d’UniCredit si parla.", 'it')).toEqual([
      ['Eni', 'eni'], ['Eni', 'eni'], ['UniCredit', 'unicredit'],
    ]);
    expect(found("L'action d’Unicredit recule.", 'fr')).toEqual([['Unicredit', 'unicredit']]);
  });

  it('hyphen compounds: only the name part is marked', () => {
    expect(found('Der OpenAI-Chef traf den Meta-Konzern.', 'de')).toEqual([['OpenAI', 'openai'], ['Meta', 'meta']]);
    expect(found('An xAI-led group of investors made an offer.', 'en')).toEqual([['xAI', 'xai']]);
    expect(found('El consejero delegado de la OpenAI‑Stiftung', 'es')).toEqual([['OpenAI', 'openai']]);
  });

  it('German compounds join a multi-word name with hyphens: Deutsche-Bank-Chef', () => {
    expect(found('Deutsche-Bank-Chef Christian Sewing und die Deutsche Bank.', 'de')).toEqual([['Deutsche-Bank', 'deutsche-bank'], ['Deutsche Bank', 'deutsche-bank']]);
    expect(found('Ein Deutsche-Telekom-Sprecher', 'de')).toEqual([]);
  });

  it('ALL-CAPS headings for distinctive names', () => {
    expect(found('OPENAI RESPINGE L’OFFERTA DI ELON MUSK\nIl testo segue.', 'it')).toEqual([
      ['OPENAI', 'openai'], ['ELON MUSK', 'elon-musk'],
    ]);
  });

  it('lower-case subtitles for distinctive names, never for ambiguous ones', () => {
    expect(found('elon musk e mark zuckerberg parlano di openai', 'it')).toEqual([
      ['elon musk', 'elon-musk'], ['mark zuckerberg', 'mark-zuckerberg'], ['openai', 'openai'],
    ]);
    expect(found('la meta è vicina, una apple al giorno, un twitter di uccelli', 'it')).toEqual([]);
    expect(found('sam altman habla; luego altman calla', 'es')).toEqual([['sam altman', 'sam-altman']]);
  });
});

describe('a shortened name never overrides a recorded one', () => {
  it('"SIX Group" gives no plain "Six" while "SIX" is recorded in capitals only', async () => {
    const { compileMatchIndex, findMentions, loadMatchIndex } = await import('../../../lib/match/index');
    const ix = loadMatchIndex(compileMatchIndex(
      [
        { text: 'SIX Group', entityId: 'c:six', kind: 'company', flags: {} },
        { text: 'SIX', entityId: 'c:six', kind: 'company', flags: { caseSensitive: true, ambiguous: true, needsContext: true } },
      ],
      [{ id: 'c:six', kind: 'company', name: 'SIX Group' }],
    ));
    const surfaces = (text: string) => findMentions(ix, text, { lang: 'fr' }).map((m) => m.surface);
    expect(surfaces('Ses franchises, dont Far Cry et Rainbow Six, rapportent.')).toEqual([]);
    expect(surfaces('La Bourse suisse SIX Group publie ses comptes.')).toEqual(['SIX Group']);
  });
});
