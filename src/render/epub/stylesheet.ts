// EPUB render stage: the stylesheet, generated from the same theme tokens as the PDF. Reader themes
// (light, sepia, dark) own the page and text colours, so nothing here sets them: greys are neutral
// translucent tints and theme colours appear only as rules and borders.
import type { Theme } from '../../style/theme.js';

/** How far accent rules are mixed with white on a dark background. */
const DARK_LIGHTEN = 0.55;

/** The stylesheet's file name inside the EPUB. */
export const STYLESHEET = 'style.css';

/** Sizes are relative to the body size, so the reader's font-size setting scales everything. */
function em(pt: number, theme: Theme): string {
  return `${+(pt / theme.sizes.body).toFixed(3)}em`;
}

/** A colour mixed with white (`amount` 0–1): a border token that still shows on a dark background. */
function lighten(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount).toString(16).padStart(2, '0');
  return `#${mix((n >> 16) & 255)}${mix((n >> 8) & 255)}${mix(n & 255)}`;
}

function channelMean(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return (((n >> 16) & 255) + ((n >> 8) & 255) + (n & 255)) / 3;
}

/**
 * A neutral grey tint that equals the token's grey on white paper and still shows on sepia and dark
 * backgrounds (an opaque light fill would glare on a dark theme).
 */
function tint(hex: string): string {
  const alpha = Math.min(1, Math.max(0, (255 - channelMean(hex)) / 127));
  return `rgba(128, 128, 128, ${+alpha.toFixed(3)})`;
}

/** Muted text as opacity of the current text colour: same contrast ratio to the text token on paper. */
function mutedOpacity(theme: Theme): number {
  return +((255 - channelMean(theme.colors.muted)) / (255 - channelMean(theme.colors.text))).toFixed(2);
}

