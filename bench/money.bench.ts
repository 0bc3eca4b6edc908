/**
 * Figure parser throughput on ~1 MB of generated multilingual news text, as a ratio to the
 * floor (one loop reading every char code of the same text), measured in the same run.
 * Run: `npx tsx bench/money.bench.ts` (or through `npm run bench`).
 */
import { parseFigures } from '../lib/money/index.ts';
import { prng } from './match-text.ts';

/** Size of the generated text, in UTF-16 code units. */
export const BENCH_TEXT_CHARS = 1_000_000;
const RUNS = 31;

/** Sentences in our own words: prose, figures, and the numbers that are not money. */
const SENTENCES: Record<string, string[]> = {
  it: [
    'Il gruppo ha chiuso il semestre con ricavi per 12,4 miliardi di euro e un utile di 850 milioni.',
    'Secondo fonti vicine al dossier, la trattativa potrebbe concludersi entro la fine del mese.',
    'Il titolo ha guadagnato il 2,3% a Piazza Affari, chiudendo a 14,82 euro.',
    'Nel 2025 la società conta 12.500 dipendenti in 40 paesi e investe miliardi nella rete.',
    'L’amministratore delegato ha confermato la cedola e il piano industriale presentato a marzo.',
    'La banca ha messo sul tavolo un’offerta da 10 miliardi e 86 milioni di euro.',
  ],
  en: [
    'The company reported revenue of $94.9 billion for the quarter, up 6% from a year earlier.',
    'People familiar with the matter said talks could still collapse over the coming weeks.',
    'Shares rose 3.1% to $182.50 in New York after the announcement on Tuesday morning.',
    'It has more than three billion users and employs 160,000 people across 45 countries.',
    'Regulators in Brussels are expected to rule on the merger before the end of the year.',
    'The group agreed to pay £1.5bn, or 263.4p a share, in cash for the smaller rival.',
  ],
  fr: [
    'Le groupe a réalisé un chiffre d’affaires de 44 milliards d’euros sur l’exercice écoulé.',
    'Selon plusieurs sources, les discussions se poursuivent avec les autorités de la concurrence.',
    'Le titre a terminé la séance en hausse de 1,8 %, à 68,40 euros, dans un marché calme.',
    'L’entreprise compte 3 millions d’abonnés et prévoit d’embaucher 1 200 salariés en 2026.',
    'La direction a confirmé l’objectif de marge annoncé lors de la journée investisseurs.',
    'Le fonds a levé 385 millions $ auprès d’investisseurs américains et européens.',
  ],
  de: [
    'Der Konzern steigerte den Umsatz im Quartal auf 23,6 Milliarden Euro, der Gewinn sank leicht.',
    'Nach Angaben aus Unternehmenskreisen sollen die Gespräche in den nächsten Wochen weitergehen.',
    'Die Aktie schloss um 1,2 Prozent fester bei 54,20 Euro, der Dax bei 24.000 Punkten.',
    'Im Jahr 2024 lieferte der Hersteller 2,495 Millionen Fahrzeuge an Kunden in aller Welt aus.',
    'Der Vorstand bestätigte die Prognose und kündigte ein Sparprogramm für die Verwaltung an.',
    'Die Bank zahlt 1,2 Mrd. Euro für die Übernahme und eine Dividende von 1,20 Euro je Aktie.',
  ],
  es: [
    'La compañía obtuvo un beneficio neto de 1.200 millones de euros en el primer semestre.',
    'Fuentes cercanas a la operación aseguran que el consejo decidirá la próxima semana.',
    'La acción subió un 2,1% hasta 14,20 euros en una sesión marcada por la volatilidad.',
    'El banco tiene 5 millones de clientes y abrirá 300 oficinas nuevas antes de 2027.',
    'El presidente defendió la estrategia ante los accionistas reunidos en la junta anual.',
    'La oferta valora la entidad en 44.000 millones de dólares, unos 40.500 millones de euros.',
  ],
};

