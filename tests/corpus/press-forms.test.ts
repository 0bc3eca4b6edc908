/**
 * Short names the press uses for companies the bundle holds under longer ones, found in running
 * text with the real index — and the same words left alone where they are ordinary words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadIndexFromDisk } from '../../lib/cli/scan-core';
import { findMentions, type MatchIndex } from '../../lib/match/index';

let index: MatchIndex;
beforeAll(async () => {
  index = await loadIndexFromDisk();
}, 180_000);
const found = (text: string, lang: string) => findMentions(index, text, { lang }).map((m) => [m.surface, m.id]);
/** The ids found, in text order. */
const ids = (text: string, lang: string) => found(text, lang).map(([, id]) => id);

describe('press short forms', () => {
  it('finds "Colonial" as Inmobiliaria Colonial, never the adjective', () => {
    expect(found('La socimi Colonial elevó un 12 % su beneficio, según su consejero delegado.', 'es')).toContainEqual(['Colonial', 'c:inmobiliaria-colonial']);
    expect(found('El barrio conserva su pasado colonial y atrae a turistas.', 'es')).toEqual([]);
  });

  it('finds Monte dei Paschi by the name the Italian press gives it', () => {
    expect(found('Montepaschi ha chiuso il trimestre con un utile in crescita.', 'it')).toEqual([['Montepaschi', 'c:banca-monte-dei-paschi-di-siena']]);
  });

  it('finds the short names the English, French and German press use every day', () => {
    expect(ids('Goldman and SocGen led the deal; Disney and BT were advised by Apollo.', 'en')).toEqual(['c:goldman-sachs', 'c:societe-generale', 'c:walt-disney-company-the', 'c:bt-group', 'c:apollo-global-management']);
    expect(ids('TF1 a perdu des parts d\'audience, selon la société.', 'fr')).toEqual(['c:tf1-group']);
    expect(ids('Der Versorger Eon hob die Prognose an, die Eon-Aktie stieg.', 'de')).toContain('c:e-on');
  });

  it('leaves "Société" alone: it is the French word for company', () => {
    expect(found('Société anonyme au capital de 10 millions, la société Générale de Bâtiment recrute.', 'fr').map(([, id]) => id)).not.toContain('c:societe-generale');
  });

  it('finds German reinsurers by their "… Rück" press names', () => {
    expect(found('Die Münchener Rück hob ihre Prognose an, die E+S Rück folgte.', 'de')).toEqual([['Münchener Rück', 'c:munich-re'], ['E+S Rück', 'c:e-s-ruckversicherung']]);
  });

  it('finds a unit that is a group of its own by its short form ("Vodacom" of Vodafone)', () => {
    expect(found('In Africa, Vodacom added 4 million mobile-money customers.', 'en')).toContainEqual(['Vodacom', 'c:vodacom-group']);
  });

  it("reads an acronym two organisations share as the one the page's press means, unless the page names the other", () => {
    expect(found("L'ABI ha chiesto al governo di rivedere la tassa sugli extraprofitti delle banche.", 'it')).toEqual([['ABI', 'c:associazione-bancaria-italiana']]);
    expect(found('Il gruppo ospedaliero GVM ha chiuso il bilancio in crescita.', 'it')).toEqual([['GVM', 'c:gvm-care-and-research']]);
    expect(found('El grupo GVM vendió su participación en Ferroglobe.', 'es')).toEqual([['GVM', 'c:grupo-villar-mir']]);
    expect(found('Die schwedische Bank SEB hob ihre Prognose an.', 'de')).toEqual([['SEB', 'c:skandinaviska-enskilda-banken']]);
    expect(found('Le groupe SEB a racheté le fabricant de cafetières.', 'fr')).toEqual([['SEB', 'c:groupe-seb']]);
    expect(found('Wie die Nachrichtenagentur APA berichtet, sank der Umsatz des Konzerns.', 'de')).toEqual([['APA', 'c:apa-austria-presse-agentur']]);
    expect(found('APA shares rose after the oil producer raised its output guidance.', 'en')).toEqual([['APA', 'c:apa']]);
    // The document's own evidence comes first: Villar Mir named plainly makes every "GVM" its own.
    expect(found('Il gruppo Villar Mir, noto come GVM, ha venduto. GVM ha chiuso.', 'it').map(([, id]) => id)).toEqual(['c:grupo-villar-mir', 'c:grupo-villar-mir', 'c:grupo-villar-mir']);
  });

  it('leaves business terms and public bodies alone, unless the company they name is named plainly', () => {
    // "CdA" is the Italian board, "ESG" the criteria, NATO an alliance: none is a company here.
    expect(found('Il CdA di Mediobanca si riunisce; il CDA ha approvato. Secondo la NATO la spesa cresce. I criteri ESG pesano sulle scelte dei fondi.', 'it')).toEqual([['Mediobanca', 'c:mediobanca']]);
    // Compagnie des Alpes named in full makes its "CDA" a short name.
    expect(found('La Compagnie des Alpes (CDA) a publié ses ventes; CDA vise une hausse.', 'fr').map(([, id]) => id)).toEqual(['c:compagnie-des-alpes', 'c:compagnie-des-alpes', 'c:compagnie-des-alpes']);
  });

  it('reads a month as a month, and as the broker April only where April Group is named plainly', () => {
    expect(found('Sales fell in April, the retailer said, and shares slipped. Im April sank der Umsatz des Konzerns.', 'en')).toEqual([]);
    const ids = found('Le courtier April Group a publié ses comptes. April vise une hausse de ses ventes.', 'fr').map(([, id]) => id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(1);
  });

  it('reads the Italian adverb "Ancora" as a word, and as the fund only where Ancora Holdings is named', () => {
    expect(found('Ancora in perdita la controllata americana, mentre il gruppo conferma le stime.', 'it')).toEqual([]);
    const ids = found("L'attivista Ancora Holdings chiede un posto nel consiglio. Ancora vuole due seggi.", 'it').map(([, id]) => id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(1);
  });
});


/** What the held-out batch b4 (2026-12-01) missed or marked wrongly on its first score. */
describe('names the b4 batch found wanting', () => {

  it('a stock index is never the organisation that shares its name ("SMI")', () => {
    expect(found('Der SMI stieg um 85 Punkte. Le SMI progressait.', 'de')).toEqual([]);
    expect(ids('Sistema Moda Italia chiede aiuti.', 'it')).toEqual(['c:confindustria-moda']);
    expect(found('El índice S&P/BMV IPC subió. S&P rebajó la nota.', 'es')).toEqual([['S&P', 'c:s-and-p-global-ratings']]);
  });

  it('a trading venue named as the place a share trades is no company; the operator named so is', () => {
    expect(found('Una società quotata al Nasdaq. Nasdaq ha comprato Adenza.', 'it')).toEqual([['Nasdaq', 'c:nasdaq']]);
    expect(found('Die Aktie wird an der SIX gehandelt und legte im Xetra-Handel zu.', 'de')).toEqual([]);
  });

  it('the surname of a person known only from a company list counts after her full name, not alone or after a title', () => {
    expect(found('El director general, Daniel Hajj, dijo que la compañía sumó clientes. Hajj prevé invertir.', 'es')).toEqual([
      ['Daniel Hajj', 'p:daniel-hajj'], ['Hajj', 'p:daniel-hajj'],
    ]);
    expect(found('Hajj prevé invertir.', 'es')).toEqual([]);
    expect(ids('ITV Studios made Mr Bates vs The Post Office.', 'en')).not.toContain('p:tony-bates');
    // Such a surname is no known name that would make the next capital a person's: a product stays a product.
    expect(found('Le nuove schede Blackwell Ultra B300 usano NVLink.', 'it')).toEqual([]);
  });

  it('a head-office town stands for its company only where the company is named plainly', () => {
    expect(found("Apple's shares rose, valuing Cupertino at about $4 trillion.", 'en')).toEqual([['Apple', 'c:apple'], ['Cupertino', 'c:apple']]);
    expect(found('A start-up based in Mountain View raised money.', 'en')).toEqual([]);
    expect(ids('Google ha presentato i conti: il colosso di Mountain View cresce.', 'it')).toEqual(['c:alphabet', 'c:alphabet']);
  });

  it('a town named as a head office is the town ("su sede social a Sabadell")', () => {
    expect(found('Banco Sabadell devolvió su sede social a Sabadell.', 'es')).toEqual([['Banco Sabadell', 'c:banco-sabadell']]);
  });

  it('finds the names the listings lack: "Siemens Gamesa", "América Móvil"', () => {
    expect(found('Die Windkrafttochter Siemens Gamesa schrieb rote Zahlen.', 'de')).toEqual([['Siemens Gamesa', 'c:siemens-gamesa-renewable-energy']]);
    expect(found('América Móvil triplicó su utilidad.', 'es')).toEqual([['América Móvil', 'c:america-movil']]);
  });
});

/** What the held-out batch b12 (2026-12-01) marked wrongly or missed on its first score. */
describe('names the b12 batch found wanting', () => {

  it('a weak name in a phrase that makes it a word: a preposition, a German idiom, a thing with its number', () => {
    expect(ids("Francesco Durante guida Sisal. Durante l'incontro con gli analisti, Durante ha confermato.", 'it')).toEqual(['p:francesco-durante', 'c:sisal', 'p:francesco-durante']);
    expect(ids('Enbridge runs Line 5 across Michigan.', 'en')).toEqual(['c:enbridge']);
    expect(ids('Bouygues Telecom apporterait 7,6 milliards et Free 5,1.', 'fr')).toContain('b:free-iliad');
    expect(ids('OVS sale nel FTSE Italia Mid Cap.', 'it')).not.toContain('c:ftse-russell');
  });

  it('a legal form written after a name is part of it ("TC Energy Corp.", "Enbridge Inc.")', () => {
    expect(found('TC Energy Corp. and Enbridge Inc. reported. Sika AG rose.', 'en').map(([surface]) => surface)).toEqual(['TC Energy Corp.', 'Enbridge Inc.', 'Sika AG']);
  });
});

/** What the held-out batch b15 (2026-12-01) marked wrongly or missed on its first score. */
describe('names the b15 batch found wanting', () => {

  it('the Prudential Regulation Authority is no Prudential; "la famille Mulliez" no company', () => {
    expect(ids('The Prudential Regulation Authority fined the lender.', 'en')).toEqual([]);
    expect(ids('La famille Mulliez contrôle Auchan.', 'fr')).not.toContain('c:association-familiale-mulliez');
  });

  it('Eni\'s nickname with its article: "il Cane a sei zampe"', () => {
    expect(found('Il Cane a sei zampe ha chiuso il trimestre.', 'it').map(([surface]) => surface)).toEqual(['Il Cane a sei zampe']);
  });
});

/** What the held-out batch b14 (2026-12-01) marked wrongly or missed on its first score. */
describe('names the b14 batch found wanting', () => {

  it('a name that ends inside a public body\'s name is part of it: "The European Commission"', () => {
    expect(ids('Apple was fined by The European Commission on Monday.', 'en')).not.toContain('b:the-european');
    expect(ids('Apple was fined on Monday, The European reported.', 'en')).toContain('b:the-european');
  });

  it('a family "von Siemens" is no company; "Vor allem Siemens" is', () => {
    expect(ids('Die Gründerfamilie von Siemens hält weiterhin rund 6 Prozent.', 'de')).toEqual([]);
    expect(ids('Vor allem Siemens profitiert davon, unter anderem Bosch.', 'de')).toEqual(['c:siemens', 'c:bosch']);
  });

  it('"an der Schweizer Börse SIX" names the exchange as a venue twice', () => {
    expect(ids('An der Schweizer Börse SIX stieg die UBS-Aktie.', 'de-CH')).toEqual(['c:ubs']);
  });

  it('a group named after its town is the town unless the group is named plainly', () => {
    expect(ids("L'annonce qui compte vient toutefois de Herstal : Safran Aero Boosters y investira.", 'fr')).not.toContain('c:groupe-herstal');
    expect(ids('Le Groupe Herstal publie ses comptes ; Herstal investit 100 millions.', 'fr')).toEqual(['c:groupe-herstal', 'c:groupe-herstal']);
  });

  it('an elided particle belongs to the surname: "Melzi d\u2019Eril"', () => {
    expect(ids('Alessandro Melzi d’Eril guida Mediobanca. Melzi d’Eril ha presentato il piano.', 'it')).toEqual(['p:alessandro-melzi-deril', 'c:mediobanca', 'p:alessandro-melzi-deril']);
  });

  it('the press names of Standard Chartered and Monte dei Paschi, and Ferrari\'s "il Cavallino"', () => {
    expect(ids('StanChart rose; Bill Winters spoke.', 'en')).toContain('c:standard-chartered');
    expect(ids('Il Cda di Rocca Salimbeni ha approvato: Banca Mps sale. Il Cavallino corre in Borsa.', 'it')).toEqual(['c:banca-monte-dei-paschi-di-siena', 'c:banca-monte-dei-paschi-di-siena', 'c:ferrari']);
  });
});

/** What the held-out batch b13 (2026-12-01) marked wrongly or missed on its first score. */
describe('names the b13 batch found wanting', () => {

  it('a surname that is a town, after a preposition of place or ending a list of places, is the town', () => {
    expect(ids("L'ad Fabrizio Palermo punta alle gare in Sicilia, a partire da Palermo.", 'it')).toEqual(['p:fabrizio-palermo']);
    expect(ids('La società guidata da Giuseppina Di Foggia cresce. Secondo Di Foggia, la rete regge.', 'it')).toEqual(['p:giuseppina-di-foggia', 'p:giuseppina-di-foggia']);
    expect(ids('Unicaja ganó cuota en las oficinas de Asturias y Santander.', 'es')).not.toContain('c:banco-santander');
    expect(ids('Google Cloud is a stronger rival to Microsoft and Amazon.', 'en')).toContain('c:amazon');
    // A town the press uses for the company is still the company where it is named plainly.
    expect(ids('Il titolo di Apple cresce, a Cupertino si brinda.', 'it')).toEqual(['c:apple', 'c:apple']);
  });

  it('a country named like a retailer is the country; the river Lonza is no Lonza', () => {
    expect(ids('Tesco rose 2%. Cod prices jumped after a poor catch off Iceland.', 'en')).not.toContain('c:iceland-foods');
    expect(ids('Der Auftragsfertiger Lonza, benannt nach dem Flüsschen Lonza, erhöht die Prognose.', 'de-CH')).toEqual(['c:lonza-group']);
  });

  it('a town\'s adjective is no newspaper: "des Stuttgarter Technologiekonzerns"', () => {
    expect(ids('Der Umsatz des Stuttgarter Technologiekonzerns Bosch sank.', 'de')).toEqual(['c:bosch']);
  });

  it('an outlet named by a word needs a reporting cue, not a company cue', () => {
    expect(ids('In der Konzernzentrale richtet sich der Blick auch auf die Börse.', 'de')).toEqual([]);
    expect(ids('Wie der Blick berichtet, verkauft die Bank ihre Tochter.', 'de-CH')).toContain('c:blick');
  });

  it('"Coop" is Coop Italia in Italian news and the Swiss retailer in German', () => {
    expect(ids('Conad e Coop crescono nella grande distribuzione.', 'it')).toContain('c:coop-italia');
    expect(ids('Coop und Migros wachsen, sagt der Detailhändler.', 'de-CH')).toContain('c:coop-switzerland');
  });

  it('an exchange named as where trading moves is a venue; "Anglo-Saxon" is no Anglo American', () => {
    expect(ids('GSK remains the heaviest stock even as trading moves to the New York Stock Exchange.', 'en')).not.toContain('c:new-york-stock-exchange');
    expect(ids("The Anglo-Saxon model rules the company's board.", 'en')).toEqual([]);
  });

  it('the short names the press gives Oxy, Cenovus, Suncor, Anglo, Teck, CKI, Healthineers and "la banque verte"', () => {
    expect(ids('Oxy sold OxyChem to Berkshire Hathaway; Cenovus and Suncor rose.', 'en')).toEqual(['c:occidental-petroleum', 'c:oxychem', 'c:berkshire-hathaway', 'c:cenovus-energy', 'c:suncor-energy']);
    expect(ids('Anglo American and Teck Resources merge. Anglo said Teck shareholders agreed; CKI bid too.', 'en')).toContain('c:ck-infrastructure-holdings');
    expect(ids('Der Medizintechnikkonzern Healthineers hebt die Prognose.', 'de')).toEqual(['c:siemens-healthineers']);
    expect(ids('Le Crédit Agricole publie ses comptes : la banque verte a gagné 2 milliards.', 'fr')).toEqual(['c:credit-agricole', 'c:credit-agricole']);
  });
});

/** What the held-out batch b11 (2026-12-01) marked wrongly or missed on its first score. */
describe('names the b11 batch found wanting', () => {

  it('a family, an abbreviated month, a region and the Swiss central bank are none of the companies', () => {
    expect(ids('Bayer sinkt; die Familie Merck hält zur Merck KGaA.', 'de')).not.toContain('c:e-merck-kg');
    expect(ids('Walmart reports on Feb. 1 and Target a week later.', 'en')).not.toContain('c:verbond-van-belgische-ondernemingen');
    expect(ids('Codelco produce buena parte en la región de Antofagasta.', 'es')).not.toContain('c:antofagasta');
    expect(ids('La BNS a relevé son taux; Lonza progresse.', 'fr-CH')).not.toContain('c:bank-of-nova-scotia');
  });
});

/** What the held-out batch b10 (2026-12-01) marked wrongly or missed on its first score. */
describe('names the b10 batch found wanting', () => {

  it('a home town named after a company noun, a plant by its town, a head office moved between towns', () => {
    expect(ids('Barilla cresce. Il gruppo di Parma investirà 200 milioni.', 'it')).toEqual(['c:barilla']);
    expect(ids('Il gruppo investirà negli impianti, a partire da quello di Alba.', 'it')).toEqual([]);
    expect(ids('Il gruppo investirà negli impianti e in Alba, la holding spagnola.', 'it')).toEqual(['c:corporacion-financiera-alba']);
    expect(ids('Banco Sabadell devolverá su sede social de Alicante a Sabadell.', 'es')).toEqual(['c:banco-sabadell']);
  });

  it('the New York exchange named in Spanish as where a share trades is a venue', () => {
    expect(ids('Los ADR de YPF cerraron en US$ 48,30 por acción en la Bolsa de Nueva York.', 'es')).toEqual(['c:ypf-sociedad-anonima']);
  });

  it('a company named after a person takes no short name from the first name ("un calice di Brunello")', () => {
    expect(ids('Brunello Cucinelli ha brindato con un calice di Brunello.', 'it')).not.toContain('c:brunello-cucinelli');
  });
});

/** What the held-out batch b9 (2026-12-01) marked wrongly or missed on its first score. */
describe('names the b9 batch found wanting', () => {

  it('a family named by a German compound ("die Eigentümerfamilie Schaeffler", "die Gründerfamilien Hoffmann und Oeri") is no company', () => {
    expect(ids('Schaeffler senkt die Prognose. Die Eigentümerfamilie Schaeffler trägt den Kurs mit.', 'de')).toEqual(['c:schaeffler']);
    expect(ids('Roche erhöht die Dividende, wovon vor allem die Gründerfamilien Hoffmann und Oeri profitieren.', 'de')).toEqual(['c:roche']);
  });

  it('an idiom made of a name, an index named after its provider and a place of old are none of them', () => {
    expect(ids('Benjamin Otto sieht Erholung. Auch Otto Normalverbraucher bestellt wieder mehr.', 'de')).toEqual(['p:benjamin-otto']);
    expect(ids('Ecopetrol subió y el MSCI Colcap cerró en alza.', 'es')).toEqual(['c:ecopetrol']);
    expect(ids('Il nome della banca richiama l’antica Mediolanum, ma Banca Mediolanum guarda avanti.', 'it')).toEqual(['c:banca-mediolanum']);
  });

  it('a German noun before a name is not part of it ("die Drogeriekette Rossmann")', () => {
    expect(found('Ungebremst wächst die Drogeriekette Rossmann aus Burgwedel.', 'de')).toEqual([['Rossmann', 'c:rossmann']]);
  });

  it('a person of a Spanish-speaking country is also named without her second surname', () => {
    // Abanca's CFO is recorded as Alberto de Francisco Guisasola; the press drops "Guisasola".
    expect(found('El director financiero, Alberto de Francisco, defendió el margen.', 'es')).toEqual([['Alberto de Francisco', 'p:alberto-de-francisco-guisasola']]);
    // Two given names are not a given name and a surname: María Dolores Dancausa keeps hers.
    expect(found('Según María Dolores, la tienda abre mañana.', 'es')).toEqual([]);
  });

  it('a Latin American name\'s two surnames name the person after the full name', () => {
    expect(found('Luis Carlos Sarmiento Gutiérrez preside el grupo. Sarmiento Gutiérrez propuso un dividendo.', 'es').map(([s]) => s)).toEqual(['Luis Carlos Sarmiento Gutiérrez', 'Sarmiento Gutiérrez']);
  });
});

/** What the held-out batch b8 (2026-12-01) marked wrongly or missed on its first score. */
describe('names the b8 batch found wanting', () => {

  it('families, exchanges named in a list or as a filing\'s, and Swiss public bodies are none of the companies', () => {
    expect(ids('Über die Porsche SE kontrollieren die Familien Porsche und Piëch den Konzern.', 'de')).toEqual(['c:porsche']);
    expect(ids('Ferrovial, que cotiza en Madrid, Ámsterdam y el Nasdaq, crece.', 'es')).toEqual(['c:ferrovial']);
    expect(ids('Ørsted shares rose on Nasdaq Copenhagen. The London Stock Exchange filing showed Diageo sold.', 'en')).toEqual(['c:orsted', 'c:diageo']);
    expect(ids('Le Seco a publié ses prévisions; BASF prévoit une hausse.', 'fr-CH')).toEqual(['c:basf']);
  });

  it('a town named by its works or offices is the town ("el soterramiento ferroviario de Santander"), the bank\'s analysts are the bank', () => {
    expect(ids('La constructora acaba de adjudicarse el soterramiento ferroviario de Santander por 186 millones.', 'es')).not.toContain('c:banco-santander');
    expect(ids('Los analistas de Santander creen que Telefónica crecerá.', 'es')).toContain('c:banco-santander');
  });

  it('the press names of Brookfield, DHL, Mercado Libre and Merlin, and no "Gigafactory" card', () => {
    expect(ids('Ørsted sold a stake to Brookfield.', 'en')).toEqual(['c:orsted', 'c:brookfield-asset-management']);
    expect(ids('DHL invertirá en México.', 'es')).toEqual(['c:deutsche-post']);
    expect(ids('Mercadolibre (MELI) ganó más.', 'es')).toEqual(['c:mercado-libre', 'c:mercado-libre']);
    expect(ids('Merlin subió en el Ibex 35.', 'es')).toEqual(['c:merlin-properties']);
    expect(ids('Northvolt planned a new Gigafactory in Sweden.', 'en')).toEqual(['c:northvolt']);
  });
});

/** What the held-out batch b7 (2026-12-01) marked wrongly or missed on its first score. */
describe('names the b7 batch found wanting', () => {

  it('an exchange named as where a share trades, a central bank and a venue named after a company are none of them', () => {
    expect(ids('Ryanair shares rose to €25.40 on Euronext Dublin.', 'en')).toEqual(['c:ryanair-holdings']);
    expect(ids('À Euronext Bruxelles, KBC a pris 1,36 €; la Banque nationale de Belgique estime que non.', 'fr')).toEqual(['c:kbc-bank']);
    expect(ids('Accor a vendu des billets pour l\'Accor Arena.', 'fr')).toEqual(['c:accor']);
    expect(ids('Die Londoner Konzerthalle Eventim Apollo trägt den Namen von CTS Eventim.', 'de')).toEqual(['c:cts-eventim']);
  });

  it('"ADM" in Italian news is the customs and gaming regulator', () => {
    expect(ids("Lottomatica ha ottenuto il via libera dell'ADM.", 'it')).toEqual(['c:lottomatica']);
  });

  it('a name joined by hyphens, or inside a hyphen compound, names what is named after the person', () => {
    expect(ids('Hasso Plattner sprach am Hasso-Plattner-Institut in Potsdam.', 'de')).toEqual(['p:hasso-plattner']);
  });

  it('a surname another capitalised word continues is someone else\'s name ("el puerto de Lázaro Cárdenas")', () => {
    expect(ids('Maersk amplía su terminal en el puerto de Lázaro Cárdenas.', 'es')).not.toContain('p:alvaro-guzman-de-lazaro');
  });

  it('"De los Mozos" at a sentence start is José Vicente de los Mozos', () => {
    expect(found('José Vicente de los Mozos presentó el plan. De los Mozos dijo que crecerá.', 'es').map(([s]) => s)).toEqual(['José Vicente de los Mozos', 'De los Mozos']);
  });
});

/** What the held-out batch b6 (2026-12-01) marked wrongly or missed on its first score. */
describe('names the b6 batch found wanting', () => {

  it('a plural article before a one-word name is the family ("i Caltagirone")', () => {
    expect(ids('Delfin e Francesco Gaetano Caltagirone restano alla finestra, ma i Caltagirone per ora non chiedono posti.', 'it')).toEqual(['c:delfin', 'p:francesco-gaetano-caltagirone']);
  });

  it('"Van den Brink" at a sentence start is Dolf van den Brink by his whole surname', () => {
    expect(found('Dolf van den Brink is pressing ahead. Van den Brink said volumes would recover.', 'en')).toEqual([
      ['Dolf van den Brink', 'p:dolf-van-den-brink'], ['Van den Brink', 'p:dolf-van-den-brink']]);
  });

  it('"Heineken" is the brewer, not its holding; "the company\'s U.S. unit" is no U.S. Bancorp', () => {
    expect(ids('Heineken raised its guidance, and the company\'s U.S. unit grew.', 'en')).toEqual(['c:heineken-international']);
  });

  it('a weak one-word name right after another known name continues it ("Nestlé Waters")', () => {
    const got = ids('Nestlé hat einen Partner gefunden: ein Konsortium übernimmt 50 Prozent der Sparte Nestlé Waters.', 'de');
    expect(got).toContain('c:nestle');
    expect(got).not.toContain('c:waters');
  });

  it('a town named after a town noun is the town ("im Vogesenstädtchen Vittel")', () => {
    const text = 'Nestlé verkauft Marken wie Perrier und Vittel. Im Vogesenstädtchen Vittel fallen Stellen weg.';
    expect(found(text, 'de').filter(([s]) => s === 'Vittel')).toHaveLength(1);
  });

  it('an article-led name in lower case is a common noun ("Le patron du groupe")', () => {
    expect(ids('Le patron du groupe, Frans Muller, attend une hausse.', 'fr')).toEqual(['p:frans-muller']);
  });

  it('stock indices block every kind ("Bel 20"); "la CNE" in Spanish is the energy regulator', () => {
    expect(ids('Ahold Delhaize fut la meilleure performance du Bel 20.', 'fr')).toEqual(['c:ahold-delhaize']);
    expect(ids('La Comisión y la CNE autorizaron la transacción de Iberdrola.', 'es')).toEqual(['c:iberdrola']);
  });

  it('"la Sener" on a Mexican page is the energy ministry; elsewhere the engineering group', () => {
    expect(ids('Iberdrola mantiene una relación excelente con la Sener.', 'es-MX')).toEqual(['c:iberdrola']);
    expect(ids('El grupo de ingeniería Sener firmó un contrato con Iberdrola.', 'es')).toContain('c:sener');
  });
});

/** What the held-out batch b5 (2026-12-01) marked wrongly or missed on its first score. */
describe('names the b5 batch found wanting', () => {

  it('a first name before a name recorded only in capitals is a person\'s ("Mercedes Lara")', () => {
    expect(found('Inditex y Mango crecen.\n\nSegún la analista Mercedes Lara, ambas empresas compiten en Europa.', 'es').map(([s]) => s)).not.toContain('Mercedes');
  });

  it('"CNV" in Spanish news is Argentina\'s securities regulator, no union; "International" is no name', () => {
    expect(ids('YPF informó a la CNV su plan de inversiones.', 'es')).toEqual(['c:ypf-sociedad-anonima']);
    expect(ids('OMV bringt seine Mehrheit an Borealis in die neue Borouge Group International ein.', 'de')).not.toContain('c:international-brotherhood-of-teamsters');
  });

  it('a venue named as where a share trades is no company ("an der Wiener Börse")', () => {
    expect(found('Die Aktie legte an der Wiener Börse um 2 Prozent zu.', 'de')).toEqual([]);
  });

  it('finds Eni by its press nickname, with the article the press writes', () => {
    expect(found('Il Cane a sei zampe chiude i primi nove mesi in utile.', 'it')).toEqual([['Il Cane a sei zampe', 'c:eni']]);
  });
});


describe('names the b16 batch found wanting', () => {

  it('"Lockheed" and "Delta", the short names of cited page titles; a lone "delta" stays a word', () => {
    expect(ids('Lockheed raised its outlook; RTX followed.', 'en')).toContain('c:lockheed-martin');
    expect(ids('UNITED, DELTA BET ON PREMIUM CABINS\n\nDelta Air Lines and United Airlines raised their outlooks.', 'en').filter((id) => id === 'c:delta-air-lines')).toHaveLength(2);
    expect(ids('The river delta floods every spring, and the delta between the bids widened.', 'en')).toEqual([]);
  });

  it('"Zurich" is the insurer in German, Italian and Spanish news, the city in English and French', () => {
    expect(ids('Versicherer im Aufwind: Zurich steigerte den Gewinn, Swiss Re auch.', 'de')).toEqual(['c:zurich-insurance-group', 'c:swiss-reinsurance-company']);
    expect(ids('Zurich ha chiuso il semestre con un utile in crescita.', 'it')).toEqual(['c:zurich-insurance-group']);
    expect(ids('UBS, based in Zurich, said the insurer and the bank would buy back shares.', 'en')).toEqual(['c:ubs']);
    expect(ids('Le siège de UBS à Zurich; la banque a racheté des actions.', 'fr')).toEqual(['c:ubs']);
  });

  it('Argentina\'s official exchange market is no part of Mercado Libre', () => {
    expect(ids('El dólar oficial cerró a $ 1.050 en el Mercado Libre de Cambios, mientras Mercado Libre subió 3 %.', 'es-AR')).toEqual(['c:mercado-libre']);
  });
});

describe('names the b17 batch found wanting', () => {

  it('a name before a street, park or square noun is the place ("near Macquarie Park")', () => {
    expect(ids('Transurban will widen the M2 near Macquarie Park, Macquarie Group said.', 'en')).toEqual(['c:transurban', 'c:macquarie-group']);
  });

  it('"il Milan" is the football club in Italian news only', () => {
    expect(ids('Inter e Milan sono proprietari dello stadio; il Milan punta sull\'hospitality.', 'it')).toEqual(['c:inter', 'c:ac-milan', 'c:ac-milan']);
    expect(ids('Shares of Prada rose in Milan, where Milan Fashion Week begins.', 'en')).toEqual(['c:prada-group']);
    expect(ids('Su Euronext Milan il titolo sale.', 'it')).toEqual([]);
  });
});

describe('names the b18 batch found wanting', () => {

  it('in German an indefinite article makes a surname that is also a noun the noun ("ein Brand")', () => {
    expect(ids('Konzernchef Christoph Brand bestätigte die Prognose. Ein Brand in einer Trafostation belastete das Ergebnis.', 'de')).toEqual(['p:christoph-brand']);
  });

  it('a word that is also a name, as the first half of a compound ("Wind- und Solarparks"), is the word', () => {
    expect(ids('Der Konzern will die Investitionen in Wind- und Solarparks erhöhen.', 'de')).toEqual([]);
  });
});


describe('short names and nicknames added on 2026-12-02 (b19 batch and cited page titles)', () => {

  it('reads the press short names of carmakers and consumer groups ("Ford", "Toyota", "P&G")', () => {
    expect(ids('Ford e Toyota tagliano i prezzi, mentre P&G e J&J alzano le stime.', 'it')).toEqual(['c:ford-motor-company', 'c:toyota-motor', 'c:procter-and-gamble', 'c:johnson-and-johnson']);
    expect(ids('General Motors reported a loss. GM said it would cut jobs.', 'en')).toEqual(['c:general-motors', 'c:general-motors']);
    expect(ids('GM crops are banned here. The GM of the hotel resigned.', 'en')).toEqual([]);
  });

  it('"die Bahn", "der Kranich", "die Wolfsburger" in German news, never as a noun or an adjective', () => {
    expect(ids('Die Deutsche Bahn meldet Verluste. Die Bahn will sparen, die S-Bahn fährt weiter.', 'de')).toEqual(['c:deutsche-bahn', 'c:deutsche-bahn']);
    expect(ids('Die S-Bahn fährt nicht. Auf der Bahn liegt Schnee.', 'de')).toEqual([]);
    expect(ids('Die Lufthansa meldet Zahlen. Der Kranich fliegt wieder in die Gewinnzone.', 'de')).toEqual(['c:lufthansa', 'c:lufthansa']);
    expect(ids('Volkswagen spart. Die Wolfsburger wollen Stellen abbauen, und die Wolfsburger Fans protestieren.', 'de')).toEqual(['c:volkswagen-group', 'c:volkswagen-group']);
    expect(ids('The Bahn is late.', 'en')).toEqual([]);
  });

  it('"Rolls" is Rolls-Royce in the British press; a surname spelled with its diacritic counts alone', () => {
    expect(found('Chief executive Tufan Erginbilgiç said. Mr Erginbilgiç also confirmed. Shares in Rolls rose 3p.', 'en')).toEqual([
      ['Tufan Erginbilgiç', 'p:tufan-erginbilgic'], ['Erginbilgiç', 'p:tufan-erginbilgic'], ['Rolls', 'c:rolls-royce-holdings'],
    ]);
  });

  it('a place after a preposition of place ("frente a Santander", "a Capri e Portofino") is the place', () => {
    expect(ids('La compañía estudia un parque eólico frente a Santander.', 'es')).toEqual([]);
    expect(ids('Capri Holdings ha venduto Versace. Le boutique apriranno a Capri e Portofino.', 'it')).toEqual(['c:capri-holdings', 'c:versace']);
  });

  it('a person\'s name before a corporate word ("Prada Holding") is not the person', () => {
    expect(found('Miuccia Prada guida il gruppo. Attraverso Prada Holding la famiglia controlla il capitale.', 'it').map(([s, id]) => `${s}=${id}`)).not.toContain('Prada=p:miuccia-prada');
  });
});

describe('names the b20 batch found wanting', () => {

  it('a name written in two cases by one company ("ThyssenKrupp", "thyssenkrupp") is no shared, ambiguous name', () => {
    expect(ids('Der indische Stahlkonzern will die Sparte übernehmen. Am Montag teilte Thyssenkrupp mit, dass die Gespräche laufen.', 'de')).toEqual(['c:thyssenkrupp']);
  });

  it('a first name the story gives a person is not the company of that name, unless a noun says so', () => {
    expect(ids('Leonardo Maria Del Vecchio diventa il primo azionista tra gli eredi del fondatore, Leonardo, scomparso nel 2022.', 'it')).toEqual(['p:leonardo-maria-del-vecchio']);
    expect(ids('Leonardo Maria Del Vecchio investe. Il gruppo Leonardo cresce.', 'it')).toEqual(['p:leonardo-maria-del-vecchio', 'c:leonardo']);
  });

  it('a legal form named as such is not the airline ("constituée en SAS")', () => {
    expect(ids('Air France-KLM veut monter au capital de SAS. La filiale Transavia, constituée en SAS, vise 30 millions de passagers.', 'fr')).toEqual(['c:air-france-klm-group', 'c:sas', 'c:transavia-france']);
  });

  it('a German genitive before a corporate word stays the person ("Křetínskýs Holding")', () => {
    expect(ids('Offen ist die Rolle von Daniel Křetínský, hieß es am Montag. Křetínskýs Holding EPCG hält 20 Prozent.', 'de')).toEqual(['p:daniel-kretinsky', 'p:daniel-kretinsky', 'c:ep-corporate-group']);
  });
});

describe('names the b21 batch found wanting', () => {

  it('an outlet named by a German noun is the noun after a preposition ("mit Blick auf"), the outlet when cited', () => {
    expect(ids('Die Aktie dürfte auch mit Blick auf Hamburg wenig Freude haben, wie der Blick berichtet.', 'de')).toEqual(['c:blick']);
  });

  it('the kind of place a company runs is no short name of it ("am Flughafen Schwechat")', () => {
    expect(ids('Am Flughafen Schwechat blieben die Maschinen am Boden.', 'de')).toEqual([]);
  });

  it('"SDA" is the Swiss news agency only in German and French news; "Unibail" is URW', () => {
    expect(ids('SDA ha consegnato 100 milioni di pacchi per Poste Italiane.', 'it')).toEqual(['c:poste-italiane']);
    expect(ids('Unibail-Rodamco-Westfield vend des actifs. Unibail a cédé deux centres commerciaux.', 'fr')).toEqual(['c:unibail-rodamco-westfield', 'c:unibail-rodamco-westfield']);
  });
});

describe('forms the b22 batch found wanting', () => {

  it('"Rio" is Rio Tinto only in a story that names Rio Tinto; "St James\'s Place" without the dot', () => {
    expect(ids('Rio Tinto ended the talks. Instead Rio will hand the cash back.', 'en')).toEqual(['c:rio-tinto-corporation', 'c:rio-tinto-corporation']);
    expect(ids('Carnival in Rio drew record crowds.', 'en')).toEqual([]);
    expect(ids('St James\'s Place cut its fees.', 'en')).toEqual(['c:st-jamess-place']);
  });

  it('a name opening with its article gives way to a longer name after the article', () => {
    expect(found('La Caisse de dépôt et placement du Québec investira. La Caisse a refusé.', 'fr')).toEqual([
      ['Caisse de dépôt et placement du Québec', 'c:caisse-de-depot-et-placement-du-quebec'], ['La Caisse', 'c:caisse-de-depot-et-placement-du-quebec']]);
  });

  it('indices and Euronext\'s markets, rivers, seats and plants, a liquid: no company', () => {
    expect(ids('Clarkson fell 2% in the FTSE 250 while the S&P/ASX 200 rose.', 'en')).toEqual(['c:clarkson']);
    expect(ids('IMA è quotata su Euronext Star Milan.', 'it')).not.toContain('c:euronext');
    expect(ids('Iron ore from the Fortescue River valley.', 'en')).toEqual([]);
    expect(ids('El banco Sabadell devolverá su sede social de Alicante a Sabadell.', 'es')).toEqual(['c:banco-sabadell']);
    expect(ids('Salzgitter kündigte Einschnitte an, die vor allem das Stammwerk in Salzgitter treffen.', 'de')).toEqual(['c:salzgitter']);
    expect(ids('L’azote et l’air liquide sont livrés aux hôpitaux.', 'fr')).toEqual([]);
    expect(ids('Air Liquide investira. AIR LIQUIDE EN HAUSSE', 'fr')).toEqual(['c:air-liquide', 'c:air-liquide']);
  });

  it('"la Banque nationale" is a central bank, "Banque Nationale" the Canadian bank; offices in two towns', () => {
    expect(ids('La FSMA et la Banque nationale surveillent le secteur.', 'fr-BE')).toEqual([]);
    expect(ids('La Banque Nationale a publié ses résultats.', 'fr-CA')).toEqual(['c:national-bank-of-canada']);
    expect(ids('Banco Sabadell sube. Merlin ha vendido oficinas en Santander y Sabadell.', 'es')).toEqual(['c:banco-sabadell']);
  });

  it('a several-word name kept in its exact case is itself in a heading set in capitals', () => {
    expect(ids('RIO TINTO WALKS AWAY FROM GLENCORE\n\nRio Tinto said so.', 'en')).toEqual(['c:rio-tinto-corporation', 'c:glencore', 'c:rio-tinto-corporation']);
  });

  it('"MTC" is Zain only in English news (in Peru it is the ministry)', () => {
    expect(ids('El MTC destinará fondos al puerto.', 'es')).toEqual([]);
  });

  it('a surname alone is not the known person when the story names another bearer in full', () => {
    expect(ids('Chief executive Greg Goodman was upbeat. Goodman securities rose.', 'en')).toEqual([]);
    expect(ids('Larry Goodman said so. Goodman added more.', 'en')).toEqual(['p:larry-goodman', 'p:larry-goodman']);
  });
});

describe('short names of the b22 batch, from cited page titles', () => {
  it('"SJP" is St James\'s Place, "AvH" Ackermans & van Haaren; initials of a name the story gives in full', () => {
    expect(ids('SJP shares fell after the fee review.', 'en')).toEqual(['c:st-jamess-place']);
    expect(ids('AvH a publié des résultats record.', 'fr')).toEqual(['c:ackermans-and-van-haaren']);
    expect(ids('Associated British Ports said ABP would spend more.', 'en')).toEqual(['c:associated-british-ports', 'c:associated-british-ports']);
  });
});

describe('forms the b23 batch found wanting', () => {

  it('a place: "La Serena" inside a sentence, a seat in a town; a regulator; a currency code by a number', () => {
    expect(ids('Sacyr construirá la ruta hasta La Serena.', 'es')).toEqual(['c:sacyr']);
    expect(ids('La fonderie X-FAB, dont le siège se trouve à Tessenderlo, investira.', 'fr')).toEqual(['c:x-fab']);
    expect(ids('L\'Autorità di regolazione dei trasporti ha deciso.', 'it')).toEqual([]);
    expect(ids('The backlog stands at CAD 31.2 billion.', 'en-CA')).toEqual([]);
  });

  it('a name before a colon and a price is no exchange label ("della Juventus: 3,10 euro")', () => {
    expect(ids('Tether ha offerto il 65,4% della Juventus: 3,10 euro per azione.', 'it')).toContain('c:juventus');
  });

  it('"Swiss" is the airline outside English news, not before another capitalised name; "Interpublic"', () => {
    // "Swiss Steel" is the steelmaker (known since round 37's sixth wave), never the airline.
    expect(ids('Die Swiss erzielte einen Gewinn, der Swiss Market Index fiel, Swiss Steel leidet.', 'de')).toEqual(['c:swiss-international-air-lines', 'c:swiss-steel-group']);
    expect(ids('Swiss banks gained as the Swiss franc rose.', 'en')).toEqual([]);
    expect(ids('Omnicom a racheté Interpublic.', 'fr')).toEqual(['c:omnicom-group', 'c:the-interpublic-group-of-companies']);
  });
});

describe('forms the b24 batch found wanting', () => {
  it('a town\'s adjective before a noun says where ("der Basler Pharmakonzern"), a plural of a word is no genitive ("Displays senkte")', () => {
    expect(ids('Der Basler Pharmakonzern Roche investiert in den USA.', 'de')).toEqual(['c:roche']);
    expect(ids('Der Hersteller von Sensoren und Displays senkte die Kosten.', 'de')).toEqual([]);
  });

  it('a company noun compounded on an ambiguous name keeps it a company after an adjective ("die frühere Continental-Sparte")', () => {
    expect(ids('Auch die frühere Continental-Sparte Aumovio meldete Fortschritte.', 'de')).toEqual(['c:continental', 'c:aumovio']);
    expect(ids('Eine kontinentale Allianz der Zulieferer entsteht.', 'de')).toEqual([]);
  });

  it('a lower-case brand that is a word ("occhiali smart") and a comparative opening a sentence ("Closer to home") are words', () => {
    expect(ids('EssilorLuxottica corre con gli occhiali smart.', 'it')).toEqual(['c:essilorluxottica']);
    expect(ids('Closer to home, Rio Tinto posted a profit.', 'en')).toEqual(['c:rio-tinto-corporation']);
  });

  it('"at Dublin Airport" is the place, "the operator of Dublin Airport" the airport company', () => {
    expect(ids('Growth at Dublin Airport remains capped.', 'en')).toEqual([]);
    expect(ids('Ryanair attacked daa, the operator of Dublin Airport.', 'en')).toContain('c:dublin-airport');
  });

  it('short names from page titles: "L&G", "Pernod", "Rémy" after Rémy Cointreau (a first name elsewhere)', () => {
    expect(ids("L&G's dividend rises.", 'en')).toEqual(['c:legal-and-general']);
    expect(ids('Pernod a fait mieux qu\'attendu aux Etats-Unis.', 'fr')).toEqual(['c:pernod-ricard']);
    expect(ids('Rémy Cointreau taille dans les coûts. Le titre Rémy a perdu 6 %.', 'fr')).toEqual(['c:remy-cointreau', 'c:remy-cointreau']);
    expect(ids('Rémy a quitté le village.', 'fr')).toEqual([]);
  });
});

describe('forms the b25 batch found wanting', () => {
  it('Peru\'s regulator "Superintendencia de Banca, Seguros y AFP" is no news agency; the agency alone still is', () => {
    expect(ids('La Superintendencia de Banca, Seguros y AFP aprobó la compra.', 'es-PE')).toEqual([]);
    expect(ids('Según informó la agencia AFP, el banco cerró la compra.', 'es')).toContain('c:agence-france-presse');
  });
});

describe('forms the b26 batch found wanting', () => {
  it('"Big Tech" is a sector and "Tops" a verb in a title-cased headline; "le canal de Suez" the canal', () => {
    expect(ids("Big Tech's AI Bill Tops $400 Billion as Microsoft Lifts Capex", 'en')).toEqual(['c:microsoft']);
    expect(ids('Le coût des réactifs, renchéri par les perturbations sur le canal de Suez, a pesé.', 'fr')).toEqual([]);
  });

  it('"Condor" is the German airline outside English news, "ECI" El Corte Inglés in Spanish news', () => {
    expect(ids('Der Ferienflieger Condor erweitert sein Programm.', 'de')).toEqual(['c:condor-flugdienst']);
    expect(ids('Las ventas de ECI crecieron un 4 %, según la empresa.', 'es')).toEqual(['c:el-corte-ingles']);
  });

  it('"Novo" in pharma news is Novo Nordisk (a cited short name), not the foundation\'s Novo Holdings', () => {
    expect(ids('Novo Nordisk cut its outlook. Novo insisted it would win back share.', 'en')).toEqual(['c:novo-nordisk', 'c:novo-nordisk']);
  });
});

describe('forms the b49-b50 batches found wanting', () => {
  it('tells two people of one name apart by the company the story names', () => {
    const breedon = ids('Breedon Group chief executive Rob Wood said volumes fell. Wood added that prices held.', 'en');
    const entain = ids('Entain said its finance chief Rob Wood would leave next year. Wood joined in 2019.', 'en');
    expect(breedon[0]).toBe('c:breedon-group');
    expect(entain[0]).toBe('c:entain');
    // The full name and the surname after it are one person, not the other company's Rob Wood.
    expect(breedon[1]).toBe(breedon[2]);
    expect(entain[1]).toBe(entain[2]);
    expect(breedon[1]).not.toBe(entain[1]);
  });

  it('reads a French capital with or without its accent, and the German neuter genitive', () => {
    expect(ids('Le fonds a grossi, selon Les Échos, et La Financière de l\'Échiquier suit.', 'fr')).toEqual(['c:les-echos', 'c:la-financiere-de-lechiquier']);
    expect(ids('Die Landwirte des Deutschen Milchkontors stimmen ab.', 'de')).toEqual(['c:deutsches-milchkontor']);
  });

  it('leaves a rating grade, an index, a generic word and a town\'s compound name alone', () => {
    expect(ids("L'agenzia Moody's ha confermato il rating B3 con prospettive stabili.", 'it')).toEqual(['c:moodys']);
    expect(ids('It is one of the largest defence names on the FTSE AIM 100.', 'en')).toEqual([]);
    expect(ids('Le tour a été mené par Foxhaven Healthcare Capital Partners.', 'fr')).toEqual([]);
    expect(ids('Altri 45 milioni di euro andranno allo stabilimento di Lodi.', 'it')).toEqual([]);
    expect(ids("L'usine d'Évian-les-Bains embouteille l'eau.", 'fr')).toEqual([]);
  });

  it('reads towns where a name would stand: a plant "of" a brand, a power station "at", a province in brackets, a Catalan compound', () => {
    expect(ids('Resta aperto il dossier dello storico stabilimento di Fabriano, dice Fedrigoni.', 'it')).toEqual(['c:fedrigoni']);
    expect(found('La centrale au gaz T-Power à Tessenderlo est réservée, selon Tessenderlo Group.', 'fr').map(([surface]) => surface)).not.toContain('Tessenderlo');
    expect(ids('La división fabrica en Vila-seca y Flix (Tarragona).', 'es')).toEqual([]);
  });

  it('leaves French idioms alone: "la procédure Renault", "dans le vif"', () => {
    expect(ids('Les syndicats réclament l\'ouverture de la procédure Renault.', 'fr')).toEqual([]);
    expect(ids('CASINO ET AUCHAN TAILLENT DANS LE VIF', 'fr')).not.toContain('c:le-vif-lexpress');
  });
});

/** What the blind batch b92 (2026-12-04) marked wrongly on its first score. */
describe('names the b92 batch found wanting', () => {
  it('a family, its foundation, a court\'s town and an index are none of the companies of their names', () => {
    expect(ids('Minera Valparaíso, vehículo de inversión de la familia Matte, informó a la CMF.', 'es')).not.toContain('c:grupo-matte');
    expect(ids('La Fondation de famille Sandoz allège sa participation; Sandoz, le spécialiste des génériques, progresse.', 'fr')).toEqual(['c:fondation-de-famille-sandoz', 'c:sandoz']);
    expect(ids('La fondation de famille Peugeot finance des bourses.', 'fr')).toEqual([]);
    expect(ids('Il gruppo ha depositato al tribunale di Venezia la domanda di concordato.', 'it')).toEqual([]);
    expect(ids('Shares lagged as the Nasdaq Biotechnology Index fell.', 'en')).toEqual([]);
  });

  it('a family\'s company after "la holding di famiglia" stays the company', () => {
    expect(ids('Il controllo resta alla holding di famiglia Finhold, che ha il 60% del capitale.', 'it')).toEqual(['c:finhold']);
  });

  it('the trade\'s adjective after "marque" makes the brand, not the family member named before', () => {
    expect(found('Le président, Robert Peugeot, rappelle l\'histoire de la marque automobile Peugeot.', 'fr')).toEqual([['Robert Peugeot', 'p:robert-peugeot'], ['Peugeot', 'b:peugeot']]);
  });
});

/** What the blind batch b93 (2026-12-04) marked wrongly on its first score. */
describe('names the b93 batch found wanting', () => {
  it('reads short names by the page\'s language: "la AFA", "RDS", "Medios"', () => {
    expect(ids('La AFA aprobó el nuevo reparto de los derechos de televisión.', 'es')).not.toContain('c:association-of-flight-attendants-cwa');
    expect(ids('De son côté, RDS, propriété de Bell Média, se dit prête.', 'fr')).not.toContain('c:radio-dimensione-suono');
    expect(ids('Según el Estudio General de Medios, la audiencia cayó.', 'es')).not.toContain('c:medios');
  });

  it('a stadium, a brewery\'s descriptor and a former employer are no company of their own', () => {
    expect(ids('Schalke spielt vor ausverkauften Rängen in der Veltins-Arena.', 'de')).not.toContain('c:veltins');
    expect(found('Die Brauerei Veltins verlängert den Vertrag.', 'de')).toEqual([['Veltins', 'c:veltins']]);
    expect(ids('Newron fu fondata nel 1998 da un gruppo di ricercatori usciti da Pharmacia & Upjohn.', 'it')).toContain('c:pharmacia-and-upjohn');
  });
});