export function renderStylesheet(theme: Theme): string {
  const { colors, sizes, spacing } = theme;
  const heading = `"${theme.fonts.heading.family}", sans-serif`;
  const body = `"${theme.fonts.body.family}", serif`;
  const muted = mutedOpacity(theme);
  return `/* Generated from styles/theme.yml by the EPUB writer; edit the tokens, not this file. */
/* Light or dark as the reader asks (prefers-color-scheme): the reading system's own colours then follow
   it; the accent and conflict rules are lightened on dark (dark blue on black did not show). */
:root { color-scheme: light dark; }
body { font-family: ${body}; line-height: ${theme.leading}; }
h1, h2, h3, h4, h5, h6 { font-family: ${heading}; font-weight: bold; line-height: 1.2; margin: ${em(spacing.beforeHeading, theme)} 0 ${em(spacing.afterHeading, theme)}; page-break-after: avoid; break-after: avoid; }
h1 { font-size: ${em(sizes.h1, theme)}; padding-bottom: 0.2em; border-bottom: 0.08em solid ${colors.accent}; }
h2 { font-size: ${em(sizes.h2, theme)}; }
h3 { font-size: ${em(sizes.h3, theme)}; }
h4, h5, h6 { font-size: ${em(sizes.h4, theme)}; }
p { margin: 0 0 ${em(spacing.paragraph, theme)}; }
p.lead { font-size: 1.1em; }
p.small { font-size: ${em(sizes.small, theme)}; }
/* Links keep the text colour and an underline in it: an accent-coloured underline vanishes on dark themes. */
a { color: inherit; text-decoration: underline; }
.source-paragraph .paragraph-number { font-family: ${heading}; font-size: ${em(sizes.small, theme)}; font-weight: bold; opacity: ${muted}; }
.source-id { margin-right: 0.3em; padding: 0 0.25em; border: 1px solid ${colors.rule}; border-radius: 0.2em; font-size: 0.7em; vertical-align: middle; }
.source-ref { font-family: ${heading}; font-size: 0.85em; white-space: nowrap; }
sup.noteref, sup.noteref-sep { font-size: 0.75em; line-height: 0; vertical-align: super; }
sup.noteref a { font-weight: bold; text-decoration: none; }
ul, ol { margin: 0 0 ${em(spacing.paragraph, theme)}; padding-left: 1.4em; }
li { margin: 0 0 ${em(spacing.list, theme)}; }
li > p { margin: 0; }
blockquote { margin: 0.5em 0 0.5em 0.5em; padding-left: 0.8em; border-left: 0.2em solid ${colors.accent}; }
dl { margin: 0 0 1em; }
dt { font-family: ${heading}; font-weight: bold; font-size: ${em(sizes.small, theme)}; }
dd { margin: 0 0 0.3em 1.2em; }
table { border-collapse: collapse; margin: 1em 0; font-size: ${em(sizes.small, theme)}; }
caption { caption-side: top; text-align: left; font-family: ${heading}; font-weight: bold; padding-bottom: 0.3em; }
th, td { padding: ${em(spacing.tableCellPadding, theme)}; text-align: left; vertical-align: top; border-bottom: 1px solid ${colors.rule}; overflow-wrap: break-word; }
thead th { font-family: ${heading}; background-color: ${tint(colors.tableHeaderBackground)}; border-bottom: 2px solid ${colors.accent}; }
tbody th { font-weight: bold; }
tbody tr:nth-child(even) { background-color: ${tint(colors.tableStripe)}; }
/* A figure's values: each on its own line, value first, wrapped lines hung under it. */
td.items .item { display: block; padding-left: 1.2em; text-indent: -1.2em; margin-bottom: 0.2em; }
/* On a narrow screen (a phone, a small e-reader) a three-column table leaves three words a line: each
   figure becomes a block — its name as a heading line, its values, then the agreement. */
@media (max-width: 34em) {
  table.figures, table.figures tbody, table.figures tr, table.figures th, table.figures td { display: block; width: auto; }
  table.figures thead { display: none; }
  table.figures tr { padding: 0.4em 0; border-bottom: 1px solid ${colors.rule}; }
  table.figures th, table.figures td { border: 0; padding: 0.1em 0; }
  table.figures tbody th { font-family: ${heading}; }
  table.figures td:last-child { font-style: italic; }
}
@media (prefers-color-scheme: dark) {
  h1 { border-bottom-color: ${lighten(colors.accent, DARK_LIGHTEN)}; }
  thead th { border-bottom-color: ${lighten(colors.accent, DARK_LIGHTEN)}; }
  blockquote { border-left-color: ${lighten(colors.accent, DARK_LIGHTEN)}; }
  aside.footnote.discrepancy { border-left-color: ${lighten(colors.conflict, DARK_LIGHTEN)}; }
}
.align-right { text-align: right; }
.align-center { text-align: center; }
section.profile { margin-top: 1.5em; }
.profile .subtitle { font-style: italic; opacity: ${muted}; }
hr { border: 0; border-top: 1px solid ${colors.rule}; margin: 1em 0; }
.part-contents { list-style: none; padding-left: 0; }
/* The rule sits on the first note, not the section: Apple Books hides footnote asides, and a lone rule would remain. */
.footnotes { margin-top: 2em; font-size: ${em(sizes.footnote, theme)}; }
.footnotes > aside:first-child { padding-top: 0.5em; border-top: 1px solid ${colors.rule}; }
aside.footnote { margin: 0 0 0.6em; }
aside.footnote p { margin: 0 0 0.3em; }
aside.footnote.discrepancy { padding-left: 0.5em; border-left: 0.2em solid ${colors.conflict}; }
.note-number { font-weight: bold; text-decoration: none; }
nav#toc ol { list-style: none; padding-left: 1.2em; }
nav#toc > ol { padding-left: 0; }
nav#toc li { margin: 0.3em 0; }
nav#toc a { text-decoration: none; }
nav#toc > ol > li > a { font-family: ${heading}; font-weight: bold; }
body.cover-page { margin: 0; padding: 0; }
section.cover { margin: 0; padding: 0; text-align: center; }
section.cover img { max-width: 100%; max-height: 100vh; height: auto; }
`;
}
