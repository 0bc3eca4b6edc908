/**
 * Windows: consecutive blocks joined into one text for the matcher. MATCH's findMentions gathers
 * document evidence over the text it is given (an ambiguous "Musk" is accepted once "Elon Musk"
 * is named plainly), so the article is handed over whole when it fits in one window.
 */
import type { TextBlock } from './blocks';

/** Between two blocks: a blank line, which the matcher never matches across and reads as a paragraph end. */
export const BLOCK_SEPARATOR = '\n\n';
/**
 * Joined text per matcher call. The article gets a large window so that document evidence spans
 * all of it (articles run 3–20k chars; findMentions costs ~4 ms CPU per 30k once warm); the rest
 * of the page, where evidence matters less, gets smaller ones.
 */
export const ARTICLE_WINDOW_CHARS = 30_000;
export const DOC_WINDOW_CHARS = 12_000;

export interface TextWindow {
  blocks: TextBlock[];
  /** Start of blocks[i] in `text`. */
  offsets: number[];
  text: string;
  /** Holds a block in or near the viewport. */
  visible: boolean;
}

export function groupWindows(blocks: readonly TextBlock[], visible: ReadonlySet<TextBlock>, maxChars = DOC_WINDOW_CHARS): TextWindow[] {
  const out: TextWindow[] = [];
  let cur: { blocks: TextBlock[]; offsets: number[]; parts: string[]; length: number; visible: boolean } | null = null;
  const flush = (): void => {
    if (cur) out.push({ blocks: cur.blocks, offsets: cur.offsets, text: cur.parts.join(''), visible: cur.visible });
    cur = null;
  };
  for (const block of blocks) {
    if (cur && cur.length + BLOCK_SEPARATOR.length + block.text.length > maxChars) flush();
    if (!cur) cur = { blocks: [], offsets: [], parts: [], length: 0, visible: false };
    if (cur.blocks.length > 0) {
      cur.parts.push(BLOCK_SEPARATOR);
      cur.length += BLOCK_SEPARATOR.length;
    }
    cur.offsets.push(cur.length);
    cur.blocks.push(block);
    cur.parts.push(block.text);
    cur.length += block.text.length;
    if (visible.has(block)) cur.visible = true;
  }
  flush();
  return out;
}
