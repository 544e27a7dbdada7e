// Model stage: the Executive summary section (placeholder until the actors/summary work lands).
import type { Section } from '../document.js';
import type { ComposeContext } from './context.js';

export function composeSummarySection(_ctx: ComposeContext): Section | null {
  return null;
}
