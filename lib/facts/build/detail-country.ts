/**
 * The country a list entry's bracketed detail names: "Solaris (Polish bus maker)" among CAF's
 * subsidiaries is Polish. The build links a brand or unit to an entity already in the bundle by
 * name; when the detail names another country than that entity's own, they are namesakes (the
 * Berlin bank Solaris SE is not CAF's bus maker) and no owner is written.
 * Details are written in English by the gatherers; country values as the records spell them.
 */
const COUNTRY_WORDS: Readonly<Record<string, string>> = {
  italian: 'Italy', italy: 'Italy',
  french: 'France', france: 'France',
  german: 'Germany', germany: 'Germany',
  spanish: 'Spain', spain: 'Spain',
  portuguese: 'Portugal', portugal: 'Portugal',
  british: 'United Kingdom', uk: 'United Kingdom', english: 'United Kingdom', scottish: 'United Kingdom',
  american: 'United States', us: 'United States', usa: 'United States',
  swiss: 'Switzerland', switzerland: 'Switzerland',
  austrian: 'Austria', austria: 'Austria',
  dutch: 'Netherlands', netherlands: 'Netherlands',
  belgian: 'Belgium', belgium: 'Belgium',
  luxembourg: 'Luxembourg',
  swedish: 'Sweden', sweden: 'Sweden',
  danish: 'Denmark', denmark: 'Denmark',
  norwegian: 'Norway', norway: 'Norway',
  finnish: 'Finland', finland: 'Finland',
  irish: 'Ireland', ireland: 'Ireland',
  polish: 'Poland', poland: 'Poland',
  czech: 'Czech Republic',
  hungarian: 'Hungary', hungary: 'Hungary',
  romanian: 'Romania', romania: 'Romania',
  greek: 'Greece', greece: 'Greece',
  turkish: 'Turkey', turkey: 'Turkey',
  chinese: 'China', china: 'China',
  japanese: 'Japan', japan: 'Japan',
  korean: 'South Korea',
  indian: 'India', india: 'India',
  canadian: 'Canada', canada: 'Canada',
  brazilian: 'Brazil', brazil: 'Brazil',
  mexican: 'Mexico', mexico: 'Mexico',
  australian: 'Australia', australia: 'Australia',
};

/** The one country the detail names, or undefined (none, or several: "UK and Irish arm"). */
export function countryNamedIn(detail: string | undefined): string | undefined {
  if (!detail) return undefined;
  const named = new Set<string>();
  for (const word of detail.split(/[^\p{L}]+/u)) {
    const country = COUNTRY_WORDS[word.toLowerCase()];
    // "US" only in capitals: "us" is an English pronoun.
    if (country && (word.toLowerCase() !== 'us' || word === 'US')) named.add(country);
  }
  return named.size === 1 ? [...named][0] : undefined;
}

/** Whether a detail's country and an entity's recorded country say these are two businesses. */
export function countriesClash(detail: string | undefined, entityCountry: string | undefined): boolean {
  const named = countryNamedIn(detail);
  return !!named && !!entityCountry && !entityCountry.includes(named);
}
