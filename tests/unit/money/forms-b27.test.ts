/** Figure forms left over from the b24-b26 batches and found by b27: Indian digit groups, Chilean scaled dollar signs, a bare number written in full. */
import { describe, it } from 'vitest';
import { expectFigures } from './helpers.ts';

describe('forms left over from earlier batches', () => {
  it('Indian digit grouping: the last three digits, then pairs', () => {
    expectFigures('It will invest ₹1,25,000 crore and bought shares worth ₹12,34,56,789; each employee gets Rs 4,50,000.50.', 'en-IN', [
      ['₹1,25,000 crore', 1.25e12, 'INR'], ['₹12,34,56,789', 123456789, 'INR'], ['Rs 4,50,000.50', 450000.5, 'INR']]);
    // Pairs are no thousands groups elsewhere: "1,25" stays a decimal, a stray "1,2,345" no number.
    expectFigures('Il biglietto costa 1,25 euro.', 'it', [['1,25 euro', 1.25, 'EUR']]);
    expectFigures('It paid $1,2,345 to someone.', 'en-US', []);
  });

  it('Chilean scaled dollar signs: MMUS$ millions, MUS$ thousands, MM$ millions of pesos', () => {
    expectFigures('La minera vendió MMUS$ 1.250 y gastó MUS$ 800; el banco ganó MM$ 45.300.', 'es-CL', [
      ['MMUS$ 1.250', 1.25e9, 'USD'], ['MUS$ 800', 800e3, 'USD'], ['MM$ 45.300', 45.3e9, 'CLP']]);
  });

  it('a bare number compared with a scaled sum keeps its own size when it is written in full', () => {
    expectFigures("Il fondo ha incassato 1,2 milioni di franchi, contro i 500'000 dell'anno prima.", 'it-CH', [
      ['1,2 milioni di franchi', 1.2e6, 'CHF'], ["500'000", 500e3, 'CHF']]);
    // A short one still takes the scale: "contro i 14,4" after 13,2 miliardi is 14,4 miliardi.
    expectFigures("Ricavi per 13,2 miliardi di dollari, contro i 14,4 dell'esercizio precedente.", 'it', [
      ['13,2 miliardi di dollari', 13.2e9, 'USD'], ['14,4', 14.4e9, 'USD']]);
  });
});

describe('forms the b28 batch found wanting', () => {
  it('US cents glued to the sign, and "a year earlier" is no per-period phrase', () => {
    expectFigures('BHP declared an interim dividend of US50¢ a share, down from US72¢ a year earlier.', 'en-AU', [
      ['US50¢ a share', 0.5, 'USD', 'per_share'], ['US72¢', 0.72, 'USD', 'per_share']]);
  });

  it("a trust's unit is its share only where the text is about a trust", () => {
    expectFigures('The REIT posted FFO of 47 cents a unit and kept its distribution at $0.0965 a unit.', 'en-CA', [
      ['47 cents a unit', 0.47, 'CAD', 'per_share'], ['$0.0965 a unit', 0.0965, 'CAD', 'per_share']]);
    expectFigures('The carmaker sold the new model at $30,000 a unit.', 'en-US', [['$30,000', 30000, 'USD']]);
  });

  it('a bare number after a sum still waiting for its currency takes its scale', () => {
    expectFigures('Ibercaja ganó 200 millones de euros. El margen de intereses se situó en 612 millones y las comisiones netas en 398.', 'es', [
      ['200 millones de euros', 200e6, 'EUR'], ['612 millones', 612e6, 'EUR'], ['398', 398e6, 'EUR']]);
    expectFigures("Ageas vise 1,2 milliard d'euros. AG Insurance a dégagé un bénéfice de 680 millions, dont 510 reviennent à la maison mère.", 'fr-BE', [
      ["1,2 milliard d'euros", 1.2e9, 'EUR'], ['680 millions', 680e6, 'EUR'], ['510', 510e6, 'EUR']]);
    expectFigures("I ricavi si sono attestati a 6.480 milioni di euro, con un utile netto ordinario di 512, in aumento dell'11%.", 'it', [
      ['6.480 milioni di euro', 6.48e9, 'EUR'], ['512', 512e6, 'EUR']]);
    expectFigures("Ricavi per 2,4 miliardi di euro e un risultato operativo di 126 milioni, contro 98 dello stesso periodo dell'anno precedente.", 'it', [
      ['2,4 miliardi di euro', 2.4e9, 'EUR'], ['126 milioni', 126e6, 'EUR'], ['98', 98e6, 'EUR']]);
  });

  it('members counted past "hanno superato quota" are no money', () => {
    expectFigures('I crediti sono cresciuti di 4,2 miliardi di franchi, mentre i soci hanno superato quota 2,1 milioni.', 'it-CH', [
      ['4,2 miliardi di franchi', 4.2e9, 'CHF']]);
  });
});

