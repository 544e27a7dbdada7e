// Ingest stage: splits scraped text into blocks (one per line), re-joining sentences the scraper broke.
import type { Block } from './types.js';
import { endsSentence, words } from './text.js';

const BULLET = /^[•·▪►▸◦‣●■□✓➤*-]\s+/u;

/**
 * Words after which an English sentence cannot stop: a line ending in one was cut mid-sentence
 * (machine-translated pages are English too, so this holds for them).
 */
const NON_FINAL = new Set(('the a an of to and or but nor in on at for with by from as that which who whom whose ' +
  'than into onto about between among against over under after before since during is are was were be been ' +
  'has have had will would can could should may might his her its their our my your this these those').split(' '));

/** A fragment that continues the previous one: starts with punctuation or a lowercase letter. */
const CONTINUES_WITH_PUNCT = /^[,.;:!?)\]…”’»]/u;

interface Line { n: number; text: string; bullet: boolean }

/** `standalone`: a line that is whole on its own ("Sign In", "Log in"), never half of a broken sentence. */
export function splitBlocks(raw: string, standalone: (line: string) => boolean = () => false): Block[] {
  const lines: Line[] = [];
  raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).forEach((l, i) => {
    const t = l.trim();
    if (!t) return;
    const m = BULLET.exec(t);
    lines.push({ n: i + 1, text: m ? t.slice(m[0].length).trim() : t, bullet: !!m });
  });

  const blocks: Block[] = [];
  lines.forEach((line, i) => {
    const prev = blocks[blocks.length - 1];
    const joinable = prev && !prev.bullet && !line.bullet && !standalone(prev.text) && !standalone(line.text) && !menuRow(prev.text) && !menuRow(line.text);
    const sep = joinable ? joiner(prev.text, line.text, lines[i + 1]?.text) : null;
    if (prev && sep !== null) {
      prev.lines.push(line.n);
      prev.parts.push(line.text);
      prev.text += sep + line.text;
    } else {
      blocks.push({ lines: [line.n], parts: [line.text], text: line.text, bullet: line.bullet });
    }
  });
  return blocks;
}

/** Items set apart by bars or dots ("Subscribe | Log in", "Home · World · Sport"): a row of links, not half a sentence. */
const MENU_SEPARATOR = /\s[|·•]\s/u;
const MAX_MENU_ITEM_WORDS = 3;

function menuRow(text: string): boolean {
  const items = text.split(MENU_SEPARATOR);
  return items.length >= 2 && items.every((item) => words(item).length <= MAX_MENU_ITEM_WORDS);
}

/**
 * The separator that re-joins `next` to `prev` ("" or " "), or null when `next` starts a new block.
 * `after` is the line after `next`: a link's text often sits alone between the two halves of its
 * sentence ("…said Interior Minister" / "Ana Ruiz" / "on Monday.").
 */
function joiner(prev: string, next: string, after: string | undefined): string | null {
  if (endsSentence(prev)) return null;
  if (CONTINUES_WITH_PUNCT.test(next)) return '';
  const w = words(prev);
  const last = w[w.length - 1]?.toLowerCase();
  if (last && NON_FINAL.has(last)) return ' ';
  if (/^\p{Ll}/u.test(next) && w.length >= 6) return ' ';
  const linkText = w.length >= 8 && words(next).length <= 4 && !endsSentence(next);
  if (linkText && after !== undefined && (CONTINUES_WITH_PUNCT.test(after) || /^\p{Ll}/u.test(after))) return ' ';
  return null;
}
