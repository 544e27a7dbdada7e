// Style stage: loads the design tokens in styles/theme.yml (one set for PDF and EPUB) and validates them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { lineOfPath, parseYaml } from '../core/yaml.js';
import { DossierError } from '../core/diagnostics.js';

const fontFace = z.object({
  family: z.string(),
  package: z.string(),
  regular: z.string(),
  italic: z.string(),
  bold: z.string(),
  boldItalic: z.string(),
}).strict();

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like "#1f3f66"');

export const themeSchema = z.object({
  fonts: z.object({ body: fontFace, heading: fontFace, fallbacks: z.array(fontFace).default([]) }).strict(),
  colors: z.object({
    text: color, muted: color, accent: color, rule: color,
    tableHeaderBackground: color, tableStripe: color, conflict: color, agree: color,
  }).strict(),
  sizes: z.object({
    body: z.number().positive(), small: z.number().positive(), footnote: z.number().positive(),
    runningHead: z.number().positive(), h1: z.number().positive(), h2: z.number().positive(),
    h3: z.number().positive(), h4: z.number().positive(),
    coverTitle: z.number().positive(), coverSubtitle: z.number().positive(),
  }).strict(),
  leading: z.number().min(1).max(3),
  spacing: z.object({
    paragraph: z.number().min(0), beforeHeading: z.number().min(0), afterHeading: z.number().min(0),
    list: z.number().min(0), tableCellPadding: z.number().min(0),
  }).strict(),
  page: z.object({
    marginTop: z.number().positive(), marginBottom: z.number().positive(),
    marginInner: z.number().positive(), marginOuter: z.number().positive(),
  }).strict(),
  agreement: z.object({
    consistent: z.object({ symbol: z.string(), word: z.string() }).strict(),
    conflicting: z.object({ symbol: z.string(), word: z.string() }).strict(),
    'single-source': z.object({ symbol: z.string(), word: z.string() }).strict(),
  }).strict(),
  /** PDF-only measures (the EPUB leaves these to the reading system). */
  print: z.object({
    superscriptScale: z.number().positive().max(1), superscriptRise: z.number().min(0).max(1),
    footnoteRuleLength: z.number().positive().max(1), footnoteRuleGap: z.number().min(0),
    footnoteGap: z.number().min(0), footnoteLabelWidth: z.number().min(0),
    footnoteMinLines: z.number().int().min(1), footnoteKeepWhole: z.number().int().min(0),
    footnoteRepeatLines: z.number().int().min(0),
    minLinesAtBreak: z.number().int().min(1),
    hyphenPenalty: z.number(), maxStretch: z.number().positive(),
    marginLabelGap: z.number().min(0), listIndent: z.number().min(0), blockquoteIndent: z.number().min(0),
    definitionTermWidth: z.number().positive().max(0.6), runningHeadGap: z.number().min(0),
    ruleWeight: z.number().positive(), coverRuleWeight: z.number().positive(),
    tocIndent: z.number().min(0), tocNumberWidth: z.number().positive(), coverTitleTop: z.number().min(0).max(0.8),
  }).strict(),
}).strict();

export type Theme = z.infer<typeof themeSchema>;
export type FontFace = z.infer<typeof fontFace>;
export type FontStyle = 'regular' | 'italic' | 'bold' | 'boldItalic';

/** The repo's styles/ folder (next to src/ and dist/). */
export const defaultStylesDir = resolve(dirname(fileURLToPath(import.meta.url)), findUp('styles'));

function findUp(name: string): string {
  // src/style → ../../styles ; dist/src/style → ../../../styles
  const here = dirname(fileURLToPath(import.meta.url));
  return here.includes(`${join('dist', 'src')}`) ? join('..', '..', '..', name) : join('..', '..', name);
}

export function loadTheme(stylesDir: string = defaultStylesDir): Theme {
  const file = join(stylesDir, 'theme.yml');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new DossierError({ message: `cannot read the style tokens: ${(e as Error).message}`, file, hint: 'restore styles/theme.yml from the repository' });
  }
  const { doc, data } = parseYaml(text, file);
  const parsed = themeSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const line = lineOfPath(doc, issue.path as (string | number)[], text);
    throw new DossierError({ message: `invalid style token ${issue.path.join('.')}: ${issue.message}`, file, line });
  }
  return parsed.data;
}

const require = createRequire(import.meta.url);

/** Absolute path of a TTF file of the theme (fonts come from npm packages, never the network). */
export function fontPath(face: FontFace, style: FontStyle): string {
  const pkgJson = require.resolve(`${face.package}/package.json`);
  return join(dirname(pkgJson), face[style]);
}