describe('forms the b29 batch found wanting', () => {
  it('Mexican "mil mdp": thousands stacked on millions of pesos, each end of a range', () => {
    expectFigures('La cartera crecerá entre 40 mil y 50 mil mdp; el banco invertirá 2 mil mdd.', 'es-MX', [
      ['40 mil', 40e9, 'MXN', 'range_low'], ['50 mil mdp', 50e9, 'MXN', 'range_high'], ['2 mil mdd', 2e9, 'USD']]);
  });

  it('a range whose high end is written out ("et un milliard")', () => {
    expectFigures("Une acquisition comprise entre 500 millions et un milliard d'euros.", 'fr', [
      ['500 millions', 500e6, 'EUR', 'range_low'], ["un milliard d'euros", 1e9, 'EUR', 'range_high']]);
    expectFigures('Il gruppo investirà tra 500 milioni e un miliardo di euro.', 'it', [
      ['500 milioni', 500e6, 'EUR', 'range_low'], ['un miliardo di euro', 1e9, 'EUR', 'range_high']]);
  });

  it('a day before a month is no range end ("1,2 milliard au 31 mars")', () => {
    expectFigures("La dette nette dépassait 1,2 milliard d'euros au 31 mars.", 'fr', [["1,2 milliard d'euros", 1.2e9, 'EUR']]);
    expectFigures('Net debt was $1.2 billion to 31 March.', 'en-GB', [['$1.2 billion', 1.2e9, 'USD']]);
  });

  it('"sceso a 4,1 milioni da 8,7": the earlier level takes the scale of the sum before it', () => {
    expectFigures("Il fatturato di Hupac è di 689 milioni di franchi. L'utile netto è sceso a 4,1 milioni da 8,7, mentre i volumi calano.", 'it-CH', [
      ['689 milioni di franchi', 689e6, 'CHF'], ['4,1 milioni', 4.1e6, 'CHF'], ['8,7', 8.7e6, 'CHF']]);
  });

  it('money words: "importe", "plan d\'économies" (the currency is the page\'s, given later)', () => {
    expectFigures('Kutxabank concedió 4.300 hipotecas por un importe de 1.150 millones.', 'es', [['1.150 millones', 1.15e9, null]]);
    expectFigures("Ubisoft prévoit un plan d'économies de 200 millions supplémentaires.", 'fr', [['200 millions', 200e6, null]]);
    // Without the money word the scaled number is a count the reader cannot place.
    expectFigures('Kutxabank concedió 4.300 hipotecas en 1.150 millones de ocasiones.', 'es', []);
  });
});

describe('forms the b30 batch found wanting', () => {
  it('money words: synergies, cash, Ebitda, a fund house\'s net inflows, offers in the plural', () => {
    expectFigures('Puliti ha confermato sinergie annue per circa 300 milioni a regime.', 'it', [['300 milioni', 300e6, null]]);
    expectFigures('The merger brings synergies of 300 million a year.', 'en', [['300 million', 300e6, null]]);
    expectFigures("Porteranno un contributo all'Ebitda di circa 38 milioni l'anno.", 'it', [['38 milioni', 38e6, null]]);
    expectFigures('Nous avons retrouvé une collecte nette positive, à 1,9 milliard, dans un marché belge.', 'fr', [['1,9 milliard', 1.9e9, null]]);
    expectFigures('Las ofertas oscilaban entre 1.400 y 1.600 millones.', 'es', [
      ['1.400', 1.4e9, null, 'range_low'], ['1.600 millones', 1.6e9, null, 'range_high']]);
    // The same scaled numbers with nothing that values them stay unread.
    expectFigures('Le parc compte 300 millions de visiteurs par an.', 'fr', []);
  });

  it('the Spanish spelling of the dirham, and the Emirates\' dirham named as such', () => {
    expectFigures('La acción cotiza a unos 2,45 dírhams.', 'es', [['2,45 dírhams', 2.45, 'MAD', 'per_share']]);
    expectFigures('La acción cotiza a unos 2,45 dírhams emiratíes.', 'es', [['2,45 dírhams emiratíes', 2.45, 'AED', 'per_share']]);
  });
});

