/**
 * A group's national unit is named with the country in the article's language: "Vodafone
 * España" is "Vodafone Espagne" in Les Echos, "Vodafone Spanien" in the Handelsblatt, "Vodafone
 * Spagna" in Il Sole 24 Ore. For a unit recorded as "<a known organisation's name> <country>",
 * the build adds the same name with the country in the other four languages. Country names from
 * Intl.DisplayNames (Node 20's ICU) for it/en/fr/de/es, kept static so every build gives the same
 * aliases; a few short forms the press uses everywhere ("UK", "US") are added by hand.
 */
const COUNTRY_FORMS: readonly (readonly string[])[] = [
  ['Italia', 'Italy', 'Italie', 'Italien', 'Italia'],
  ['Spagna', 'Spain', 'Espagne', 'Spanien', 'España'],
  ['Francia', 'France', 'France', 'Frankreich', 'Francia'],
  ['Germania', 'Germany', 'Allemagne', 'Deutschland', 'Alemania'],
  ['UK', 'Regno Unito', 'United Kingdom', 'Royaume-Uni', 'Vereinigtes Königreich', 'Reino Unido'],
  ['US', 'USA', 'Stati Uniti', 'United States', 'États-Unis', 'Vereinigte Staaten', 'Estados Unidos'],
  ['Portogallo', 'Portugal', 'Portugal', 'Portugal', 'Portugal'],
  ['Paesi Bassi', 'Netherlands', 'Pays-Bas', 'Niederlande', 'Países Bajos'],
  ['Belgio', 'Belgium', 'Belgique', 'Belgien', 'Bélgica'],
  ['Svizzera', 'Switzerland', 'Suisse', 'Schweiz', 'Suiza'],
  ['Austria', 'Austria', 'Autriche', 'Österreich', 'Austria'],
  ['Polonia', 'Poland', 'Pologne', 'Polen', 'Polonia'],
  ['Irlanda', 'Ireland', 'Irlande', 'Irland', 'Irlanda'],
  ['Svezia', 'Sweden', 'Suède', 'Schweden', 'Suecia'],
  ['Norvegia', 'Norway', 'Norvège', 'Norwegen', 'Noruega'],
  ['Danimarca', 'Denmark', 'Danemark', 'Dänemark', 'Dinamarca'],
  ['Finlandia', 'Finland', 'Finlande', 'Finnland', 'Finlandia'],
  ['Grecia', 'Greece', 'Grèce', 'Griechenland', 'Grecia'],
  ['Turchia', 'Türkiye', 'Turkey', 'Turquie', 'Türkei', 'Turquía'],
  ['Brasile', 'Brazil', 'Brésil', 'Brasilien', 'Brasil'],
  ['Messico', 'Mexico', 'Mexique', 'Mexiko', 'México'],
  ['Argentina', 'Argentina', 'Argentine', 'Argentinien', 'Argentina'],
  ['Cina', 'China', 'Chine', 'China', 'China'],
  ['Giappone', 'Japan', 'Japon', 'Japan', 'Japón'],
  ['India', 'India', 'Inde', 'Indien', 'India'],
  ['Romania', 'Romania', 'Roumanie', 'Rumänien', 'Rumanía'],
  ['Cechia', 'Czechia', 'Tchéquie', 'Tschechien', 'Chequia'],
  ['Ungheria', 'Hungary', 'Hongrie', 'Ungarn', 'Hungría'],
  ['Lussemburgo', 'Luxembourg', 'Luxembourg', 'Luxemburg', 'Luxemburgo'],
  ['Canada', 'Canada', 'Canada', 'Kanada', 'Canadá'],
  ['Australia', 'Australia', 'Australie', 'Australien', 'Australia'],
  ['Islanda', 'Iceland', 'Islande', 'Island', 'Islandia'],
];