/** Sentences without numbers: most of what a news article is made of. */
const PROSE: Record<string, string[]> = {
  it: [
    'La decisione arriva dopo settimane di indiscrezioni e smentite da parte dei vertici aziendali.',
    'Gli analisti restano divisi sulle prospettive del settore nel medio periodo.',
    'Il consiglio di amministrazione si riunirà nei prossimi giorni per valutare la proposta.',
    'Secondo il sindacato, il piano rischia di penalizzare gli stabilimenti del Mezzogiorno.',
    'La società non ha voluto commentare le indiscrezioni pubblicate dalla stampa americana.',
    'Il ministro ha ribadito che il governo seguirà da vicino l’evoluzione della vicenda.',
  ],
  en: [
    'The decision follows weeks of speculation and denials from senior executives.',
    'Analysts remain divided over the outlook for the sector in the medium term.',
    'The board is expected to meet in the coming days to consider the proposal.',
    'Unions warned that the plan could hit factories in the north of the country.',
    'The company declined to comment on the reports published by the American press.',
    'The minister said the government would follow developments closely.',
  ],
  fr: [
    'La décision intervient après des semaines de rumeurs et de démentis de la direction.',
    'Les analystes restent partagés sur les perspectives du secteur à moyen terme.',
    'Le conseil d’administration doit se réunir dans les prochains jours pour étudier l’offre.',
    'Les syndicats craignent que le plan ne pénalise les usines de province.',
    'L’entreprise n’a pas souhaité commenter les informations de la presse américaine.',
    'Le ministre a assuré que le gouvernement suivrait le dossier de près.',
  ],
  de: [
    'Die Entscheidung folgt auf wochenlange Spekulationen und Dementis aus der Chefetage.',
    'Analysten sind sich über die mittelfristigen Aussichten der Branche uneinig.',
    'Der Aufsichtsrat soll in den kommenden Tagen über das Angebot beraten.',
    'Die Gewerkschaften befürchten, dass der Plan die Werke im Osten trifft.',
    'Das Unternehmen wollte die Berichte der amerikanischen Presse nicht kommentieren.',
    'Der Minister versicherte, die Regierung werde die Entwicklung genau verfolgen.',
  ],
  es: [
    'La decisión llega tras semanas de rumores y desmentidos por parte de la dirección.',
    'Los analistas siguen divididos sobre las perspectivas del sector a medio plazo.',
    'El consejo de administración se reunirá en los próximos días para estudiar la oferta.',
    'Los sindicatos temen que el plan perjudique a las fábricas del norte del país.',
    'La empresa no quiso comentar las informaciones publicadas por la prensa estadounidense.',
    'El ministro aseguró que el Gobierno seguirá de cerca la evolución del caso.',
  ],
};

/** Share of sentences carrying numbers in the news-like text (about 3 numbers per 1,000 chars). */
const NEWS_NUMBER_SENTENCE_SHARE = 0.2;

/**
 * ~1 MB of paragraphs in the five languages. `numberShare` is the share of sentences with
 * numbers: 1 gives the number-dense text (every sentence), 0.2 a news-like one.
 */
export function benchText(chars = BENCH_TEXT_CHARS, numberShare = 1): string {
  const next = prng(42);
  const langs = Object.keys(SENTENCES);
  const parts: string[] = [];
  let size = 0;
  while (size < chars) {
    const lang = langs[Math.floor(next() * langs.length)]!;
    let para = '';
    for (let k = 0; k < 4; k++) {
      const pool = next() < numberShare ? SENTENCES[lang]! : PROSE[lang]!;
      para += `${pool[Math.floor(next() * pool.length)]!} `;
    }
    parts.push(para.trimEnd());
    size += para.length + 2;
  }
  return parts.join('\n\n').slice(0, chars);
}

function floor(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function numbersPerKiloChar(text: string): number {
  return ((text.match(/\d+(?:[.,]\d+)*/g) ?? []).length / text.length) * 1000;
}

export async function run(): Promise<void> {
  measure('news-like', benchText(BENCH_TEXT_CHARS, NEWS_NUMBER_SENTENCE_SHARE));
  measure('number-dense', benchText(BENCH_TEXT_CHARS, 1));
}

function measure(label: string, text: string): void {
  let sink = 0;
  // Warm up both so the JIT has compiled them before we measure.
  sink += floor(text);
  sink += parseFigures(text, { lang: 'it' }).length;
  const floorMs: number[] = [];
  const parseMs: number[] = [];
  let figures = 0;
  for (let r = 0; r < RUNS; r++) {
    floorMs.push(time(() => (sink += floor(text))));
    parseMs.push(time(() => (figures = parseFigures(text, { lang: 'it' }).length)));
  }
  // Floor and parser run in pairs, back to back; the ratio reported is the median of the pairs'
  // ratios, so a neighbour's burst or a frequency change hits both sides of a pair alike (the
  // fastest single runs are shown for the MB/s figures).
  const f = Math.min(...floorMs);
  const p = Math.min(...parseMs);
  const ratios = parseMs.map((ms, i) => ms / floorMs[i]!).sort((a, b) => a - b);
  const ratio = ratios[Math.floor(ratios.length / 2)]!;
  const mb = text.length / 1e6;
  console.log(
    `figure parser, ${label}: ${(text.length / 1e3).toFixed(0)} K chars, ` +
      `${numbersPerKiloChar(text).toFixed(1)} numbers per 1,000 chars, ${figures} figures`,
  );
  console.log(`  floor (read every char code): ${f.toFixed(2)} ms  (${(mb / (f / 1e3)).toFixed(0)} MB/s)`);
  console.log(`  parseFigures:                 ${p.toFixed(2)} ms  (${(mb / (p / 1e3)).toFixed(0)} MB/s)`);
  console.log(`  ratio to floor: ${ratio.toFixed(2)}x   (median of ${RUNS} back-to-back pairs, quartiles ${ratios[Math.floor(RUNS / 4)]!.toFixed(2)}-${ratios[Math.floor((3 * RUNS) / 4)]!.toFixed(2)}; best runs ${(p / f).toFixed(2)}x; checksum ${sink & 1})`);
}

const invokedDirectly = process.argv[1]?.endsWith('money.bench.ts');
if (invokedDirectly) void run();
