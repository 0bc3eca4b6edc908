import { describe, it } from 'vitest';
import { type Case, expectFigures } from './helpers.ts';

const CASES: Case[] = [
  ['$ billion', 'The buyer offered $44 billion in cash.', [['$44 billion', 44e9, 'USD']]],
  ['$bn', 'A $44bn bid landed on Friday.', [['$44bn', 44e9, 'USD']]],
  ['US$', 'The fund closed at US$5 billion.', [['US$5 billion', 5e9, 'USD']]],
  ['code after', 'Analysts priced it at 5 billion USD.', [['5 billion USD', 5e9, 'USD']]],
  ['€bn, £bn', 'Sales reached €1.2bn while costs hit £1.5bn.', [['€1.2bn', 1.2e9, 'EUR'], ['£1.5bn', 1.5e9, 'GBP']]],
  ['dash range sharing the scale', 'The plan needs $3–4 trillion over a decade.', [['$3', 3e12, 'USD', 'range_low'], ['4 trillion', 4e12, 'USD', 'range_high']]],
  ['page number before a clause dash stays out', 'See page 3 - $5bn deals are rare.', [['$5bn', 5e9, 'USD']]],
  ['hyphenated', 'A $350-billion stimulus was approved.', [['$350-billion', 350e9, 'USD']]],
  ['symbol and word', 'It paid $12.5 billion dollars for the stake.', [['$12.5 billion dollars', 12.5e9, 'USD']]],
  ['code before, three decimals', 'The bank reported AUD 162.026bn in deposits.', [['AUD 162.026bn', 162.026e9, 'AUD']]],
  ['pence (a share quote is a price per share)', 'The shares closed at 3.78p.', [['3.78p', 0.0378, 'GBP', 'per_share']]],
  ['cents a share', 'The board raised the dividend to 26c a share.', [['26c a share', 0.26, 'USD', 'per_share']]],
  ['price target', 'Analysts lifted their price target to 190 USD.', [['190 USD', 190, 'USD', 'per_share']]],
  ['cents', 'Each coupon is worth 10c.', [['10c', 0.1, 'USD']]],
  ['k range', 'Seed cheques range from $50k-$500k.', [['$50k', 5e4, 'USD', 'range_low'], ['$500k', 5e5, 'USD', 'range_high']]],
  ['mn, m, M, bln', 'Fines of $20mn, $5m, $7M and $2 bln were issued.', [
    ['$20mn', 20e6, 'USD'], ['$5m', 5e6, 'USD'], ['$7M', 7e6, 'USD'], ['$2 bln', 2e9, 'USD']]],
  ['b, B, tn, T', 'Market values of $3b, $4B, $1.5tn and $2T.', [
    ['$3b', 3e9, 'USD'], ['$4B', 4e9, 'USD'], ['$1.5tn', 1.5e12, 'USD'], ['$2T', 2e12, 'USD']]],
  ['per share', 'The buyer pays $12 a share, or $13.50 per share in stock.', [
    ['$12 a share', 12, 'USD', 'per_share'], ['$13.50 per share', 13.5, 'USD', 'per_share']]],
  ['written numbers', 'Ten billion dollars, half a billion dollars and a billion euros.', [
    ['Ten billion dollars', 10e9, 'USD'], ['half a billion dollars', 0.5e9, 'USD'], ['a billion euros', 1e9, 'EUR']]],
  ['between … and', 'The price is between $1 billion and $2 billion.', [['$1 billion', 1e9, 'USD', 'range_low'], ['$2 billion', 2e9, 'USD', 'range_high']]],
  ['from … to is a change', 'Revenue grew from $10bn to $12bn.', [['$10bn', 10e9, 'USD'], ['$12bn', 12e9, 'USD']]],
  ['a total and its per-share price stay apart', 'It pays about $72 billion, or $27.75 a share.', [
    ['$72 billion', 72e9, 'USD'], ['$27.75 a share', 27.75, 'USD', 'per_share']]],
  ['written range', 'Savings of two to three billion dollars a year.', [
    ['two', 2e9, 'USD', 'range_low'], ['three billion dollars', 3e9, 'USD', 'range_high']]],
  ['cents and pence as words', 'Earnings came to 15 cents a share, and the bank paid 263 pence.', [
    ['15 cents a share', 0.15, 'USD', 'per_share'], ['263 pence', 2.63, 'GBP', 'per_share']]],
  ['glued codes and Rmb', 'It raised Rmb10bn and USD1.2bn.', [['Rmb10bn', 10e9, 'CNY'], ['USD1.2bn', 1.2e9, 'USD']]],
  ['converted amount in brackets', 'A deal of EUR 1.2 billion ($1.3 billion) was signed.', [
    ['EUR 1.2 billion', 1.2e9, 'EUR'], ['$1.3 billion', 1.3e9, 'USD']]],
  ['prefixed dollars', 'C$3bn, HK$40 million and A$2.4bn.', [['C$3bn', 3e9, 'CAD'], ['HK$40 million', 40e6, 'HKD'], ['A$2.4bn', 2.4e9, 'AUD']]],
  ['comma groups', 'The ticket cost US$1,200.', [['US$1,200', 1200, 'USD']]],
  ['carried currency', 'It raised $6.6 billion, and revenue of 3.7 billion is expected.', [['$6.6 billion', 6.6e9, 'USD'], ['3.7 billion', 3.7e9, 'USD']]],
  ['pounds, yen, yuan', 'Deals worth 3 million pounds, 5 billion yen and 2 billion yuan.', [
    ['3 million pounds', 3e6, 'GBP'], ['5 billion yen', 5e9, 'JPY'], ['2 billion yuan', 2e9, 'CNY']]],
  ['thousand', 'The startup sold for $800 thousand.', [['$800 thousand', 8e5, 'USD']]],
  ['Australian page: bare $ is AUD', 'The miner paid $2bn.', [['$2bn', 2e9, 'AUD']]],
  // Batch b4: a verb of change before "X to Y" makes a move and a level, not a range.
  ['"fell 18p to 402p" is a move and a level', 'Shares fell 18p to 402p by 10.30am.', [['18p', 0.18, 'GBP', 'per_share'], ['402p', 4.02, 'GBP', 'per_share']]],
  ['"$5bn to $6bn" after a noun stays a range', 'It expects revenue of $5bn to $6bn.', [['$5bn', 5e9, 'USD', 'range_low'], ['$6bn', 6e9, 'USD', 'range_high']]],
  ['"shares added €1.15 to €38.20" is a move and a level', 'Smurfit Westrock shares added €1.15 to €38.20.', [['€1.15', 1.15, 'EUR', 'per_share'], ['€38.20', 38.2, 'EUR', 'per_share']]],
];

