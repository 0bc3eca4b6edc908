/**
 * The one schema of Backstory's fact database (bundle, IndexedDB records, user fact packs).
 * Static types are derived from these valibot schemas; never write the shapes twice.
 *
 *   Source ──< Fact >── Entity (company | person | organisation kinds)
 *                  └─── Deal (parties reference entities by id, or by name when unknown)
 *   Currency, FxTable: money reference data (ISO 4217, CLDR names/symbols, ECB rates)
 *
 * Every fact carries a value, an as-of date (ISO 8601 at the source's precision, or the literal
 * "undated") and at least one source id. Conflicting values are kept in `conflicts`; `value` is
 * the preferred one, chosen by the rule in lib/facts/prefer.ts (newer as-of, then authority).
 */
import * as v from 'valibot';

/** ISO 8601 at the precision the source gives: 2025, 2025-02, 2025-02-10. */
export const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)'));
export const AsOf = v.union([IsoDate, v.literal('undated')]);
export const CurrencyCode = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code'));
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200), v.regex(/^[a-z0-9][a-z0-9:._-]*$/, 'ids are lower-case [a-z0-9:._-]'));
const Text = (max = 2000) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));

/** How much a source is trusted when two disagree (higher wins at equal as-of). */
export const Authority = v.picklist(['primary', 'reference', 'press', 'dataset', 'lower', 'user']);

export const Source = v.object({
  id: Id,
  url: v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//, 'source URLs are http(s)')),
  title: Text(500),
  /** Publication date shown on the page, or the data file's commit date. */
  date: v.optional(IsoDate),
  authority: Authority,
  /** Licence or attribution line to show, e.g. "Wikipedia, CC BY-SA 4.0". */
  licence: v.optional(Text(300)),
  note: v.optional(Text(1000)),
});

export const Money = v.object({
  amount: v.pipe(v.number(), v.finite()),
  currency: CurrencyCode,
  /** The figure as the source states it ("about 322 billion"), when not exact. */
  text: v.optional(Text(200)),
});

export const EntityRef = v.object({ id: v.optional(Id), name: Text(300) });

/** Languages a text can be translated into besides English (the UI languages, lib/i18n/core.ts). */
export const TRANSLATION_LANGS = ['it', 'fr', 'de', 'es'] as const;

/**
 * Translations of an English text (our own one-line descriptions and deal summaries), by UI
 * language. Same sources and as-of as the English text they translate; any may be missing, and
 * readers then see the English.
 */
export const TextTranslations = v.object({
  it: v.optional(Text(4000)),
  fr: v.optional(Text(4000)),
  de: v.optional(Text(4000)),
  es: v.optional(Text(4000)),
});

/** Fact values are tagged so cards can format them without guessing. */
export const FactValue = v.variant('t', [
  /** `v` is English (or the language of the source); `i18n` holds translations of `v`. */
  v.object({ t: v.literal('text'), v: Text(4000), i18n: v.optional(TextTranslations) }),
  v.object({ t: v.literal('number'), v: v.pipe(v.number(), v.finite()), unit: v.optional(Text(40)) }),
  v.object({ t: v.literal('date'), v: IsoDate }),
  v.object({ t: v.literal('money'), v: Money, label: v.optional(Text(200)) }),
  v.object({ t: v.literal('entity'), v: EntityRef }),
  v.object({ t: v.literal('list'), v: v.array(Text(300)) }),
  v.object({ t: v.literal('ticker'), symbol: Text(20), exchange: v.optional(Text(60)) }),
  v.object({
    t: v.literal('role'),
    title: Text(200),
    org: EntityRef,
    since: v.optional(IsoDate),
    until: v.optional(IsoDate),
  }),
]);

/** Keys cards know how to show; packs may use others, which are shown under "More facts". */
export const FACT_KEYS = [
  'description', 'founded', 'founders', 'hq', 'country', 'ceo', 'chair', 'keyPeople', 'sector',
  'industry', 'ticker', 'isin', 'cik', 'employees', 'revenue', 'netIncome', 'valuation',
  'marketCap', 'website', 'parent', 'owner', 'brands', 'subsidiaries', 'shareholders', 'status',
  'born', 'birthplace', 'nationality', 'role', 'education', 'aum', 'renamed',
] as const;