describe('forms the b31 batch found wanting', () => {
  it('"up by €42m to €650m" is the change and the level, not a range', () => {
    expectFigures('Revenue was up by €42m to €650m in the year.', 'en-IE', [['€42m', 42e6, 'EUR'], ['€650m', 650e6, 'EUR']]);
    expectFigures('The bid values the group at between €600m and €650m.', 'en-IE', [['€600m', 600e6, 'EUR', 'range_low'], ['€650m', 650e6, 'EUR', 'range_high']]);
  });

  it('a price per pound, tonne or barrel stays a total beside a share word', () => {
    expectFigures('La prime dépasse maintenant 0,70 $ US la livre à la Bourse des métaux.', 'fr-CA', [['0,70 $ US', 0.7, 'USD']]);
  });

  it('a sum compared with one "prévus" takes its scale', () => {
    expectFigures("Une charge de 287 millions d'euros contre 410 prévus.", 'fr', [["287 millions d'euros", 287e6, 'EUR'], ['410', 410e6, 'EUR']]);
  });

  it('a Mexican trust certificate (CBFI) is its share', () => {
    expectFigures('Fibra Uno pagará 0.55 pesos por CBFI.', 'es-MX', [['0.55 pesos por CBFI', 0.55, 'MXN', 'per_share']]);
  });
});

describe('forms the b32 batch found wanting', () => {
  it('a bare number compared with the sum before it after German "nach" or the Italian "dai"', () => {
    expectFigures('Der Jahresüberschuss sank auf 18.650 Tsd. Euro nach 21.300, wie das Unternehmen mitteilte.', 'de-AT', [
      ['18.650 Tsd. Euro', 18.65e6, 'EUR'], ['21.300', 21.3e6, 'EUR']]);
    expectFigures("L'utile netto è sceso a 28,9 milioni di franchi, dai 33,4 di un anno prima.", 'it-CH', [
      ['28,9 milioni di franchi', 28.9e6, 'CHF'], ['33,4', 33.4e6, 'CHF']]);
    // "nach" before a count stays a count.
    expectFigures('Der Umsatz stieg auf 1,2 Mrd. Euro nach 900 Filialen im Vorjahr.', 'de', [['1,2 Mrd. Euro', 1.2e9, 'EUR']]);
  });

  it('a weak scale ("71m") compared with a sum of the same scale takes its currency', () => {
    expectFigures('Operating profit climbed to £82m from 71m.', 'en-GB', [['£82m', 82e6, 'GBP'], ['71m', 71e6, 'GBP']]);
    expectFigures('The line is 82m long, up from 71m.', 'en-GB', []);
  });

  it('the German crowns declined after "Mrd."', () => {
    expectFigures('Integrationskosten von rund 11 Mrd. dänischen Kronen.', 'de', [['11 Mrd. dänischen Kronen', 11e9, 'DKK']]);
  });

  it('a result listed with the sales it belongs to: a small profit, the French "pour un", a German verb at the clause end', () => {
    expectFigures('Ha registrato ricavi per 199,6 milioni di euro e un utile di 4,2, in linea con il 2024.', 'it', [
      ['199,6 milioni di euro', 199.6e6, 'EUR'], ['4,2', 4.2e6, 'EUR']]);
    expectFigures("Un chiffre d'affaires de 420 M€ pour un Ebitda de 148.", 'fr', [['420 M€', 420e6, 'EUR'], ['148', 148e6, 'EUR']]);
    expectFigures('Der Konzern hatte 21,2 Mrd. Euro umgesetzt und ein Ebitda von 6,1 erzielt.', 'de', [['21,2 Mrd. Euro', 21.2e9, 'EUR'], ['6,1', 6.1e9, 'EUR']]);
  });

  it('money words: order books, business volume, enterprise value, sums injected or contributed', () => {
    expectFigures("Ricavi per 10 milioni di euro. I tre gruppi sfiorano i 900 milioni di giro d'affari.", 'it', [
      ['10 milioni di euro', 10e6, 'EUR'], ['900 milioni', 900e6, 'EUR']]);
    expectFigures("Un chiffre d'affaires de 420 M€. Le carnet de commandes atteint 3,2 milliards.", 'fr', [['420 M€', 420e6, 'EUR'], ['3,2 milliards', 3.2e9, 'EUR']]);
    expectFigures('Cobra 990 millones de euros. El fondo aportó 1.994 millones a los clubes.', 'es', [
      ['990 millones de euros', 990e6, 'EUR'], ['1.994 millones', 1.994e9, 'EUR']]);
  });

  it('"apiece" after millions is what each receives, not a price per share', () => {
    expectFigures('Each holder stands to receive close to $750 million apiece.', 'en-AU', [['$750 million', 750e6, 'AUD']]);
    expectFigures('The shares were sold at $12 apiece.', 'en', [['$12 apiece', 12, 'USD', 'per_share']]);
  });
});

