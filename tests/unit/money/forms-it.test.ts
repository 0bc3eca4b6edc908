import { describe, it } from 'vitest';
import { type Case, expectFigures } from './helpers.ts';

// One case per Italian form of FORMS.md, in sentences written for these tests.
const CASES: Case[] = [
  ['miliardi di dollari', 'La cordata ha messo sul tavolo 97,4 miliardi di dollari.', [['97,4 miliardi di dollari', 97.4e9, 'USD']]],
  ['mld di euro', 'Il prestito ponte vale 1,2 mld di euro.', [['1,2 mld di euro', 1.2e9, 'EUR']]],
  ['€ before mld', 'La banca ha chiuso l’anno con € 1,2 mld di utile.', [['€ 1,2 mld', 1.2e9, 'EUR']]],
  ['€ after miliardi', 'Il piano prevede investimenti per 7,2 miliardi €.', [['7,2 miliardi €', 7.2e9, 'EUR']]],
  ['written number', 'Lo Stato ha stanziato due miliardi di euro per le reti.', [['due miliardi di euro', 2e9, 'EUR']]],
  ['mezzo miliardo', 'Il fondo ha raccolto mezzo miliardo di euro in sei mesi.', [['mezzo miliardo di euro', 0.5e9, 'EUR']]],
  ['un miliardo e mezzo', 'Servirà un miliardo e mezzo di euro.', [['un miliardo e mezzo di euro', 1.5e9, 'EUR']]],
  ['range tra … e', 'La valutazione è tra 1 e 1,5 mld €.', [['1', 1e9, 'EUR', 'range_low'], ['1,5 mld €', 1.5e9, 'EUR', 'range_high']]],
  ['da … a after a verb of change is before and after', 'Il fatturato è salito da 5 a 7 miliardi di euro.', [
    ['5', 5e9, 'EUR'], ['7 miliardi di euro', 7e9, 'EUR']]],
  ['da … a without one is a range', 'Il progetto costerà da 5 a 7 miliardi di euro.', [
    ['5', 5e9, 'EUR', 'range_low'], ['7 miliardi di euro', 7e9, 'EUR', 'range_high']]],
  ['per azione', 'Il consiglio propone una cedola di 0,86 euro per azione.', [['0,86 euro per azione', 0.86, 'EUR', 'per_share']]],
  ['per titolo', 'Ha pagato 684 milioni di euro, pari a 0,2975 euro per titolo.', [
    ['684 milioni di euro', 684e6, 'EUR'], ['0,2975 euro per titolo', 0.2975, 'EUR', 'per_share']]],
  ['a quote is per share', 'Il titolo chiude a 12,40 euro.', [['12,40 euro', 12.4, 'EUR', 'per_share']]],
  ['range after articles', 'Spese comprese tra i 66 e i 72 miliardi di dollari.', [
    ['66', 66e9, 'USD', 'range_low'], ['72 miliardi di dollari', 72e9, 'USD', 'range_high']]],
  ['currency from earlier in the article', 'L’utile è di 2,6 mld di euro.\n\nIl debito netto resta sotto i 12 mld.', [
    ['2,6 mld di euro', 2.6e9, 'EUR'], ['12 mld.', 12e9, 'EUR']]],
  ['centesimi di euro', 'Una cedola di 50 centesimi di euro per azione.', [['50 centesimi di euro per azione', 0.5, 'EUR', 'per_share']]],
  ['three decimals', 'I ricavi consolidati sono pari a 26,044 miliardi di euro.', [['26,044 miliardi di euro', 26.044e9, 'EUR']]],
  ['milione, milioni, mln', 'Un milione di euro al primo, 3 milioni di euro al secondo e 40 mln di euro al terzo.', [
    ['Un milione di euro', 1e6, 'EUR'], ['3 milioni di euro', 3e6, 'EUR'], ['40 mln di euro', 40e6, 'EUR']]],
  ['mln. with dot, Mld, mrd', 'Utile a 450 mln. di euro, debito a 2,3 Mld di euro e cassa per 1,1 mrd euro.', [
    ['450 mln. di euro', 450e6, 'EUR'], ['2,3 Mld di euro', 2.3e9, 'EUR'], ['1,1 mrd euro', 1.1e9, 'EUR']]],
  ['mille miliardi, trilioni', 'Il colosso vale mille miliardi di dollari, il settore 3 trilioni di dollari.', [
    ['mille miliardi di dollari', 1e12, 'USD'], ['3 trilioni di dollari', 3e12, 'USD']]],
  ['mila', 'Un premio di 500mila euro e un bonus di 300 mila euro.', [['500mila euro', 5e5, 'EUR'], ['300 mila euro', 3e5, 'EUR']]],
  ['compound', 'Il bond ammonta a 10 miliardi e 86 milioni di euro.', [['10 miliardi e 86 milioni di euro', 10.086e9, 'EUR']]],
  ['di cui', 'Il debito è di 50 miliardi di euro, di cui 14 verso le banche.', [['50 miliardi di euro', 50e9, 'EUR'], ['14', 14e9, 'EUR']]],
  ['group separator', 'Il biglietto costa 1.200 euro.', [['1.200 euro', 1200, 'EUR']]],
  ['currency carried in the sentence', 'Il fatturato è salito a 5 miliardi di euro e l’utile a 1,2 miliardi.', [
    ['5 miliardi di euro', 5e9, 'EUR'], ['1,2 miliardi', 1.2e9, 'EUR']]],
  ['money context without currency', 'Il gruppo ha presentato un’offerta da 10 miliardi.', [['10 miliardi', 10e9, null]]],
  ['spending verbs are money context', 'Il governo stanzia 3 miliardi per il 2026.', [['3 miliardi', 3e9, null]]],
  ['sterline, franchi svizzeri, yen', 'Pagati 3 milioni di sterline, 2 milioni di franchi svizzeri e 900 milioni di yen.', [
    ['3 milioni di sterline', 3e6, 'GBP'], ['2 milioni di franchi svizzeri', 2e6, 'CHF'], ['900 milioni di yen', 900e6, 'JPY']]],
  ['capitals in a heading', 'OFFERTA DA 97,4 MILIARDI DI DOLLARI', [['97,4 MILIARDI DI DOLLARI', 97.4e9, 'USD']]],
  ['no-break spaces', 'Valore:\u00A097,4\u00A0miliardi\u00A0di\u00A0dollari.', [['97,4\u00A0miliardi\u00A0di\u00A0dollari', 97.4e9, 'USD']]],
  // Batch b4 (held-out fixtures, 2026-12-01): a year after "al" is no range end; "titoli" is about shares.
  ['a year after "da … al" is a date', 'Il piano da 43 miliardi di euro al 2027, di cui 26 miliardi alle reti.', [
    ['43 miliardi di euro', 43e9, 'EUR'], ['26 miliardi', 26e9, 'EUR']]],
  ['a quote of "i titoli" is per share', 'I titoli dell’Enel hanno chiuso in rialzo dell’1,8% a 8,12 euro.', [['8,12 euro', 8.12, 'EUR', 'per_share']]],
  // Batch b5: "di un anno prima" is about time, not a count of things.
  ['"di un anno prima" is no quantity', 'Un utile di 182 mln di euro, contro i 139 mln di un anno prima.', [['182 mln di euro', 182e6, 'EUR'], ['139 mln', 139e6, 'EUR']]],
];