export const ConflictingValue = v.object({
  value: FactValue,
  asOf: AsOf,
  sources: v.pipe(v.array(Id), v.minLength(1, 'every fact needs a source')),
  note: v.optional(Text(1000)),
});

export const Fact = v.object({
  key: v.pipe(v.string(), v.regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/, 'fact keys are camelCase words')),
  value: FactValue,
  asOf: AsOf,
  sources: v.pipe(v.array(Id), v.minLength(1, 'every fact needs a source')),
  note: v.optional(Text(1000)),
  /** Values other sources give; kept, never averaged. */
  conflicts: v.optional(v.array(ConflictingValue)),
});

/** Bit flags on aliases for the detection engine (lib/match). */
export const AliasFlags = v.object({
  /** Match only with this exact case (tickers, short all-caps names such as "TIM"). */
  caseSensitive: v.optional(v.boolean()),
  /** A common word in it/en/fr/de/es (hunspell lists): needs evidence before it counts. */
  ambiguous: v.optional(v.boolean()),
  /** Needs a company cue or an unambiguous mention of the same entity nearby. */
  needsContext: v.optional(v.boolean()),
  /** Press nickname or metonym ("Piazzetta Cuccia", "Cupertino"). */
  nickname: v.optional(v.boolean()),
  /** A person's surname alone: counts after the full name, or when distinctive. */
  surname: v.optional(v.boolean()),
  /** Stock ticker ("NVDA"). */
  ticker: v.optional(v.boolean()),
  /**
   * A brand or unit known only from its owner's list and named by an ordinary word ("Ora",
   * "Tide"): only its owner or itself named plainly in the text, or an unexplained capital,
   * backs it; a company cue nearby is not enough (business news is full of them). On a
   * person's surname: only her full name in the text backs it, not a title ("Mr Bates").
   */
  ownerContext: v.optional(v.boolean()),
  /**
   * The brand's name is also a town's ("Fabriano", "Derby", "Imola"): towns are written with a
   * capital, so only the brand's owner or the brand named plainly backs it.
   */
  place: v.optional(v.boolean()),
  /**
   * The languages whose press means this entity by the alias when another entity shares it:
   * "Merck" is the Darmstadt group in Italian, French, German and Spanish news and Merck & Co. in
   * English. A tie-breaker only: a document naming the other one plainly still decides.
   */
  press: v.optional(v.array(v.picklist(['it', 'en', 'fr', 'de', 'es']))),
  /**
   * The alias names the entity only on pages in its `press` languages, and on no other page:
   * "Zurich" is the insurer where the city has another name (Zürich, Zurigo, Zúrich).
   */
  pressOnly: v.optional(v.boolean()),
  /**
   * A newspaper's name without its article, where the article is an ordinary word without it
   * ("Le Monde", "Il Giornale"): met only after the preposition the article went into ("au
   * Monde", "del Giornale", "aux Échos").
   */
  afterContraction: v.optional(v.boolean()),
});

export const Alias = v.object({ text: Text(200), flags: v.optional(AliasFlags) });

export const EntityKind = v.picklist(['company', 'person', 'investor', 'media', 'regulator', 'organisation', 'brand']);

export const Entity = v.object({
  id: Id,
  kind: EntityKind,
  name: Text(300),
  aliases: v.array(Alias),
  facts: v.array(Fact),
  /** Set on records from a user fact pack; cards label them as the user's own. */
  pack: v.optional(Id),
});

export const DealKind = v.picklist(['acquisition', 'merger', 'bid', 'investment', 'funding_round', 'ipo', 'licensing']);
export const DealStatus = v.picklist(['completed', 'rejected', 'withdrawn', 'pending', 'terminated', 'unknown']);