describe('forms the b33 batch found wanting', () => {
  it('money words: a pre-tax result, a guarantee, spending, the net financial position', () => {
    expectFigures('Der Umsatz stieg auf 417,5 Mio. Euro. Das Ergebnis vor Steuern kletterte auf 21,3 Mio., nach 17,9 im Jahr davor.', 'de-AT', [
      ['417,5 Mio. Euro', 417.5e6, 'EUR'], ['21,3 Mio.', 21.3e6, 'EUR'], ['17,9', 17.9e6, 'EUR']]);
    expectFigures("Un chiffre d'affaires de 2 milliards d'euros. Une garantie de Bpifrance couvre jusqu'à 2,6 milliards.", 'fr', [
      ["2 milliards d'euros", 2e9, 'EUR'], ['2,6 milliards', 2.6e9, 'EUR']]);
    expectFigures("Les dépenses annuelles passeront de 5,1 milliards l'an dernier à 7 milliards d'euros.", 'fr', [
      ['5,1 milliards', 5.1e9, 'EUR'], ["7 milliards d'euros", 7e9, 'EUR']]);
    expectFigures('Ricavi per 10 milioni di euro. La posizione finanziaria netta è tornata positiva per 41,5 milioni.', 'it', [
      ['10 milioni di euro', 10e6, 'EUR'], ['41,5 milioni', 41.5e6, 'EUR']]);
  });

  it('"contre 560 au titre de…" and "rispetto ai 52,1" compare with the sum before', () => {
    expectFigures("Son dividende est ramené à 350 M€, contre 560 au titre de l'exercice précédent.", 'fr', [['350 M€', 350e6, 'EUR'], ['560', 560e6, 'EUR']]);
    expectFigures("Un utile netto di 38,4 milioni di franchi, in calo rispetto ai 52,1 dell'anno precedente.", 'it-CH', [
      ['38,4 milioni di franchi', 38.4e6, 'CHF'], ['52,1', 52.1e6, 'CHF']]);
  });

  it('"y el ebitda, 1.942": a comma for the verb after a result\'s name', () => {
    expectFigures('Los ingresos alcanzaron 3.071 millones de euros y el ebitda, 1.942.', 'es', [
      ['3.071 millones de euros', 3.071e9, 'EUR'], ['1.942', 1.942e9, 'EUR']]);
    expectFigures('Los ingresos alcanzaron 3.071 millones de euros y los empleados, 1.942.', 'es', [['3.071 millones de euros', 3.071e9, 'EUR']]);
  });
});

describe('forms the b34 batch found wanting', () => {
  it('an offer "sul tavolo" and a net asset value are money without a currency in the sentence', () => {
    expectFigures('La quota vale 750 milioni di euro. Il fondo metterebbe sul tavolo tra 300 e 320 milioni.', 'it', [
      ['750 milioni di euro', 750e6, 'EUR'], ['300', 300e6, 'EUR', 'range_low'], ['320 milioni', 320e6, 'EUR', 'range_high']]);
    expectFigures('La quota vale 750 milioni di euro, circa un terzo del Nav di 2,3 miliardi.', 'it', [
      ['750 milioni di euro', 750e6, 'EUR'], ['2,3 miliardi', 2.3e9, 'EUR']]);
    // Without such a word a currency-less range stays unread.
    expectFigures('La quota vale 750 milioni di euro. Il fondo conta tra 300 e 320 milioni.', 'it', [['750 milioni di euro', 750e6, 'EUR']]);
  });

  it('"259 millions $ AU": the Quebec press writes the other dollars after the sign', () => {
    expectFigures('Les ventes de Dollarcity ont atteint 259 millions $ AU, et le bénéfice 40 M$ CA.', 'fr-CA', [
      ['259 millions $ AU', 259e6, 'AUD'], ['40 M$ CA', 40e6, 'CAD']]);
    expectFigures('Les ventes ont atteint 259 millions $ au trimestre.', 'fr-CA', [['259 millions $', 259e6, 'CAD']]);
  });

  it('"eine Million Haushalte" counts households; "der Haushalt" is still a budget', () => {
    expectFigures('Die Investition kostet 2 Mrd. Euro, bis 2027 sollen eine Million Haushalte angeschlossen sein.', 'de-AT', [['2 Mrd. Euro', 2e9, 'EUR']]);
    expectFigures('Der Bund stockt den Haushalt um 2 Mrd. Euro auf, der Haushalt umfasst 480 Milliarden.', 'de', [
      ['2 Mrd. Euro', 2e9, 'EUR'], ['480 Milliarden', 480e9, 'EUR']]);
  });

  it('"contro un utile di 3,2 nel primo semestre": the prior half-year named after a bare number', () => {
    expectFigures('Una perdita netta di 42,1 milioni di euro, contro un utile di 3,2 nel primo semestre del 2024.', 'it', [
      ['42,1 milioni di euro', 42.1e6, 'EUR'], ['3,2', 3.2e6, 'EUR']]);
    expectFigures('Revenue of $437 million, against 512 in the first nine months of 2024.', 'en', [
      ['$437 million', 437e6, 'USD'], ['512', 512e6, 'USD']]);
  });
});