describe('Italian figures (FORMS.md)', () => {
  for (const [title, text, want] of CASES) it(title, () => expectFigures(text, 'it', want));
  it('"i clienti sono ormai 71 milioni" counts clients, in a sentence with euros', () => expectFigures(
    'La raccolta tocca € 98,6 mld e i clienti sono ormai 71 milioni.', 'it', [['€ 98,6 mld', 98.6e9, 'EUR']]));
  it('"contro i 14,4 dell\'esercizio precedente", "(3,1 l\'anno precedente)"', () => expectFigures(
    "Un margine di 13,2 miliardi di dollari, contro i 14,4 dell'esercizio precedente; ricavi per 3,4 miliardi di euro (3,1 l'anno precedente).", 'it', [
      ['13,2 miliardi di dollari', 13.2e9, 'USD'], ['14,4', 14.4e9, 'USD'], ['3,4 miliardi di euro', 3.4e9, 'EUR'], ['3,1', 3.1e9, 'EUR']]));
  it('the day\'s high after a closing price is a price too; a count after a price is not', () => {
    expectFigures('Il titolo ha chiuso a 3,48 euro, dopo aver toccato in mattinata un massimo di 3,55.', 'it', [
      ['3,48 euro', 3.48, 'EUR', 'per_share'], ['3,55', 3.55, 'EUR', 'per_share']]);
    expectFigures('Il titolo ha chiuso a 3,48 euro, con un massimo di 12 operatori in sala.', 'it', [['3,48 euro', 3.48, 'EUR', 'per_share']]);
  });
  it('Swiss Italian "fr. 8,6 milioni" are francs', () => expectFigures('Una retribuzione pari a fr. 8,6 milioni.', 'it-CH', [['fr. 8,6 milioni', 8.6e6, 'CHF']]));
});
