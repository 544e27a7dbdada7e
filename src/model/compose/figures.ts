// Model stage: the Key figures section (placeholder until the figures work lands).
import type { Section } from '../document.js';
import type { ComposeContext } from './context.js';

export function composeFiguresSection(_ctx: ComposeContext): Section | null {
  return null;
}