describe('forms the b35 batch found wanting', () => {
  it('the rand on South African pages: "R1.3bn", "R14.85", cents in rand; no rand elsewhere', () => {
    expectFigures('Revenue reached R2.41bn; the dividend is 92.1c a share and the shares closed at R14.85.', 'en-ZA', [
      ['R2.41bn', 2.41e9, 'ZAR'], ['92.1c a share', 0.921, 'ZAR', 'per_share'], ['R14.85', 14.85, 'ZAR', 'per_share']]);
    expectFigures('It spent R642m on R&D.', 'en-ZA', [['R642m', 642e6, 'ZAR']]);
    expectFigures('The R2 model sold 3 units, R&D cost $2bn.', 'en', [['$2bn', 2e9, 'USD']]);
  });

  it('"Singapore cents", a French target price, cash generation, a wage bill, a sponsor\'s contribution', () => {
    expectFigures('It will pay 1.5 Singapore cents a share.', 'en-SG', [['1.5 Singapore cents a share', 0.015, 'SGD', 'per_share']]);
    expectFigures('Il a relevé sa cible de 2,75 $ à 3,50 $.', 'fr-CA', [['2,75 $', 2.75, 'CAD', 'per_share'], ['3,50 $', 3.5, 'CAD', 'per_share']]);
    expectFigures('I ricavi salgono a 2 miliardi di euro. Confermata una generazione di cassa netta tra 750 e 800 milioni.', 'it', [
      ['2 miliardi di euro', 2e9, 'EUR'], ['750', 750e6, 'EUR', 'range_low'], ['800 milioni', 800e6, 'EUR', 'range_high']]);
    expectFigures('Ricavi per 40 milioni di franchi; il monte ingaggi è sceso a 17,5 milioni e lo sponsor versa un contributo di 1,5 milioni.', 'it-CH', [
      ['40 milioni di franchi', 40e6, 'CHF'], ['17,5 milioni', 17.5e6, 'CHF'], ['1,5 milioni', 1.5e6, 'CHF']]);
  });

  it('"contro una perdita di 11,2 nell\'anno precedente"; a loss after a count of subscribers', () => {
    expectFigures("Il risultato netto resta negativo per 6,8 milioni di franchi, contro una perdita di 11,2 nell'anno precedente.", 'it-CH', [
      ['6,8 milioni di franchi', 6.8e6, 'CHF'], ['11,2', 11.2e6, 'CHF']]);
    expectFigures("Le chiffre d'affaires atteint 2 milliards d'euros. La plateforme compte 6,9 millions d'abonnés et réduit sa perte d'exploitation à 45 millions.", 'fr', [
      ["2 milliards d'euros", 2e9, 'EUR'], ['45 millions', 45e6, 'EUR']]);
    // Without a money word between, the count goes on.
    expectFigures("Le chiffre d'affaires atteint 2 milliards d'euros. La plateforme compte 6,9 millions d'abonnés, contre 5,2 millions un an plus tôt.", 'fr', [
      ["2 milliards d'euros", 2e9, 'EUR']]);
  });
});

