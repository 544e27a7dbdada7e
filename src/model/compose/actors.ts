// Model stage: the Actors section (placeholder until the actors work lands).
import type { Section } from '../document.js';
import type { ComposeContext } from './context.js';

export function composeActorsSection(_ctx: ComposeContext): Section | null {
  return null;
}
