/**
 * Press nicknames, former names and short names that the curators found on pages they read but listed in
 * data/sources/curated/ADDED.md ("Corrections and newer facts ... for review") instead of the
 * records. Each entry names the page(s) ADDED.md gives. Aliases are names, not facts: they
 * help find mentions and carry no claim shown on a card.
 */
export interface PressNickname {
  /** Canonical name of the curated record. */
  entity: string;
  alias: string;
  /** Former name rather than a nickname. */
  formerName?: boolean;
  /** The short name the press uses for the company itself ("Swiss Re"), not a nickname. */
  shortForm?: boolean;
  seenIn: string;
}

export const PRESS_NICKNAMES: readonly PressNickname[] = [
  // Merck & Co. is MSD outside the US and Canada, where the Darmstadt group is "Merck"; which one
  // a bare "Merck" means depends on the page's language (alias-rows.ts, PRESS_MEANS_BY_LANGUAGE).
  { entity: 'Merck & Co.', alias: 'MSD', shortForm: true, seenIn: 'MSD New Zealand, "History of MSD" ("In all markets apart from the United States and Canada, we are known as MSD"); pharmaphorum, "A history of... Merck & Co" (2013)' },
  { entity: 'Merck Group', alias: 'Merck', shortForm: true, seenIn: 'pharmaphorum, "A history of... Merck & Co" (2013): Merck KGaA holds the rights to the name Merck outside North America; "A propos du nom Merck / MSD" (fr.doczz.net)' },
  // Two companies are "SEB": the Swedish bank signs so (its own site and press news) and the French
  // small-appliance group too; the page's language decides (alias-rows.ts, PRESS_MEANS_BY_LANGUAGE).
  { entity: 'Skandinaviska Enskilda Banken AB', alias: 'SEB', shortForm: true, seenIn: 'sebgroup.com press news ("Vi ska hjälpa våra kunder", SEB, 2020); Realtid, "Kritik mot SEB:s nya Tysklands-chef"; it.wikipedia.org, "Skandinaviska Enskilda Banken"' },
  { entity: 'GVM Care & Research', alias: 'GVM', shortForm: true, seenIn: 'Corriere del Veneto, "Codivilla, la gara chiusa con un unico candidato: il Gvm di Ravenna" (2018); Quotidiano Nazionale, "La ricetta di GVM Care" (2024)' },
  { entity: 'Generali', alias: 'Leone di Trieste', seenIn: 'QN, Affaritaliani, Il Giornale, Il Nord Est (ADDED.md)' },
  { entity: 'Generali', alias: 'il Leone di Trieste', seenIn: 'QN, Affaritaliani, Il Giornale, Il Nord Est (ADDED.md)' },
  { entity: 'Intesa Sanpaolo', alias: "Ca' de Sass", seenIn: 'QN, 2020 (ADDED.md)' },
  { entity: 'Intesa Sanpaolo', alias: 'Cà de Sass', seenIn: 'QN, 2020 (ADDED.md)' },
  { entity: 'Banco BPM', alias: 'Piazza Meda', seenIn: 'FIRSTonline, FundsPeople (ADDED.md)' },
  { entity: 'Leonardo', alias: 'Finmeccanica', formerName: true, seenIn: 'lmservizi.it, May 2024 (ADDED.md)' },
  // Short names the cited page titles use, for entities whose records lack them (REACH.md, round 5).
  { entity: 'Swiss Reinsurance Company Ltd', alias: 'Swiss Re', shortForm: true, seenIn: 'Süddeutsche Zeitung, Moneycab titles cited for Andreas Berger and Thierry Léger' },
  { entity: 'Metropole Télévision SA', alias: 'M6', shortForm: true, seenIn: 'CB News/AFP, Stratégies, La Tribune, April 2024 (docs/reach-notes/round-5/bucket-3.md)' },
  { entity: 'Metropole Télévision SA', alias: 'Groupe M6', shortForm: true, seenIn: 'CB News/AFP, Stratégies, La Tribune, April 2024 (docs/reach-notes/round-5/bucket-3.md)' },
  { entity: 'Banca Monte dei Paschi di Siena', alias: 'Montepaschi', shortForm: true, seenIn: 'the bank\'s own site title cited for its subsidiaries ("Organisational model (Montepaschi Group website)")' },
  // Short names the English, French and German press use daily, each in titles of pages the bundle cites.
  // The Quebec press's French name for the Royal Bank of Canada's investment bank.
  { entity: 'RBC Capital Markets', alias: 'RBC Marché des capitaux', shortForm: true, seenIn: 'La Presse, "La Banque Royale recrute des banquiers américains" (2009-01-06): "chez RBC Marché des capitaux"' },
  { entity: 'RBC Capital Markets', alias: 'RBC Marchés des capitaux', shortForm: true, seenIn: 'La Presse (2009-01-06), and Les Affaires (2010-12-18) for the plural form of the bank names ("BMO Marchés des capitaux")' },
  { entity: 'Société Générale', alias: 'SocGen', shortForm: true, seenIn: 'Financial News ("SocGen mounts bid to unite iconic City brands"), Euromoney and Bloomberg titles' },
  { entity: 'Walt Disney Company (The)', alias: 'Disney', shortForm: true, seenIn: 'ABC7 ("Disney acquires Lucasfilm in $4 billion deal"), TheWrap and 34 other cited titles' },
  { entity: 'Goldman Sachs', alias: 'Goldman', shortForm: true, seenIn: 'CNBC ("... the next president of Goldman as the bank shakes up its ranks"), Bloomberg titles' },
  { entity: 'TF1 Group', alias: 'TF1', shortForm: true, seenIn: 'Ozap 2022 and TF1 Info titles cited for Rodolphe Belmer ("... à la tête de TF1")' },
  { entity: 'BT Group PLC', alias: 'BT', shortForm: true, seenIn: 'BT Group RNS title cited for the company ("Adam Crozier appointed as Chairman of BT")' },
  { entity: 'Apollo Global Management', alias: 'Apollo', shortForm: true, seenIn: 'Business Insider title cited for the company ("Marc Rowan steered Apollo through a rough transition ...")' },
  { entity: 'E.ON', alias: 'Eon', shortForm: true, seenIn: 'Handelsblatt, Börsen-Zeitung and Rheinische Post titles cited for the company ("Eon sucht einen neuen Chef")' },
  { entity: 'Inmobiliaria Colonial', alias: 'Colonial', shortForm: true, seenIn: 'Vozpópuli 2022 and Expansión 2019 titles cited for the company ("Brugera dejará sus funciones ejecutivas en Colonial", "El tándem que resucitó Colonial")' },
  { entity: 'Bank of America', alias: 'BofA', shortForm: true, seenIn: 'Reuters via Boursorama, Compliance Week titles cited for Brian Moynihan' },
  // Names the press gives the listed company, read while checking held-out set F's misses.
  { entity: 'JPMorgan Chase', alias: 'J.P. Morgan', shortForm: true, seenIn: 'JPMorgan Chase (Wikipedia copy, twiki.owiki.org): "The J.P. Morgan brand is used by the investment banking, asset management, private banking ... divisions"' },
  { entity: 'JPMorgan Chase', alias: 'JP Morgan', shortForm: true, seenIn: 'JP Morgan (TheInfoList copy of Wikipedia, theinfolist.com/html/ALL/s/J/JP_Morgan.html), a title for JPMorgan Chase & Co.' },
  { entity: 'Merck Group', alias: 'Merck KGaA', shortForm: true, seenIn: 'Merck Group (Knowpia copy of Wikipedia): "the main company is Merck KGaA in Germany"; Merck KGaA (ne.se)' },
  { entity: 'ALD Automotive', alias: 'Ayvens', shortForm: true, seenIn: 'ALD\'s universal registration document, section "Profil d\'Ayvens" (ald.fr.digital-report.net/rapport/2192), which calls the company Ayvens' },
  { entity: 'ALD Automotive', alias: 'ALD', shortForm: true, seenIn: 'Société Générale\'s subsidiaries list ("ALD") and the ALD-LeasePlan pages cited for Tim Albertsen' },
  { entity: 'Naturgy', alias: 'Gas Natural', formerName: true, seenIn: 'Crónica Global, "Reynés acelera la toma de control de Gas Natural" (2018), cited for Francisco Reynés, Naturgy\'s chairman' },
  { entity: 'Citigroup', alias: 'Citi', shortForm: true, seenIn: 'Fortune CFO Daily, The Silicon Review and Reuters (LeapRate) titles cited for Mark Mason and Viswas Raghavan ("Citi CFO Mark Mason to step down")' },
  { entity: 'Casino Guichard-Perrachon S.A.', alias: 'Casino', shortForm: true, seenIn: 'La Tribune via Societe.com and AFP via Boursorama titles cited for Philippe Palazzi ("Casino n\'est « pas encore hors de danger »")' },
  // The listings write these without the name the press uses (found by the b4 fixtures, 2026-12-01).
  { entity: 'America Movil SAB de CV', alias: 'América Móvil', shortForm: true, seenIn: 'El Economista (Mexico), "América Móvil triplica ganancias en el tercer trimestre..." (2025-10-14); América Móvil, quarterly reports for 2Q 2015 and 3Q 2017' },
  { entity: 'Siemens Gamesa Renewable Energy SA', alias: 'Siemens Gamesa', shortForm: true, seenIn: 'Siemens Energy press release "Strategic development and personnel change at Siemens Gamesa"; Merca2, "Siemens Gamesa nombra a Andreas Nauen consejero delegado" (2020); Power Technology, "Siemens Gamesa CEO steps down"' },
  { entity: 'London Stock Exchange Group PLC', alias: 'LSEG', shortForm: true, seenIn: 'Evening Standard, "A tricky job on London shares for new man at the LSEG"; RTTNews, "Thomson Reuters, Blackstone Consortium Sells GBP 2.66 Bln Of LSEG Stock" (both cited for the company)' },
  { entity: 'Mosaic Company (The)', alias: 'Mosaic', shortForm: true, seenIn: 'Reuters via Manitoba Co-operator, "Mosaic CEO to step down" (2023), cited for the company' },
  { entity: 'Electronic Arts Inc.', alias: 'EA', shortForm: true, seenIn: 'SEC exhibit 99.1 cited for the company, "Letter from EA\'s Chairman and CEO, Andrew Wilson"' },
  { entity: 'Eni', alias: 'Cane a sei zampe', seenIn: 'La Voce delle Voci (2018: "accucciolate ai piedi del cane a sei zampe", on Eni\'s third-quarter results); FORMS.md lists "il Cane a sei zampe"' },
  { entity: 'Eni', alias: 'il Cane a sei zampe', seenIn: 'La Voce delle Voci (2018: "accucciolate ai piedi del cane a sei zampe", on Eni\'s third-quarter results); FORMS.md lists "il Cane a sei zampe"' },
  // Short names the press uses for companies the bundle holds under their listing names (found by
  // the corpus and the b13 batch, 2026-12-01; each read on the page named).
  { entity: 'Cenovus Energy Inc.', alias: 'Cenovus', shortForm: true, seenIn: 'Castanet (The Canadian Press), "MEG meeting on Cenovus deal paused to address \'regulatory inquiry\'" (2025-10-30)' },
  { entity: 'Suncor Energy Inc', alias: 'Suncor', shortForm: true, seenIn: 'CityNews Toronto (The Canadian Press), "Suncor tracking ahead of its production forecast at mid-point of year" (2024-08-07); CTV News, "Suncor\'s Q2 net profit increases more than fourfold year-over-year" (2022-08-05)' },
  { entity: 'Anglo American plc', alias: 'Anglo', shortForm: true, seenIn: 'Reuters via Global Banking & Finance Review (2025-12-09): "For both Teck and Anglo, the merger is a defense against hostile acquisition offers"; The Deep Dive, "Anglo, Teck shareholders approve merger"' },
  { entity: 'Teck Resources Ltd', alias: 'Teck', shortForm: true, seenIn: 'Reuters via Global Banking & Finance Review (2025-12-09): "Teck and Anglo American announced in September that they were merging"; The Deep Dive, "Anglo, Teck shareholders approve merger"' },
  { entity: 'Occidental Petroleum', alias: 'Oxy', shortForm: true, seenIn: 'Houston Chronicle via PressReader, "How Oxy\'s CEO weathered the oil bust and came out stronger" (2018-08-05)' },
  { entity: 'Siemens Healthineers', alias: 'Healthineers', shortForm: true, seenIn: 'Franken Fernsehen, "Erfreuliches Geschäftsjahr für die Siemens-Tochter Healthineers" ("Die Siemens-Tochter Healthineers hat heute Bilanz ... gezogen"); OVB Heimatzeitungen (2018-03-05), "Medizintechnik-Sparte Healthineers"' },
  { entity: 'CK Infrastructure Holdings', alias: 'CKI', shortForm: true, seenIn: 'Smart Water Magazine, "Hong Kong\'s CKI emerges as frontrunner for Thames Water rescue talks"; WaterBriefing (2025-10-20), "CKI would focus on the long-term future of Thames"' },
  { entity: 'Landsec', alias: 'Land Securities', formerName: true, seenIn: 'Landsec (Wikipedia copy on IPFS): "On 12 June 2017, Land Securities rebranded as Landsec. The registered company name remains Land Securities Group PLC."' },
  { entity: 'Crédit Agricole', alias: 'la banque verte', seenIn: 'La Tribune (2021-12), "Crédit Agricole, la banque qui se veut plus verte que verte": "pour que la « banque verte » soit également « la banque de la vie »"; Vert, "Le Crédit agricole, une banque « verte » dans le viseur des ONG"' },
  // Found by the b14 batch (2026-12-01), each read on the page named.
  { entity: 'Standard Chartered', alias: 'StanChart', shortForm: true, seenIn: 'De Telegraaf (2019-08), "Stan Chart vreest escalatie handelsconflict" ("Eerder kondigde StanChart aan ..."); Zonebourse, "Le PDG de StanChart affirme que l\'orientation mondiale de la banque est toujours valable"' },
  { entity: 'Banca Monte dei Paschi di Siena', alias: 'Banca Mps', shortForm: true, seenIn: 'Siena News, "Mps, sindaco Valentini: sorta di colpo di stato interno contro Fondazione" ("sull\'aumento di capitale da 3 miliardi per banca Mps")' },
  { entity: 'Banca Monte dei Paschi di Siena', alias: 'Rocca Salimbeni', seenIn: 'Liguria Business Journal (2023-06-09), "Bper, Montani: Mps non ci interessa" ("rispondendo a chi gli chiedeva un commento su Rocca Salimbeni"); Siena News ("dopo il via libera del Cda di Rocca Salimbeni")' },
  { entity: 'Ferrari', alias: 'il Cavallino', seenIn: 'Il Fatto Quotidiano (2025-09-02), "Il Gran Premio di Monza accende il sogno Ferrari: viaggio nel cuore del Cavallino a Maranello"; Il Messaggero Motori (2025-05: "le bandiere del Cavallino Rampante")' },
  { entity: 'Ferrari', alias: 'Cavallino Rampante', seenIn: 'Il Messaggero Motori (2025-05): "sventolano le bandiere del Cavallino Rampante"; Italiani come noi, "La lunga corsa del Cavallino rampante"' },
  // Found by the b16 batch (2026-12-01): short names in the titles of pages the bundle cites.
  { entity: 'Lockheed Martin', alias: 'Lockheed', shortForm: true, seenIn: 'AP via Columbus CEO, "Lockheed finalizes $9B purchase of helicopter maker Sikorsky"; Aviation Week via SDQuébec, "Lockheed Signals Change Is Coming With New CEO"; Reuters, "Lockheed Names F-35 Chief to Run Aeronautics"' },
  { entity: 'TC Energy', alias: 'TC Énergie', shortForm: true, seenIn: 'L\'Encyclopédie canadienne, "TransCanada PipeLines Limited" ("La société TC Énergie (auparavant TransCanada Corporation)"); Corporation TC Énergie, Notice annuelle 2019' },
  // Only in German, Italian and Spanish news (alias-rows.ts, PRESS_ONLY_IN).
  { entity: 'Zurich Insurance Group', alias: 'Zurich', shortForm: true, seenIn: 'Bilanz / Handelszeitung, "Die Gerüchte über den baldigen Abtritt des Zurich-Chefs sind verfrüht"; AWP / MarketScreener, "Versicherer Zurich erhält neue Chefin fürs Europageschäft"; MF-Milano Finanza, "L\'online Zurich lascia l\'Italia"; Wall Street Italia, "Kairos torna in vendita. Zurich in pole position"' },
  { entity: 'AC Milan', alias: 'Milan', shortForm: true, seenIn: 'ANSA, "Paul Singer, dopo l\'ipoteca sul Milan entra in Tim"; Quoted Business, "Prima il Milan, poi Tim. Chi c\'è dietro al fondo Elliott?"; PianetaMilan, "Cessione Milan, Cardinale: closing e dichiarazioni"' },
  { entity: 'Delta Air Lines', alias: 'Delta', shortForm: true, seenIn: 'World Airline News, "Delta reimagines its main cabin service"' },
  // German news says "die Bahn" for Deutsche Bahn (only in German: alias-rows.ts, PRESS_ONLY_IN);
  // the word is a dictionary noun, so the matcher asks for the full name or a cue first.
  { entity: 'Deutsche Bahn', alias: 'Bahn', shortForm: true, seenIn: 'de.wikipedia.org, "Deutsche Bahn" ("Die Deutsche Bahn AG (kurz DB AG oder DB, umgangssprachlich und ehemals in Werbedarstellungen auch Die Bahn)"); dpa-AFX via aktiencheck.de, "Führungswechsel: Bahn ..." ("Der Bund als Eigentümer der Bahn schlägt ... vor")' },
  { entity: 'Deutsche Bahn', alias: 'Bahn AG', shortForm: true, seenIn: 'MDR, "Lutz neuer Bahn-Chef" ("zum neuen Vorstandsvorsitzenden der Bahn AG")' },
  // Short names the press uses for companies the bundle holds under longer names, read in the titles of
  // pages the bundle cites for them (found by scanning those titles, 2026-12-02).
  { entity: 'Ford Motor Company', alias: 'Ford', shortForm: true, seenIn: 'Team-BHP, "Jim Farley to take over as new CEO of Ford"; Global Finance, "Ford Taps EV Specialist As Future CFO"; Automobilwoche, "Kumar Galhotra wird COO von Ford"' },
  { entity: 'General Motors', alias: 'GM', shortForm: true, seenIn: 'Autonoid, "GM names new CFO from outside auto industry"; GoAuto, "GM appoints new CFO"; Crain\'s Detroit Business, "Reuss succeeds Ammann as GM president"' },
  { entity: 'Toyota Motor Corp', alias: 'Toyota', shortForm: true, seenIn: 'AFP via LMBC News, "Toyota to replace Akio Toyoda as president and CEO"; Het Nieuwsblad, "Koji Sato volgt Akio Toyoda op bij Toyota"' },
  { entity: 'Procter & Gamble', alias: 'P&G', shortForm: true, seenIn: 'Financial Express (2021), "Jon R. Moeller elected as president and CEO of P&G"; TechStory, "Shailesh Jejurikar named P&G\'s first Indian CEO"' },
  { entity: 'Johnson & Johnson', alias: 'J&J', shortForm: true, seenIn: 'PMLiVE, "J&J group worldwide chair Sandra Peterson to retire"' },
  { entity: 'Croda International', alias: 'Croda', shortForm: true, seenIn: 'Chemistry & Industry (SCI), "Croda at 100: growth, innovation and sustainability"; Yorkshire Post (2014), "Croda\'s chief executive sees his pay package break £1.4m barrier"' },
  { entity: 'Emerson Electric', alias: 'Emerson', shortForm: true, seenIn: 'Business Wire via wallstreet-online, "Emerson Chief Executive Officer David N. Farr to retire"; Electrical Industry News, "Emerson names new chief executive officer"' },
  { entity: 'Gilead Sciences', alias: 'Gilead', shortForm: true, seenIn: 'Reuters via MarketScreener, "Gilead nomina Dietmar Berger come prossimo chief medical officer"; pharmaphorum, "Merdad Parsey will leave Gilead next year"' },
  { entity: 'Motorola Solutions', alias: 'Motorola', shortForm: true, seenIn: 'Manufacturing Dive, "Motorola to acquire defense radio maker Silvus Technologies for $4.4B"; Crain\'s Chicago Business, "Schools look to Motorola for security"' },
  { entity: 'Signet Jewelers', alias: 'Signet', shortForm: true, seenIn: 'JCK, "New Signet CEO announces plans to overhaul company"; National Jeweler, "Signet sees sales stabilize in Q1"' },
  { entity: 'Hormel Foods', alias: 'Hormel', shortForm: true, seenIn: 'The Shelby Report (2017), "Ettinger to retire, Snee elected Hormel chairman"' },
  { entity: 'KWS Saat', alias: 'KWS', shortForm: true, seenIn: 'IHK Hannover (2022), "Generationswechsel bei KWS"; Einbeck Aktuell (2021), "KWS-Aktionäre konnten wieder nur virtuell dabei sein"' },
  { entity: 'Admiral Group', alias: 'Admiral', shortForm: true, seenIn: 'The Times, "Admiral boss: we must be agile on the choppy seas of insurance"; Evening Standard, "Admiral boss Henry Engelhardt reveals retirement"' },
  { entity: 'Charter Communications', alias: 'Charter', shortForm: true, seenIn: 'Variety, "Chris Winfrey to become Charter CEO, succeeding Tom Rutledge"; Next TV, "Charter names Chris Winfrey president, CEO"' },
  { entity: 'Dell Technologies', alias: 'Dell', shortForm: true, seenIn: 'CRN, "Dell Partners Tout \'Operations Animal\' Clarke\'s Sole COO Role With Whitten Gone"; DigiBangla Tech (from Reuters), "Dell CFO Yvonne McGill leaving"' },
  { entity: 'Abbott Laboratories', alias: 'Abbott', shortForm: true, seenIn: 'BioSpace, "Abbott\'s Miles White to retire in 2020, COO tapped as new CEO"; Borderless, "Abbott elects CEO Ford chairman of the board"' },
  // German news: Lufthansa's crane emblem and Volkswagen's home town stand for the company (only in
  // German: alias-rows.ts, PRESS_ONLY_IN); both are ordinary words, so the company must be named too.
  { entity: 'Lufthansa', alias: 'der Kranich', seenIn: 'Kieler Nachrichten, "Die Lufthansa und ihre Probleme: der gerupfte Kranich" ("Der Kranich hat Federn gelassen")' },
  { entity: 'Volkswagen Group', alias: 'die Wolfsburger', seenIn: 'Der Spiegel, "Volkswagen bleibt Primus der Autoindustrie" ("Dank ihrer beiden Lkw-Töchter MAN und Scania lagen die Wolfsburger ... vor dem Markenbund"); presse-chef.de ("Diese Verkaufsmarke wollen die Wolfsburger bis 2018 erreichen")' },
  // Found by the b19 batch (2026-12-02), each read on the page named.
  // Short names of the b22 batch, each in a title of a page read for it (the pages corpus).
  { entity: "St. James's Place plc", alias: 'SJP', shortForm: true, seenIn: 'Henry Tapper (2023-10-14), "Wealth management draws a deep breath as SJP shares plunge 22%."; Citywire, "St James\'s Place Special Report" ("St James\'s Place (SJP)")' },
  { entity: 'Ackermans & van Haaren', alias: 'AvH', shortForm: true, seenIn: 'De Tijd, "Vastgoed steeds belangrijker als winstmotor voor AvH"; lesgrandesfortunes.be ("Ackermans & van Haaren (AvH)")' },
  // "Swiss" is an adjective in English news: the airline's short name only in the others (alias-rows.ts).
  { entity: 'Swiss International Air Lines', alias: 'Swiss', shortForm: true, seenIn: 'Zürcher Unterländer, "Swiss macht hohen Gewinn"; Tele 1, "Swiss mit weniger Gewinn"; Vorarlberger Nachrichten (2021-05-16), "Swiss will ins Schwarze"' },
  { entity: 'The Interpublic Group of Companies Inc.', alias: 'Interpublic', shortForm: true, seenIn: 'PR Newswire (2025-03-18), "Stockholders Approve Omnicom\'s Proposed Acquisition of Interpublic"; Provoke Media, "Shareholders approve Omnicom\'s acquisition of Interpublic"' },
  // "Rio" is also a place and a surname: it counts after "Rio Tinto" in the same story (ambiguous alias).
  { entity: 'Rio Tinto (corporation)', alias: 'Rio', shortForm: true, seenIn: 'The West Australian (2025-10-13), "Rio Tinto warns it\'s tightly balanced in sprint to the finish..." ("Rio owns a 53 per cent stake in the SimFer consortium"); The West Australian (2025-05-01), "Rio Tinto chair promises $20 billion for Pilbara heartland..." ("The full Rio board were in Perth")' },
  { entity: 'Rolls-Royce Holdings PLC', alias: 'Rolls', shortForm: true, seenIn: 'The Guardian (Nils Pratley, 2025-07-31) via mirrorbrief.com, "Rolls-Royce hits turbo speed. Now keep going for a decade" ("Rolls now thinks it will make £3.1bn-£3.2bn of operating profit"; "£7.5m-worth of Rolls shares")' },
  { entity: 'Anta Sports', alias: 'Anta', shortForm: true, seenIn: 'CKGSB Knowledge, "Ding Shizhong: From Shoe Seller to Founder of China\'s Largest Domestic Sports Company, Anta"' },
  // Found by the b21 batch (2026-12-02), read in the title of a page the bundle cites.
  { entity: 'Unibail-Rodamco-Westfield', alias: 'Unibail', shortForm: true, seenIn: '20 Minutes (2020-11-19), "Unibail : la fronde de Xavier Niel contraint le président du directoire au départ"' },
  // Short names of the b24 batch, each read on a page of the pages corpus.
  { entity: 'Legal & General', alias: 'L&G', shortForm: true, seenIn: 'Investegate (RNS, 2018-03-07), "L&G Full Year Results 2017 Part 1"; Hargreaves Lansdown, "Legal & General: results in line, buybacks ramping up" ("L&G\'s operations span across retirement, retail and asset management")' },
  { entity: 'Pernod Ricard', alias: 'Pernod', shortForm: true, seenIn: 'Zonebourse (Reuters), "Septembre meilleur pour la consommation en Chine - Pernod CFO"; Zonebourse (Reuters), "Pernod Ricard ralentit au 3e trimestre et déçoit en Chine" ("Pernod y reste très pénalisé", "Pernod a fait mieux qu\'attendu aux Etats-Unis")' },
  // English news drops the accent ("Remy achieved a staggering growth rate"); the French press keeps it.
  { entity: 'Rémy Cointreau', alias: 'Rémy', shortForm: true, seenIn: 'China Wine News (2021-06-29), "Remy Cointreau said it had made an excellent start..." ("Remy also underlined the importance of China", "Remy achieved a staggering growth rate of 39%")' },
  // Short names of the b26 batch, each read on a page of the pages corpus.
  { entity: 'El Corte Inglés', alias: 'ECI', shortForm: true, seenIn: 'Crónica Global, "El Corte Inglés ... Empresas" ("El grupo empresarial El Corte Inglés (ECI)"); Hispanidad, "El Corte Inglés: ejercicio 2024-2025" ("Resultados de El Corte Inglés (ECI)")' },
  { entity: 'Condor Flugdienst', alias: 'Condor', shortForm: true, seenIn: 'Stuttgarter Zeitung, "Gerettete Condor hebt wieder zu mehr Ferienzielen ab" ("Der staatlich gerettete Ferienflieger Condor"); trendyone (dpa), "Condor bietet ab Ende März auch innerdeutsche Flüge an"' },
  { entity: 'Novo Nordisk', alias: 'Novo', shortForm: true, seenIn: 'Reuters via reportify, "Wegovy-maker Novo Nordisk cuts outlook again as obesity drug sales slow" ("Novo is going through a tumultuous period"); Devdiscourse (2024-11-06), "Wegovy Wins: Novo Nordisk Surges..." ("Novo\'s CEO, Lars Fruergaard Jorgensen")' },
  // Head-office towns the Italian press writes for the company (FORMS.md "nicknames and
  // metonyms"); a town's name counts only where the company is named plainly (aliasFlags: place).
  { entity: 'Apple Inc.', alias: 'Cupertino', seenIn: 'la Repubblica, "Apple, trimestrale boom..." (2020-01-28: "tre mesi record che a Cupertino fanno guardare il futuro"); La Prima Pagina (2015-10-28: "gli ultimi gioielli di casa Cupertino")' },
  { entity: 'Meta Platforms', alias: 'Menlo Park', seenIn: 'la Repubblica, "Zuckerberg alle strette..." (2021-10-26: "che cosa altro hanno combinato a Menlo Park")' },
  { entity: 'Alphabet Inc.', alias: 'Mountain View', seenIn: 'Vita, "Google, la grande rete" ("il colosso di Mountain View"); Corriere della Sera ("l\'azienda di Mountain View"); HuffPost Italia (2023-05-15: "Il problema per Mountain View")' },
  // The b94 batch: the French name of Quebecor's cable operator, read on a page of the pages corpus.
  { entity: 'Videotron', alias: 'Vidéotron', shortForm: true, seenIn: 'en.wikipedia.org, "Vidéotron" ("Vidéotron is a Canadian integrated telecommunications company founded in 1964 ... Owned by Quebecor")' },
  // The b96 batch: the French name of IGM Financial, the Italian and French names of SBB Cargo,
  // each read on a page of the pages corpus.
  { entity: 'IGM Financial', alias: 'Société financière IGM', shortForm: true, seenIn: 'CNW (newswire.ca, 2023-11-01), "La Société financière IGM déclare ses résultats du troisième trimestre"; ADVFN / CNW (2024-08-07), same title for the second quarter' },
  { entity: 'IGM Financial', alias: 'Financière IGM', shortForm: true, seenIn: 'CNW (newswire.ca, 2023-11-01), "La Société financière IGM déclare ses résultats du troisième trimestre" ("Financière IGM")' },
  { entity: 'IGM Financial', alias: 'IGM', shortForm: true, seenIn: 'CNW (newswire.ca, 2023-11-01), "La Société financière IGM déclare ses résultats du troisième trimestre" ("IGM")' },
  { entity: 'SBB Cargo', alias: 'FFS Cargo', shortForm: true, seenIn: 'SBB Cargo blog, "Bilancio 2019: FFS Cargo chiude in pareggio"; Informare (2024), "FFS Cargo, risultati primo semestre 2024"' },
  { entity: 'SBB Cargo', alias: 'CFF Cargo', shortForm: true, seenIn: 'Routiers Suisses, "L\u2019avenir de CFF Cargo: l\u2019entreprise doit réduire ses coûts"; fr.wikipedia copy, "CFF Cargo"' },
  // The b97 batch: the short names the press uses for Rogers and MEG Energy, in titles of pages of the pages corpus.
  { entity: 'Rogers Communications Inc', alias: 'Rogers', shortForm: true, seenIn: 'Reuters via Statfolio (2023-04-03), "Canada\'s Rogers closes C$ billion deal for rival Shaw"; Business Recorder (2021-03-15), "Canada\'s Rogers to buy rival Shaw Communications in C$26bn deal"' },
  { entity: 'MEG Energy', alias: 'MEG', shortForm: true, seenIn: 'BOE Report / CP (2025-11-06), "MEG-Cenovus deal clears key shareholder vote after delays"; MT Newswires (2025-11-06), "MEG Energy Announces Shareholder Approval for Cenovus Transaction"' },
  { entity: 'Smith & Nephew', alias: 'Smith+Nephew', shortForm: true, seenIn: 'smith-nephew.com (2023-08-03), "Smith+Nephew Second Quarter and First Half 2023 Results" ("Smith+Nephew (LSE:SN, NYSE:SNN), the global medical technology company")' },
  // The French name of BCE's media arm, as the CRTC and the Quebec press write it.
  { entity: 'Bell Media', alias: 'Bell Média', shortForm: true, seenIn: 'CRTC, Décision de radiodiffusion 2016-262 ("la distribution des services RDS de Bell Média inc."); fr.wikipedia.org, "Bell Média"' },
];