describe('forms the b36 batch found wanting', () => {
  it('sales, a credit line, a buyback, a return to shareholders and loans are money', () => {
    expectFigures('I ricavi salgono a 800 milioni di euro, le vendite nelle Americhe a 262 milioni; una linea di credito da 60 milioni.', 'it', [
      ['800 milioni di euro', 800e6, 'EUR'], ['262 milioni', 262e6, 'EUR'], ['60 milioni', 60e6, 'EUR']]);
    expectFigures('El beneficio fue de 300 millones de euros. Unicaja lanza una recompra de 100 millones y devolverá a sus accionistas 228 millones.', 'es', [
      ['300 millones de euros', 300e6, 'EUR'], ['100 millones', 100e6, 'EUR'], ['228 millones', 228e6, 'EUR']]);
    expectFigures("Le bénéfice atteint 234 millions d'euros, après le remboursement d'une partie des 1,2 milliard de prêts.", 'fr', [
      ["234 millions d'euros", 234e6, 'EUR'], ['1,2 milliard', 1.2e9, 'EUR']]);
    // Sales counted in things stay counts.
    expectFigures('I ricavi salgono a 800 milioni di euro. Le vendite di 3 milioni di auto sono cresciute.', 'it', [['800 milioni di euro', 800e6, 'EUR']]);
  });
});

describe('forms the b37-b39 batches found wanting', () => {
  it('South African pages group thousands with a plain space ("R2 540 million", "1 055c")', () => {
    expectFigures('Headline earnings per share rose to 1 055c. Net cash stood at R2 540 million, up from R2.05-billion.', 'en-ZA', [
      ['1 055c', 10.55, 'ZAR', 'per_share'], ['R2 540 million', 2.54e9, 'ZAR'], ['R2.05-billion', 2.05e9, 'ZAR']]);
    // Elsewhere in English a space still separates two numbers.
    expectFigures('The 2 540 million figure is wrong, he said of the $3 billion deal.', 'en-US', [['$3 billion', 3e9, 'USD']]);
  });

  it('"seven and a half billion dollars"; "half a billion" stays half', () => {
    expectFigures('The enterprise value is close to seven and a half billion dollars.', 'en', [['seven and a half billion dollars', 7.5e9, 'USD']]);
    expectFigures('It raised half a billion dollars.', 'en', [['half a billion dollars', 0.5e9, 'USD']]);
  });

  it('a closing price is a price per share; "passenger numbers edged up to" counts people', () => {
    expectFigures('The offer is a premium to the closing price of $55.12 on Friday.', 'en', [['$55.12', 55.12, 'USD', 'per_share']]);
    expectFigures('Revenue rose to €2.46bn, while passenger numbers edged up to 12.3 million.', 'en-IE', [['€2.46bn', 2.46e9, 'EUR']]);
  });

  it("a net interest margin, prize money and TV rights, a loan's interest, a sum of one earlier round are money", () => {
    expectFigures("L'utile sale a 500 milioni di euro. Il margine d'interesse è sceso a 618 milioni.", 'it', [
      ['500 milioni di euro', 500e6, 'EUR'], ['618 milioni', 618e6, 'EUR']]);
    expectFigures('I ricavi salgono a 500 milioni di euro. Premi e diritti televisivi hanno fruttato oltre 140 milioni.', 'it', [
      ['500 milioni di euro', 500e6, 'EUR'], ['140 milioni', 140e6, 'EUR']]);
    expectFigures('La ronda valora la empresa en 1.900 millones de dólares, frente a los 1.300 millones de su anterior ampliación.', 'es', [
      ['1.900 millones de dólares', 1.9e9, 'USD'], ['1.300 millones', 1.3e9, 'USD']]);
    // Millions of its customers are counted.
    expectFigures('La ronda valora la empresa en 1.900 millones de dólares; atiende a 3 millones de sus clientes.', 'es', [
      ['1.900 millones de dólares', 1.9e9, 'USD']]);
  });
});

