// EPUB render stage: the cover — an SVG of the dossier's handling line, title, subtitle, date and
// author, rendered to PNG by resvg with the theme's own TTF files (no system fonts, so the image is the
// same on every machine), plus the XHTML cover page that shows it. The PNG is cached by the hash of its
// text, theme, fonts, resvg version and drawing code; when not cached it is rasterised on a libuv thread (renderAsync) while
// the rest of the EPUB is built.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { type Cache, hashOf, openCache } from '../../core/cache.js';
import type { DocumentMeta } from '../../model/document.js';
import { fontPath, type Theme } from '../../style/theme.js';
import { STYLESHEET } from './stylesheet.js';
import { h, serialize, xhtmlDocument } from './xhtml.js';

export const COVER_IMAGE = 'cover.png';
export const COVER_PAGE = 'cover.xhtml';

/** 2:3 at 1600 px wide, the size the e-book stores ask for. */
export const WIDTH = 1600;
const HEIGHT = 2400;
const MARGIN = 150;
/** Cover pixels per typographic point of the theme's sizes (an A4 page is 595 pt wide; covers are read as thumbnails, so larger). */
const PX_PER_PT = (WIDTH / 595) * 1.9;
const PAPER = '#ffffff';

/** resvg, a native addon, is loaded when first used (a start-up snapshot cannot hold one). */
let loaded: typeof import('@resvg/resvg-js') | undefined;
function resvg(): typeof import('@resvg/resvg-js') {
  return loaded ??= createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
}

function fontOptions(theme: Theme): ResvgRenderOptions {
  // The first fallback face supplies symbols the text faces lack (the cover's own text is the dossier's).
  const faces = [theme.fonts.heading, theme.fonts.body, ...theme.fonts.fallbacks.slice(0, 1)];
  const files = faces.flatMap((face) =>
    (['regular', 'italic', 'bold', 'boldItalic'] as const).map((style) => fontPath(face, style)));
  return { font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: theme.fonts.body.family }, fitTo: { mode: 'original' } };
}

interface TextStyle { family: string; weight: number; size: number; color: string; letterSpacing?: number }

function textElement(s: TextStyle, x: number, y: number, text: string, anchor: 'start' | 'middle' = 'start'): string {
  return serialize(h('text', {
    x, y, 'font-family': s.family, 'font-weight': s.weight, 'font-size': s.size, fill: s.color,
    'letter-spacing': s.letterSpacing, 'text-anchor': anchor === 'start' ? undefined : anchor,
  }, text));
}

function svgDocument(body: string, height = HEIGHT): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">${body}</svg>`;
}

/**
 * Width of one line of text as resvg lays it out. Each measurement loads the fonts again (resvg keeps no
 * font database between instances), so the answers are remembered: fitting asks about the same lines
 * again when it checks the wrapped lines.
 */
function measure(style: TextStyle, line: string, opts: ResvgRenderOptions): number {
  const widths = measured.get(opts) ?? new Map<string, number>();
  measured.set(opts, widths);
  const key = `${style.family}\0${style.weight}\0${style.size}\0${style.letterSpacing}\0${line}`;
  let width = widths.get(key);
  if (width === undefined) {
    width = new (resvg().Resvg)(svgDocument(textElement(style, 0, style.size * 2, line), style.size * 3), opts).getBBox()?.width ?? 0;
    widths.set(key, width);
  }
  return width;
}
const measured = new WeakMap<ResvgRenderOptions, Map<string, number>>();

/** Greedy word wrap, measuring each candidate line with resvg itself (same fonts, same shaping). */
function wrap(text: string, style: TextStyle, maxWidth: number, opts: ResvgRenderOptions): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(style, candidate, opts) > maxWidth) {
      out.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) out.push(line);
  return out;
}

/** Wraps, shrinking the type until the text takes at most `maxLines` lines and no word overflows. */
function fit(text: string, style: TextStyle, maxWidth: number, maxLines: number, opts: ResvgRenderOptions): { style: TextStyle; lines: string[] } {
  let current = style;
  for (;;) {
    const lines = wrap(text, current, maxWidth, opts);
    const fits = lines.length <= maxLines && lines.every((l) => measure(current, l, opts) <= maxWidth);
    if (fits || current.size < style.size / 4) return { style: current, lines };
    current = { ...current, size: current.size * 0.9, letterSpacing: current.letterSpacing && current.letterSpacing * 0.9 };
  }
}

