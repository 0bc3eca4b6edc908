/** Public surface of the figure parser (pure: no DOM, no `browser`). */
export { parseFigures } from './parse.ts';
export { formatAmount, type FormatStyle } from './format.ts';
export { sentenceAt } from './sentence.ts';
export type { Figure, FigureKind, ParseOptions } from './types.ts';