describe('forms the b40-b41 batches found wanting', () => {
  it('a German count with an adjective before its noun ("31,9 Millionen ausstehenden Papieren")', () => {
    expectFigures('Insgesamt etwa 350 Mio. Euro bei gut 31,9 Millionen ausstehenden Papieren.', 'de', [['350 Mio. Euro', 350e6, 'EUR']]);
    // New debt is money, new customers are counted.
    expectFigures('Der Bund nimmt 2 Milliarden neue Schulden auf, der Umsatz lag bei 5 Mrd. Euro.', 'de', [
      ['2 Milliarden', 2e9, 'EUR'], ['5 Mrd. Euro', 5e9, 'EUR']]);
    expectFigures('Der Konzern gewinnt 5 Millionen neue Kunden und erzielt 3 Milliarden Euro Umsatz.', 'de', [['3 Milliarden Euro', 3e9, 'EUR']]);
    // An article after the abbreviation starts a phrase about the sum: "unter den 718 Mio. des Vorjahres".
    expectFigures('Der Betriebsgewinn sank auf CHF 611 Mio., deutlich unter den 718 Mio. des Vorjahres.', 'de-CH', [
      ['CHF 611 Mio.', 611e6, 'CHF'], ['718 Mio.', 718e6, 'CHF']]);
  });

  it('a bare number compared with a sum read as money is money in its currency ("18,7 milioni, contro 22,4")', () => {
    expectFigures("I ricavi salgono a 800 milioni di euro. L'utile netto delle attività in continuità è sceso a 18,7 milioni, contro 22,4, penalizzato dalla debolezza.", 'it', [
      ['800 milioni di euro', 800e6, 'EUR'], ['18,7 milioni', 18.7e6, 'EUR'], ['22,4', 22.4e6, 'EUR']]);
    // A count lends nothing.
    expectFigures('Il gruppo conta 10 milioni di utenti, contro 8,2 un anno fa.', 'it', []);
  });
});

describe('forms the b42 batch found wanting', () => {
  it('a year after "desde" dates the sum; "d\'ici 2030" says by when; a bare "$" in Uruguay is the peso', () => {
    expectFigures('La venta de activos ha aportado más de 2.500 millones de euros desde 2023.', 'es', [['2.500 millones de euros', 2.5e9, 'EUR']]);
    expectFigures("La filiale belge d'EDF compte investir 1,5 milliard d'ici 2030 dans l'éolien, après 90 millions d'euros de dividende.", 'fr-BE', [
      ['1,5 milliard', 1.5e9, 'EUR'], ["90 millions d'euros", 90e6, 'EUR']]);
    expectFigures('UTE transfirió $ 4.300 millones a Rentas Generales.', 'es-UY', [['$ 4.300 millones', 4.3e9, 'UYU']]);
  });
});


describe('forms the b43-b45 batches found wanting', () => {
  it('German hundreds written out, a fund unit price, one billion named by its article, a quarter of a billion', () => {
    expectFigures('Das Programm soll bis 2027 einhundert Millionen Euro einsparen.', 'de', [['einhundert Millionen Euro', 100e6, 'EUR']]);
    expectFigures('El valor liquidativo llegó a 152,3 euros por participación.', 'es', [['152,3 euros por participación', 152.3, 'EUR', 'per_share']]);
    expectFigures("Believe a franchi le milliard d'euros de chiffre d'affaires.", 'fr', [["milliard d'euros", 1e9, 'EUR']]);
    expectFigures('I ricavi hanno superato il miliardo di euro.', 'it', [['miliardo di euro', 1e9, 'EUR']]);
    expectFigures("RTL investira un quart de milliard d'euros dans la production.", 'fr-BE', [["un quart de milliard d'euros", 250e6, 'EUR']]);
    // A count after the article is no sum.
    expectFigures('Le parc a franchi le million de visiteurs.', 'fr', []);
  });

  it('two share classes\' dividends after "von … und" are two figures, no range', () => {
    expectFigures('Sie schlagen eine Dividende von 1,99 Euro je Vorzugsaktie und 1,93 Euro je Stammaktie vor.', 'de', [
      ['1,99 Euro je Vorzugsaktie', 1.99, 'EUR', 'per_share'], ['1,93 Euro je Stammaktie', 1.93, 'EUR', 'per_share']]);
    expectFigures('Die Dividende liegt zwischen 1,90 und 2,00 Euro je Aktie.', 'de', [['1,90', 1.9, 'EUR', 'range_low'], ['2,00 Euro je Aktie', 2, 'EUR', 'range_high']]);
  });

  it('admissions are counted, not money, beside a price in the same sentence', () => {
    expectFigures('Admissions climbed to 3.6 million, and the average ticket price edged up to £11.62.', 'en-GB', [['£11.62', 11.62, 'GBP']]);
  });
});

