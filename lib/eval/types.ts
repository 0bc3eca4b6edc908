/**
 * Shape of a corpus fixture (FORMS.md "Gold file shape", plus optional offsets that the
 * annotated sources give us for free; offsets are UTF-16 code units into `text`).
 */
import type { FigureKind } from '../money/types';

export interface GoldEntity {
  surface: string;
  /** Canonical name; resolved to an entity id through the bundle's names and aliases. */
  canonical: string;
  count: number;
  /** [start, end) of each occurrence, when known. */
  spans?: [number, number][];
}

export interface GoldMoney {
  surface: string;
  amount: number;
  currency: string | null;
  kind: FigureKind;
  start?: number;
  end?: number;
}

export interface GoldNegative {
  surface: string;
  why: string;
  start?: number;
  end?: number;
}

export interface Gold {
  companies: GoldEntity[];
  people: GoldEntity[];
  money: GoldMoney[];
  negatives: GoldNegative[];
}

export interface CorpusDoc {
  /** BCP 47 tag given to the engines (it, en, fr, de, es, or a regional tag: es-CL, de-CH). */
  lang: string;
  /** Article text. Absent in .gold.json files that sit next to a .txt/.html file. */
  text?: string;
  gold: Gold;
  /** FORMS.md rows this fixture exercises (ids from lib/eval/forms-rows.ts). */
  covers?: string[];
}

/** A fixture as loaded for evaluation. */
export interface LoadedDoc extends CorpusDoc {
  /** Path relative to the corpus root, e.g. it/opa-openai.json. */
  id: string;
  text: string;
  /** Base language (it, en, fr, de, es). */
  base: string;
  /** For HTML fixtures: the raw file, scanned through html-to-text like the CLI does. */
  html?: string;
}
