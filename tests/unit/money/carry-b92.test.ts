import { describe, it } from 'vitest';
import { type Case, expectFigures } from './helpers.ts';

// The b92 and b93 batches: bare sums a reader reads as money (a span of time or "more" after "di"/"de", a
// partner's contribution, a balance, royalties, rents, bonds outstanding), and a ratio that is none.
const CASES: [lang: string, ...Case][] = [
  ['it', 'a span of time after "di" says when, not what is counted', 'A fine giugno la società disponeva di 41,2 milioni di euro, contro 52,7 milioni di sei mesi prima.', [
    ['41,2 milioni di euro', 41.2e6, 'EUR'], ['52,7 milioni', 52.7e6, 'EUR']]],
  ['fr', '"de plus" after a sum is more of it', "Le groupe vise entre 820 et 840 millions d'euros, alors qu'il visait encore nonante millions de plus en juillet.", [
    ['820', 820e6, 'EUR', 'range_low'], ["840 millions d'euros", 840e6, 'EUR', 'range_high'], ['nonante millions', 90e6, 'EUR']]],
  ['fr', 'royalties are money', "Les revenus ont atteint 27,3 millions d'euros contre 11,9 millions un an plus tôt, dont 14,1 millions de redevances.", [
    ["27,3 millions d'euros", 27.3e6, 'EUR'], ['11,9 millions', 11.9e6, 'EUR'], ['14,1 millions', 14.1e6, 'EUR']]],
  ['es', 'what a partner puts in', 'El préstamo suma 300 millones de euros. Lo lideran BBVA y Santander, con Cajalmendralejo, que aporta 15 millones.', [
    ['300 millones de euros', 300e6, 'EUR'], ['15 millones', 15e6, 'EUR']]],
  ['es', 'a balance', 'La cooperativa facturó 5.000 millones de euros. Quiere amortizar las aportaciones cuyo saldo ronda los 715 millones.', [
    ['5.000 millones de euros', 5e9, 'EUR'], ['715 millones', 715e6, 'EUR']]],
  ['fr', 'bonds still outstanding', "Le groupe lève 500 millions d'euros. Les titres rachèteront les obligations de 2027, dont il reste environ 350 millions en circulation.", [
    ["500 millions d'euros", 500e6, 'EUR'], ['350 millions', 350e6, 'EUR']]],
  ['it', 'rents that cost the group', "Il gruppo fattura 300 milioni di euro. Pesano gli affitti dei negozi, che costano al gruppo circa 38 milioni l'anno.", [
    ['300 milioni di euro', 300e6, 'EUR'], ['38 milioni', 38e6, 'EUR']]],
  ['en', 'a ratio is no sum, whatever sum stands before it', 'Awards came in at $604 million, giving a book-to-bill ratio of 1.15, while backlog ended at $2.93 billion.', [
    ['$604 million', 604e6, 'USD'], ['$2.93 billion', 2.93e9, 'USD']]],
  // b93
  ['fr', 'what partners bring', "Le tour de 90 millions d'euros est mené par deux fonds, qui apportent chacun 30 millions.", [
    ["90 millions d'euros", 90e6, 'EUR'], ['30 millions', 30e6, 'EUR']]],
  ['fr', 'receipts', "Le chiffre d'affaires atteint 160 millions de francs; Clear Channel Suisse a apporté 31 millions de recettes.", [
    ["160 millions de francs", 160e6, 'CHF'], ['31 millions', 31e6, 'CHF']]],
  ['it', "a contract's size", 'I ricavi salgono a 20 milioni di euro. Tra le commesse figura un contratto da 4,5 milioni con Thales Alenia Space.', [
    ['20 milioni di euro', 20e6, 'EUR'], ['4,5 milioni', 4.5e6, 'EUR']]],
  ['it', 'things counted after "di" stay counted', 'Il servizio ha 10 milioni di utenti e 3 milioni di clienti paganti.', []],
];

describe('bare sums the b92 and b93 batches met', () => {
  it.each(CASES)('%s: %s', (lang, _title, text, want) => expectFigures(text, lang, want));
});
