// Style stage: loads the design tokens in styles/theme.yml (one set for PDF and EPUB) and validates them.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, normalize, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { firstIssue, lineOfPath, parseYaml } from '../core/yaml.js';
import { DossierError } from '../core/diagnostics.js';
import { decodeText, readRegularFile } from '../core/files.js';

/** A font file inside its package: a relative path that stays there ('..' cannot climb out). */
const fontFile = z.string().min(1).refine((f) => !isAbsolute(f) && !normalize(f).split(/[\\/]/).includes('..'), 'a path inside the font package (no "..")');

const fontFace = z.object({
  family: z.string(),
  // An npm package name, never a path: require.resolve would take '/etc' or '../x' as one.
  package: z.string().regex(/^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/, 'an npm package name like "@expo-google-fonts/noto-serif"'),
  regular: fontFile,
  italic: fontFile,
  bold: fontFile,
  boldItalic: fontFile,
}).strict();

/** Type sizes in points: beyond these no page holds a line (1e-7 pt made every word a line; 10⁶ one per page). */
const size = z.number().min(3, 'at least 3 (points)').max(200, 'at most 200 (points)');
/** The narrowest and shortest paper (A4 width, Letter height), and the least text area left inside the margins. */
const PAGE_MIN = { width: 595.28, height: 792 };
const MIN_MEASURE = 144;

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like "#1f3f66"');

export const themeSchema = z.object({
  fonts: z.object({ body: fontFace, heading: fontFace, fallbacks: z.array(fontFace).default([]) }).strict(),
  colors: z.object({
    text: color, muted: color, accent: color, rule: color,
    tableHeaderBackground: color, tableStripe: color, conflict: color, agree: color,
  }).strict(),
  sizes: z.object({
    body: size, small: size, footnote: size, runningHead: size, h1: size, h2: size, h3: size, h4: size,
    coverTitle: size, coverSubtitle: size,
  }).strict(),
  leading: z.number().min(1).max(3),
  spacing: z.object({
    paragraph: z.number().min(0), beforeHeading: z.number().min(0), afterHeading: z.number().min(0),
    list: z.number().min(0), tableCellPadding: z.number().min(0),
  }).strict(),
  page: z.object({
    marginTop: z.number().positive(), marginBottom: z.number().positive(),
    marginInner: z.number().positive(), marginOuter: z.number().positive(),
  }).strict()
    .refine((p) => p.marginInner + p.marginOuter <= PAGE_MIN.width - MIN_MEASURE, { path: ['marginInner'], message: `inner and outer margins must leave ${MIN_MEASURE} pt of the ${PAGE_MIN.width} pt page width` })
    .refine((p) => p.marginTop + p.marginBottom <= PAGE_MIN.height - MIN_MEASURE, { path: ['marginTop'], message: `top and bottom margins must leave ${MIN_MEASURE} pt of the ${PAGE_MIN.height} pt page height` }),
  agreement: z.object({
    consistent: z.object({ symbol: z.string() }).strict(),
    conflicting: z.object({ symbol: z.string() }).strict(),
    'single-source': z.object({ symbol: z.string() }).strict(),
  }).strict(),
  /** PDF-only measures (the EPUB leaves these to the reading system). */
  print: z.object({
    superscriptScale: z.number().positive().max(1), superscriptRise: z.number().min(0).max(1),
    footnoteRuleLength: z.number().positive().max(1), footnoteRuleGap: z.number().min(0),
    footnoteGap: z.number().min(0), footnoteLabelWidth: z.number().min(0), footnoteMeasure: z.number().positive().max(1),
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
    text = decodeText(readRegularFile(file, file), file).text;
  } catch (e) {
    if (!(e instanceof DossierError)) throw e;
    throw new DossierError({ ...e.diagnostics[0], message: `cannot read the style tokens: ${e.diagnostics[0].message}`, hint: 'restore styles/theme.yml from the repository' });
  }
  const { doc, data } = parseYaml(text, file);
  const parsed = themeSchema.safeParse(data);
  if (!parsed.success) {
    const { issue, unknownKey, path } = firstIssue(parsed.error);
    const line = lineOfPath(doc, path, text);
    throw new DossierError({ message: unknownKey ? `unknown style token ${path.join('.')}` : `invalid style token ${path.join('.')}: ${issue.message}`, file, line });
  }
  const theme = parsed.data;
  const faces: [string, FontFace][] = [['body', theme.fonts.body], ['heading', theme.fonts.heading], ...theme.fonts.fallbacks.map((f, i): [string, FontFace] => [`fallbacks.${i}`, f])];
  for (const [key, face] of faces) {
    for (const style of FONT_STYLES) {
      const problem = fontProblem(face, style);
      if (problem) {
        const path = ['fonts', ...key.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)), problem.key ?? style];
        throw new DossierError({ message: `font ${path.join('.')}: ${problem.message}`, file, line: lineOfPath(doc, path, text), hint: 'fonts come from installed npm packages: name the package and a .ttf or .otf file inside it' });
      }
    }
  }
  return theme;
}

const FONT_STYLES: FontStyle[] = ['regular', 'italic', 'bold', 'boldItalic'];
/** The first bytes of the font files pdfkit (fontkit) reads: TrueType, OpenType, collections, WOFF(2). */
const FONT_MAGIC = ['00010000', '74727565', '4f54544f', '74746366', '774f4646', '774f4632'];

/** Why a theme font cannot be used (the PDF writer would fail deep inside, or read any file), or null. */
function fontProblem(face: FontFace, style: FontStyle): { message: string; key?: string } | null {
  let path: string;
  try {
    path = fontPath(face, style);
  } catch {
    return { message: `the package "${face.package}" is not installed`, key: 'package' };
  }
  let head: Buffer;
  try {
    const st = statSync(path);
    if (!st.isFile()) return { message: `${face[style]} is not a file in ${face.package}` };
    head = Buffer.alloc(4);
    const fd = openSync(path, 'r');
    try {
      readSync(fd, head, 0, 4, 0);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return { message: `${face[style]} cannot be read in ${face.package} (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  return FONT_MAGIC.includes(head.toString('hex')) ? null : { message: `${face[style]} is not a TrueType or OpenType font` };
}

const require = createRequire(import.meta.url);

/** Absolute path of a TTF file of the theme (fonts come from npm packages, never the network), never
 * outside its package. */
export function fontPath(face: FontFace, style: FontStyle): string {
  const dir = dirname(require.resolve(`${face.package}/package.json`));
  const path = resolve(dir, face[style]);
  const rel = relative(dir, path);
  if (rel.startsWith('..') || isAbsolute(rel)) throw new Error(`font file outside its package: ${face[style]}`);
  return path;
}