describe('English figures (FORMS.md)', () => {
  for (const [title, text, want] of CASES) {
    it(title, () => expectFigures(text, title.startsWith('Australian') ? 'en-AU' : 'en', want));
  }
  it('a fraction of a scale: "a quarter of a billion pounds"', () => expectFigures(
    'It will spend a quarter of a billion pounds and three quarters of a million euros.', 'en', [
      ['a quarter of a billion pounds', 250e6, 'GBP'], ['three quarters of a million euros', 750e3, 'EUR']]));
  it('a currency on one end of a range makes both money, whatever noun follows', () => expectFigures(
    'He left the door open to deals in the $1–2 billion range.', 'en', [
      ['$1', 1e9, 'USD', 'range_low'], ['2 billion', 2e9, 'USD', 'range_high']]));
  it('a count of people before a bare scaled number is no money', () => expectFigures(
    'Revenue was $5bn and customers now number 12 million.', 'en', [['$5bn', 5e9, 'USD']]));
  it('"$US14.3 billion" (Australian press) and a range whose high end carries "US$"', () => expectFigures(
    'Spending between US$9.5 and US$10bn a year after a $US14.3 billion profit.', 'en-AU', [
      ['US$9.5', 9.5e9, 'USD', 'range_low'], ['US$10bn', 10e9, 'USD', 'range_high'], ['$US14.3 billion', 14.3e9, 'USD']]));
  it('cents are in the currency the article counts in: euro cents after euros, US cents after dollars', () => {
    expectFigures('Fares rose to €51.20. The board declared a dividend of 23.9c per share.', 'en-IE', [['€51.20', 51.2, 'EUR'], ['23.9c per share', 0.239, 'EUR', 'per_share']]);
    expectFigures('It will spend $2.1bn. The dividend rises to 37c a share.', 'en-IE', [['$2.1bn', 2.1e9, 'USD'], ['37c a share', 0.37, 'USD', 'per_share']]);
    expectFigures('A dividend of 23.9c per share.', 'en-IE', [['23.9c per share', 0.239, 'EUR', 'per_share']]);
  });
  it('a Canadian page that counts in its own dollars keeps its cents after a figure in US dollars', () => {
    expectFigures('Revenue was $4.02-billion. It will buy a rival for US$310-million. The dividend rises to 17 cents a share.', 'en-CA', [
      ['$4.02-billion', 4.02e9, 'CAD'], ['US$310-million', 310e6, 'USD'], ['17 cents a share', 0.17, 'CAD', 'per_share']]);
    // Counting only in US dollars, the page's cents are US cents too.
    expectFigures('It will buy a rival for US$310-million. The dividend rises to 17 cents a share.', 'en-CA', [
      ['US$310-million', 310e6, 'USD'], ['17 cents a share', 0.17, 'USD', 'per_share']]);
  });
  it('Swedish kronor', () => expectFigures('It raised 300 million kronor and paid 25,000 kronor each.', 'en', [
    ['300 million kronor', 300e6, 'SEK'], ['25,000 kronor', 25000, 'SEK']]));
});