describe('forms the b47-b48 batches found wanting', () => {
  it('a bare number after a percentage change and "sui" compares with the sum before it', () => {
    expectFigures("Ricavi consolidati per 412,6 milioni di euro, in aumento del 3,1% sui 400,2 dell'anno prima.", 'it', [
      ['412,6 milioni di euro', 412.6e6, 'EUR'], ['400,2', 400.2e6, 'EUR']]);
  });

  it('"three-quarters of a billion dollars" with a hyphen; Korean won in Spanish', () => {
    expectFigures('The deal would cost three-quarters of a billion dollars.', 'en-US', [['three-quarters of a billion dollars', 750e6, 'USD']]);
    expectFigures('Naver invirtió 150.000 millones de wones en la empresa.', 'es', [['150.000 millones de wones', 150e9, 'KRW']]);
  });
});

describe('forms the b49-b50 batches found wanting', () => {
  it('a count after "including" takes nothing from the sum before it', () => {
    expectFigures('The brand removed about £12m of annual costs, including 150 roles, and cut discounting.', 'en-GB', [['£12m', 12e6, 'GBP']]);
  });

  it('two parallel sums of one scale share the currency the second one names', () => {
    expectFigures('Il bond vale 120 milioni di dollari.\n\nIl gruppo ha chiuso il semestre con ricavi per 3,1 milioni e una perdita netta di 17,4 milioni di euro.', 'it', [
      ['120 milioni di dollari', 120e6, 'USD'], ['3,1 milioni', 3.1e6, 'EUR'], ['17,4 milioni di euro', 17.4e6, 'EUR']]);
  });

  it('cash held, free cash and royalties are money; a price per pound is no share price', () => {
    expectFigures('La perdita è di 17,4 milioni di euro. La liquidità a fine giugno ammontava a 58 milioni.', 'it', [
      ['17,4 milioni di euro', 17.4e6, 'EUR'], ['58 milioni', 58e6, 'EUR']]);
    expectFigures('Las ventas subieron a 90 millones de euros. Esos royalties sumaron 27,4 millones.', 'es', [
      ['90 millones de euros', 90e6, 'EUR'], ['27,4 millones', 27.4e6, 'EUR']]);
    expectFigures("Il titolo Lavazza non è quotato, ma i future sull'arabica hanno superato i 4 dollari per libbra.", 'it', [['4 dollari', 4, 'USD']]);
  });
});

describe('forms the b51-b53 batches found wanting', () => {
  it('EBITDA, rent income, a bond book, a credit line and a funding round are money', () => {
    expectFigures('Ricavi per 200 milioni di euro. Il margine operativo lordo è arrivato a 31,4 milioni.', 'it', [
      ['200 milioni di euro', 200e6, 'EUR'], ['31,4 milioni', 31.4e6, 'EUR']]);
    expectFigures('Il bond da 500 milioni di euro. Gli ordini hanno superato 1,1 miliardi, con una linea revolving da dieci milioni.', 'it', [
      ['500 milioni di euro', 500e6, 'EUR'], ['1,1 miliardi', 1.1e9, 'EUR'], ['dieci milioni', 10e6, 'EUR']]);
    expectFigures('La empresa colocó bonos por 60 millones de euros y recibió demanda por más de 95 millones.', 'es', [
      ['60 millones de euros', 60e6, 'EUR'], ['95 millones', 95e6, 'EUR']]);
  });

  it('"of which … of fresh money" and a sum compared "par rapport aux … de la même période" keep the currency', () => {
    expectFigures("Les avoirs ont atteint 49,5 milliards d'euros, dont près de 3 milliards d'argent frais.", 'fr-LU', [
      ["49,5 milliards d'euros", 49.5e9, 'EUR'], ['3 milliards', 3e9, 'EUR']]);
    expectFigures("Un résultat net de 118,4 millions d'euros, en léger recul par rapport aux 127 millions de la même période.", 'fr', [
      ["118,4 millions d'euros", 118.4e6, 'EUR'], ['127 millions', 127e6, 'EUR']]);
  });

  it("an IPO price is a price per share", () => {
    expectFigures("L'action reste loin de son prix d'introduction de 23 euros.", 'fr', [['23 euros', 23, 'EUR', 'per_share']]);
  });
});

describe('forms the b56 batch found wanting', () => {
  it('a minibond, an investment plan and a bond issue make a sum money', () => {
    expectFigures('La società ha collocato un minibond da 12 milioni di euro. Il primo minibond da 5 milioni scade nel 2027.', 'it', [
      ['12 milioni di euro', 12e6, 'EUR'], ['5 milioni', 5e6, 'EUR']]);
    expectFigures('La compañía ganó 30 millones de euros y prevé invertir 600 millones en cinco años.', 'es', [
      ['30 millones de euros', 30e6, 'EUR'], ['600 millones', 600e6, 'EUR']]);
  });
});