/**
 * Regions the press of the five languages names as places (Spain's communities, Italy's regions,
 * the German and Austrian Länder, Swiss cantons, French regions): "llegados de Galicia", "in
 * Bayern", "das Walliser Flüsschen". Towns of 15,000 people or more are GeoNames' (aliases.ts).
 */
const REGIONS = [
  'Andalucía', 'Aragón', 'Asturias', 'Cantabria', 'Cataluña', 'Catalunya', 'Extremadura', 'Galicia', 'Navarra', 'Euskadi', 'Canarias', 'Baleares',
  'Piemonte', 'Lombardia', 'Veneto', 'Liguria', 'Toscana', 'Umbria', 'Lazio', 'Abruzzo', 'Molise', 'Campania', 'Puglia', 'Basilicata', 'Calabria',
  'Sicilia', 'Sardegna', 'Friuli', 'Trentino',
  'Bayern', 'Hessen', 'Sachsen', 'Thüringen', 'Niedersachsen', 'Saarland', 'Westfalen', 'Tirol', 'Kärnten', 'Steiermark', 'Vorarlberg', 'Burgenland',
  'Wallis', 'Valais', 'Tessin', 'Ticino', 'Graubünden', 'Aargau', 'Thurgau', 'Luzern', 'Lucerne', 'Lucerna',
  'Bretagne', 'Normandie', 'Alsace', 'Provence', 'Occitanie', 'Aquitaine', 'Bourgogne', 'Auvergne', 'Lorraine', 'Picardie',
  // Latin American regions and provinces the Spanish-language press names ("concesiones en
  // Magallanes", "plantas en Jalisco"), not the towns of the same name (GeoNames has those).
  'Magallanes', 'Atacama', 'Biobío', 'Araucanía', 'Aysén', 'Tarapacá', 'Maule', 'Ñuble',
  'Patagonia', 'Neuquén', 'Chubut', 'Tucumán', 'Misiones',
  'Jalisco', 'Chihuahua', 'Coahuila', 'Yucatán', 'Oaxaca', 'Veracruz', 'Guanajuato', 'Tamaulipas', 'Sinaloa',
  'Antioquia', 'Cundinamarca', 'Boyacá',
];

const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRY_FORMS.flat().map((f) => f.toLowerCase()));
const REGION_NAMES: ReadonlySet<string> = new Set(REGIONS.map((f) => f.toLowerCase()));

/** A country's name in one of the five languages ("Iceland", "Spagna"): a place before a brand. */
export const isCountryName = (text: string): boolean => COUNTRY_NAMES.has(text.trim().toLowerCase());
/** A region's name ("Galicia", "Wallis"). */
export const isRegionName = (text: string): boolean => REGION_NAMES.has(text.trim().toLowerCase());

/** "Vodafone España" -> head "Vodafone", the country's forms, the form written. */
function splitCountry(text: string): { head: string; forms: readonly string[]; form: string } | undefined {
  for (const forms of COUNTRY_FORMS) {
    const form = forms.find((f) => text.endsWith(` ${f}`));
    if (form) return { head: text.slice(0, -form.length - 1).trim(), forms, form };
  }
  return undefined;
}

/**
 * Other-language forms of an entity's names that are "<head> <country>" with the head of its own
 * name ("Vodafone España" of Vodafone Spain; not "La Poste Suisse" of Swiss Post), when the head
 * is another organisation's name (`isOrgName`): "Air France" gets none, there is no "Air".
 */
export function countryVariants(name: string, texts: readonly string[], isOrgName: (head: string) => boolean): string[] {
  const own = splitCountry(name);
  if (!own || !own.head || !isOrgName(own.head)) return [];
  const out = new Set<string>();
  for (const text of texts) {
    const s = splitCountry(text);
    if (s?.head === own.head) for (const f of s.forms) if (f !== s.form) out.add(`${s.head} ${f}`);
  }
  for (const t of texts) out.delete(t);
  return [...out];
}