export const Deal = v.object({
  id: Id,
  kind: DealKind,
  /** Short label, e.g. "Musk-led consortium's bid for OpenAI". */
  title: Text(300),
  acquirers: v.array(EntityRef),
  target: EntityRef,
  amount: v.optional(Money),
  pricePerShare: v.optional(Money),
  announced: v.optional(IsoDate),
  closed: v.optional(IsoDate),
  status: DealStatus,
  summary: v.optional(Text(2000)),
  /** Translations of `summary` by UI language (lib/facts/build/translations.ts). */
  summaryI18n: v.optional(TextTranslations),
  sources: v.pipe(v.array(Id), v.minLength(1, 'every deal needs a source')),
  /** Other facts about the deal (valuation, conflicting amounts), same fact shape. */
  facts: v.optional(v.array(Fact)),
  pack: v.optional(Id),
});

export const Currency = v.object({
  code: CurrencyCode,
  name: Text(200),
  symbol: v.optional(Text(10)),
  narrowSymbol: v.optional(Text(10)),
  minorUnit: v.optional(v.number()),
});

/**
 * ECB euro reference rates, columnar to keep the bundle small:
 * rates[c][d] = units of currencies[c] per 1 EUR on dates[d] (null when not quoted).
 */
export const FxTable = v.object({
  base: v.literal('EUR'),
  source: Id,
  currencies: v.array(CurrencyCode),
  dates: v.array(IsoDate),
  rates: v.array(v.array(v.nullable(v.number()))),
});

export const BUNDLE_FORMAT = 1;

/** Attribution for a dataset or a licensed page (Wikipedia CC BY-SA, ...): shown in about/credits. */
export const Credit = v.object({
  name: Text(500),
  url: v.pipe(v.string(), v.url()),
  licence: Text(300),
  note: v.optional(Text(1000)),
});

export const FactBundle = v.object({
  format: v.literal(BUNDLE_FORMAT),
  /** Content hash of the compiled data: changes exactly when the data changes. */
  version: v.string(),
  /** Newest as-of date among the sources used. */
  dataDate: IsoDate,
  sources: v.array(Source),
  entities: v.array(Entity),
  deals: v.array(Deal),
  currencies: v.array(Currency),
  fx: FxTable,
  /** Attribution lines (datasets and Wikipedia-derived pages). Added by FACTS-BUILD; optional. */
  credits: v.optional(v.array(Credit)),
});

/** A user's own fact pack: same record shapes, with a name; validated before any write. */
export const FactPack = v.object({
  format: v.literal('backstory-fact-pack/1'),
  id: Id,
  name: Text(200),
  description: v.optional(Text(2000)),
  sources: v.array(Source),
  entities: v.optional(v.array(Entity), []),
  deals: v.optional(v.array(Deal), []),
});

export type IsoDate = v.InferOutput<typeof IsoDate>;
export type AsOf = v.InferOutput<typeof AsOf>;
export type Authority = v.InferOutput<typeof Authority>;
export type Source = v.InferOutput<typeof Source>;
export type Money = v.InferOutput<typeof Money>;
export type EntityRef = v.InferOutput<typeof EntityRef>;
export type FactValue = v.InferOutput<typeof FactValue>;
export type TranslationLang = (typeof TRANSLATION_LANGS)[number];
export type TextTranslations = v.InferOutput<typeof TextTranslations>;
export type FactKey = (typeof FACT_KEYS)[number];
export type Fact = v.InferOutput<typeof Fact>;
export type AliasFlags = v.InferOutput<typeof AliasFlags>;
export type Alias = v.InferOutput<typeof Alias>;
export type EntityKind = v.InferOutput<typeof EntityKind>;
export type Entity = v.InferOutput<typeof Entity>;
export type DealKind = v.InferOutput<typeof DealKind>;
export type DealStatus = v.InferOutput<typeof DealStatus>;
export type Deal = v.InferOutput<typeof Deal>;
export type Currency = v.InferOutput<typeof Currency>;
export type FxTable = v.InferOutput<typeof FxTable>;
export type Credit = v.InferOutput<typeof Credit>;
export type FactBundle = v.InferOutput<typeof FactBundle>;
export type FactPack = v.InferOutput<typeof FactPack>;