export function coverSvg(meta: DocumentMeta, theme: Theme, opts: ResvgRenderOptions = fontOptions(theme)): string {
  const heading = theme.fonts.heading.family;
  const body = theme.fonts.body.family;
  const measureWidth = WIDTH - 2 * MARGIN;
  const bandHeight = HEIGHT * 0.12;
  const parts: string[] = [
    `<rect x="0" y="0" width="${WIDTH}" height="${HEIGHT}" fill="${PAPER}"/>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${bandHeight}" fill="${theme.colors.accent}"/>`,
  ];
  const handling = fit(meta.handling.toUpperCase(),
    { family: heading, weight: 700, size: theme.sizes.small * PX_PER_PT, color: PAPER, letterSpacing: theme.sizes.small * PX_PER_PT * 0.12 },
    measureWidth, 1, opts);
  parts.push(textElement(handling.style, MARGIN, bandHeight / 2 + handling.style.size * 0.35, handling.lines.join(' ')));

  const title = fit(meta.title, { family: heading, weight: 700, size: theme.sizes.coverTitle * PX_PER_PT, color: theme.colors.text }, measureWidth, 5, opts);
  let baseline = HEIGHT * 0.3;
  title.lines.forEach((line, i) => parts.push(textElement(title.style, MARGIN, baseline + i * title.style.size * 1.15, line)));
  baseline += (title.lines.length - 1) * title.style.size * 1.15;
  // Below the last baseline: the title's descent, then the next line's ascent (about 0.3 and 0.9 of a size).
  let y = baseline + title.style.size * 0.3;
  if (meta.subtitle) {
    // The subtitle never outgrows a title that had to shrink.
    const size = Math.min(theme.sizes.coverSubtitle * PX_PER_PT, title.style.size * 0.6);
    const sub = fit(meta.subtitle, { family: body, weight: 400, size, color: theme.colors.muted }, measureWidth, 3, opts);
    y += sub.style.size * 1.6;
    sub.lines.forEach((line, i) => parts.push(textElement(sub.style, MARGIN, y + i * sub.style.size * 1.3, line)));
    y += (sub.lines.length - 1) * sub.style.size * 1.3 + sub.style.size * 0.3;
  }
  parts.push(`<rect x="${MARGIN}" y="${y + 40}" width="${WIDTH * 0.2}" height="10" fill="${theme.colors.accent}"/>`);
  const foot: TextStyle = { family: heading, weight: 400, size: theme.sizes.h2 * PX_PER_PT * 0.8, color: theme.colors.text };
  parts.push(textElement({ ...foot, weight: 700 }, MARGIN, HEIGHT - MARGIN - foot.size * 1.4, meta.dateLabel));
  parts.push(textElement({ ...foot, color: theme.colors.muted }, MARGIN, HEIGHT - MARGIN, meta.author));
  return svgDocument(parts.join(''));
}


/**
 * The cover PNG: from the cache when a cover of the same text was drawn before with the same theme, fonts,
 * resvg and cover code. Keyed by what decides the SVG rather than by the SVG, so a cached cover costs no
 * fitting: the fit measures each candidate line with a new resvg instance, which parses the twelve font
 * files again (≈0.1 s of CPU a build).
 */
export async function renderCoverImage(meta: DocumentMeta, theme: Theme, cache: Cache = openCache('covers', 'png')): Promise<Uint8Array> {
  const opts = fontOptions(theme);
  const fonts = opts.font!.fontFiles!.map((f) => { const s = statSync(f); return `${f} ${s.size} ${s.mtimeMs}`; });
  const resvgVersion = (createRequire(import.meta.url)('@resvg/resvg-js/package.json') as { version: string }).version;
  const code = coverCode();
  const text = [meta.handling, meta.title, meta.subtitle ?? null, meta.dateLabel, meta.author];
  const key = code && hashOf(JSON.stringify(text), JSON.stringify([theme.fonts, theme.colors, theme.sizes]), JSON.stringify(opts), ...fonts, resvgVersion, code);
  const hit = key ? cache.get(key) : null;
  if (hit && isPng(hit)) return new Uint8Array(hit);
  const png = new Uint8Array((await resvg().renderAsync(coverSvg(meta, theme, opts), opts)).asPng());
  if (key) cache.put(key, png);
  return png;
}

/** The code that draws the cover: this module and the markup serialiser it uses, as installed (null: unreadable, no caching). */
let code: string | null | undefined;
function coverCode(): string | null {
  if (code === undefined) {
    try {
      const self = fileURLToPath(import.meta.url);
      code = hashOf(readFileSync(self), readFileSync(join(dirname(self), `xhtml${extname(self)}`)));
    } catch {
      code = null;
    }
  }
  return code;
}

/** A whole PNG: the signature at the start and the IEND chunk at the end (a damaged entry is re-rendered). */
function isPng(b: Uint8Array): boolean {
  const iend = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
  return b.length > 20 && b[0] === 0x89 && b[1] === 0x50 && iend.every((x, i) => b[b.length - 8 + i] === x);
}

/** The text alternative of the cover: everything the image says. */
export function coverAltText(meta: DocumentMeta): string {
  return [meta.handling, meta.title, meta.subtitle, meta.dateLabel, meta.author].filter(Boolean).join(' — ');
}

export function renderCoverPage(meta: DocumentMeta): string {
  const body = h('section', { class: 'cover', 'epub:type': 'cover' },
    h('img', { src: COVER_IMAGE, alt: coverAltText(meta), role: 'doc-cover' }));
  return xhtmlDocument({ lang: meta.language, title: meta.title, stylesheet: STYLESHEET, body, bodyClass: 'cover-page' });
}
