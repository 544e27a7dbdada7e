// Intl.Segmenter over text of any length in linear time. V8's segment iterator slows down with the length
// of the string it walks (graphemes of 25,000 letters: 0.16 s, 100,000: 2.6 s; Thai words likewise), so
// long text is fed a window at a time. A window's last segments may continue past its edge (a cluster,
// a dictionary word), so they are segmented again at the start of the next window.

/** Code units per window: ordinary paragraphs fit in one. */
const WINDOW = 2048;
/** Segments at a window's end segmented again with the next (a dictionary word depends on those before it:
 * 4 gave the same Thai words as one pass on every text tried, 2 and 3 did not). */
const CARRY = 4;

export interface Segment { segment: string; index: number; isWordLike?: boolean }

/** The segments of `text`, as `segmenter.segment(text)` gives them (index into `text`). */
export function* segmentsOf(segmenter: Intl.Segmenter, text: string): Generator<Segment> {
  if (text.length <= WINDOW) {
    yield* segmenter.segment(text);
    return;
  }
  let from = 0;
  while (from < text.length) {
    const end = Math.min(text.length, from + WINDOW);
    const window = [...segmenter.segment(text.slice(from, end))];
    // Carry the last segments into the next window — unless that would not move on (one huge cluster).
    const keep = end === text.length ? window.length : Math.max(1, window.length - CARRY);
    for (let i = 0; i < keep; i++) yield { segment: window[i].segment, index: from + window[i].index, isWordLike: window[i].isWordLike };
    from = keep < window.length ? from + window[keep].index : end;
  }
}
