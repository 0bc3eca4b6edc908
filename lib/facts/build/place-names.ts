/**
 * Country and territory names of more than one word, in the five page languages: "United States"
 * is no mention of United Airlines, "Costa Rica" none of Costa Coffee, "Hong Kong" none of a
 * "Hong" brand. The build adds them to the index's block list (like the non-company
 * organisations), so the longest match consumes them. The list travels in the index file: the
 * content script carries no copy, and a fact pack's recompile keeps it. Generated once from
 * Intl.DisplayNames (type "region", Node 20's ICU) for it/en/fr/de/es, names with a space or
 * hyphen, without the "unknown region", "SAR" and bracketed forms; static, so every build gives
 * the same index whatever ICU it runs on.
 */
export const PLACE_NAMES: readonly string[] = [
  'Hong Kong', 'Hongkong', 'Macao', // the SAR forms below are too long for news text
  'Afrique du Sud', 'Åland Islands', 'American Samoa', 'Amerikanisch-Samoa',
  'Amerikanische Jungferninseln', 'Amerikanische Überseeinseln', 'Antigua e Barbuda',
  'Antigua und Barbuda', 'Antigua y Barbuda', 'Antigua-et-Barbuda', 'Arabia Saudí',
  'Arabia Saudita', 'Arabie saoudite', 'Ascension Island', 'Bosnia ed Erzegovina',
  'Bosnia y Herzegovina', 'Bosnie-Herzégovine', 'Bosnien und Herzegowina', 'Bouvet Island',
  'Britische Jungferninseln', 'Britisches Territorium im Indischen Ozean',
  'British Indian Ocean Territory', 'British Virgin Islands', 'Brunei Darussalam', 'Burkina Faso',
  'Cabo Verde', 'Canary Islands', 'Cap-Vert', 'Cape Verde', 'Capo Verde', 'Caraibi Olandesi',
  'Caribbean Netherlands', 'Caribe neerlandés', 'Cayman Islands', 'Central African Republic',
  'Ceuta e Melilla', 'Ceuta et Melilla', 'Ceuta und Melilla', 'Ceuta y Melilla', 'Christmas Island',
  'Città del Vaticano', 'Ciudad del Vaticano', 'Clipperton Island', 'Clipperton-Insel',
  'Congo-Brazzaville', 'Congo-Kinshasa', 'Cook Islands', 'Corea del Nord', 'Corea del Norte',
  'Corea del Sud', 'Corea del Sur', 'Corée du Nord', 'Corée du Sud', 'Costa d\'Avorio',
  'Costa Rica', 'Côte d\'Ivoire', 'Diego Garcia', 'Diego García', 'Dominican Republic',
  'Dominikanische Republik', 'El Salvador', 'Emirati Arabi Uniti', 'Emiratos Árabes Unidos',
  'Émirats arabes unis', 'Equatorial Guinea', 'Estados Unidos', 'État de la Cité du Vatican',
  'États-Unis', 'Europäische Union', 'European Union', 'Falkland Islands', 'Faroe Islands',
  'Französisch-Guayana', 'Französisch-Polynesien', 'Französische Süd- und Antarktisgebiete',
  'French Guiana', 'French Polynesia', 'French Southern Territories',
  'Georgia del Sud e Sandwich Australi', 'Géorgie du Sud-et-les Îles Sandwich du Sud',
  'Guayana Francesa', 'Guinea Ecuatorial', 'Guinea Equatoriale', 'Guinea-Bisáu', 'Guinea-Bissau',
  'Guinée équatoriale', 'Guinée-Bissau', 'Guyana Francese', 'Guyane française',
  'Heard und McDonaldinseln', 'Île Bouvet', 'Île Christmas', 'Île Clipperton',
  'Île de l\'Ascension', 'Île de Man', 'Île Norfolk', 'Îles Åland', 'Îles Caïmans', 'Îles Canaries',
  'Îles Cocos', 'Îles Cook', 'Îles Féroé', 'Îles Heard-et-MacDonald', 'Îles Malouines',
  'Îles Mariannes du Nord', 'Îles Marshall', 'Îles mineures éloignées des États-Unis',
  'Îles Pitcairn', 'Îles Salomon', 'Îles Turques-et-Caïques', 'Îles Vierges britanniques',
  'Îles Vierges des États-Unis', 'Isla Bouvet', 'Isla Clipperton', 'Isla de la Ascensión',
  'Isla de Man', 'Isla de Navidad', 'Isla Norfolk', 'Islas Aland', 'Islas Caimán', 'Islas Cocos',
  'Islas Cook', 'Islas Feroe', 'Islas Georgia del Sur y Sandwich del Sur', 'Islas Heard y McDonald',
  'Islas Malvinas', 'Islas Marianas del Norte', 'Islas Marshall',
  'Islas menores alejadas de EE. UU.', 'Islas Pitcairn', 'Islas Salomón', 'Islas Turcas y Caicos',
  'Islas Vírgenes Británicas', 'Islas Vírgenes de EE. UU.', 'Isle of Man', 'Isola Ascensione',
  'Isola Bouvet', 'Isola Christmas', 'Isola di Clipperton', 'Isola di Man', 'Isola Norfolk',
  'Isole Åland', 'Isole Canarie', 'Isole Cayman', 'Isole Cook', 'Isole Fær Øer', 'Isole Falkland',
  'Isole Heard e McDonald', 'Isole Marianne Settentrionali', 'Isole Marshall',
  'Isole Minori Esterne degli Stati Uniti', 'Isole Pitcairn', 'Isole Salomone',
  'Isole Turks e Caicos', 'Isole Vergini Americane', 'Isole Vergini Britanniche',
  'Kanarische Inseln', 'Karibische Niederlande', 'Kongo-Brazzaville', 'Kongo-Kinshasa',
  'La Réunion', 'Macédoine du Nord', 'Macedonia del Nord', 'Macedonia del Norte',
  'Marshall Islands', 'Naciones Unidas', 'Nations Unies', 'Nazioni Unite', 'New Caledonia',
  'New Zealand', 'Nördliche Marianen', 'Norfolk Island', 'North Korea', 'North Macedonia',
  'Northern Mariana Islands', 'Nouvelle-Calédonie', 'Nouvelle-Zélande', 'Nueva Caledonia',
  'Nueva Zelanda', 'Nuova Caledonia', 'Nuova Zelanda', 'Paesi Bassi', 'Países Bajos',
  'Palästinensische Autonomiegebiete', 'Palestinian Territories', 'Papouasie-Nouvelle-Guinée',
  'Papua New Guinea', 'Papúa Nueva Guinea', 'Papua Nuova Guinea', 'Papua-Neuguinea', 'Pays-Bas',
  'Pays-Bas caribéens', 'Pitcairn Islands', 'Polinesia Francesa', 'Polinesia Francese',
  'Polynésie française', 'Porto Rico', 'Pseudo-accenti', 'pseudo-accents', 'Pseudo-Accents',
  'Pseudo-Akzente', 'pseudo-bidi', 'Pseudo-bidi', 'Pseudo-Bidi', 'Puerto Rico', 'Regno Unito',
  'Reino Unido', 'Repubblica Centrafricana', 'Repubblica Dominicana', 'República Centroafricana',
  'República Democrática del Congo', 'República Dominicana', 'Republik Moldau',
  'République centrafricaine', 'République dominicaine', 'Royaume-Uni', 'Sahara occidental',
  'Sáhara Occidental', 'Sahara Occidentale', 'Saint Kitts e Nevis', 'Saint Lucia', 'Saint Martin',
  'Saint Vincent e Grenadine', 'Saint-Barthélemy', 'Saint-Christophe-et-Niévès', 'Saint-Marin',
  'Saint-Martin', 'Saint-Pierre e Miquelon', 'Saint-Pierre-et-Miquelon',
  'Saint-Vincent-et-les Grenadines', 'Sainte-Hélène', 'Sainte-Lucie', 'Samoa américaines',
  'Samoa Americana', 'Samoa Americane', 'San Bartolomé', 'San Cristóbal y Nieves', 'San Marino',
  'San Martín', 'San Pedro y Miquelón', 'San Vicente y las Granadinas', 'Santa Elena',
  'Santa Lucía', 'Santo Tomé y Príncipe', 'São Tomé e Príncipe', 'São Tomé und Príncipe',
  'Sao Tomé-et-Principe', 'Saudi Arabia', 'Saudi-Arabien', 'Sierra Leona', 'Sierra Leone',
  'Sint Maarten', 'Solomon Islands', 'Soudan du Sud', 'South Africa', 'South Korea', 'South Sudan',
  'Spitzbergen und Jan Mayen', 'Sri Lanka', 'St. Barthélemy', 'St. Helena', 'St. Kitts und Nevis',
  'St. Lucia', 'St. Martin', 'St. Pierre und Miquelon', 'St. Vincent und die Grenadinen',
  'Stati Uniti', 'Sud Sudan', 'Sudán del Sur', 'Südgeorgien und die Südlichen Sandwichinseln',
  'Svalbard e Jan Mayen', 'Svalbard et Jan Mayen', 'Svalbard y Jan Mayen',
  'Terre Australi Francesi', 'Terres australes françaises',
  'Territoire britannique de l\'océan Indien', 'Territoires palestiniens', 'Territori Palestinesi',
  'Territorio Británico del Océano Índico', 'Territorio Britannico dell\'Oceano Indiano',
  'Territorios alejados de Oceanía', 'Territorios Australes Franceses', 'Territorios Palestinos',
  'Timor Est', 'Timor oriental', 'Timor-Leste', 'Trinidad e Tobago', 'Trinidad und Tobago',
  'Trinidad y Tobago', 'Trinité-et-Tobago', 'Tristan da Cunha', 'Tristán de Acuña',
  'Turks- und Caicosinseln', 'U.S. Virgin Islands', 'Unión Europea', 'Union européenne',
  'Unione europea', 'United Arab Emirates', 'United Kingdom', 'United Nations', 'United States',
  'Vatican City', 'Vereinigte Arabische Emirate', 'Vereinigte Staaten', 'Vereinigtes Königreich',
  'Vereinte Nationen', 'Viêt Nam', 'Wallis e Futuna', 'Wallis und Futuna', 'Wallis y Futuna',
  'Wallis-et-Futuna', 'Western Sahara', 'Zentralafrikanische Republik',
];

/** The places no entity is recorded under ("Hong Kong" stays a name if some record says so). */
export function placeBlockList(aliasTexts: Iterable<string>, fold: (s: string) => string): string[] {
  const recorded = new Set([...aliasTexts].map(fold));
  return PLACE_NAMES.filter((p) => !recorded.has(fold(p)));
}
