// Content stage: dossier-wide settings from content/dossier.yml, validated, with defaults.
import { z } from 'zod';
import { DossierError } from '../core/diagnostics.js';
import { firstIssue, lineOfPath, type ParsedYaml, parseYaml } from '../core/yaml.js';
import type { Settings } from './types.js';
import { isoDate } from './dates.js';

export const SETTINGS_FILE = 'dossier.yml';

const COVER_LIMIT = 300;

const settingsSchema = z.object({
  // The cover sets these in large type, shrinking to fit a few lines: a 1,500-word title took 34 s of
  // fitting and still overflowed. Limits far above any real title, with a clear error.
  title: z.string().min(1).max(COVER_LIMIT, `at most ${COVER_LIMIT} characters (it goes on the cover)`).default('Briefing dossier'),
  subtitle: z.string().max(COVER_LIMIT, `at most ${COVER_LIMIT} characters (it goes on the cover)`).optional(),
  author: z.string().min(1).max(COVER_LIMIT, `at most ${COVER_LIMIT} characters (it goes on the cover)`).default('Compiled with dossier'),
  date: isoDate.optional(),
  language: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'a language tag like "en" or "en-GB"').default('en'),
  handling: z.string().max(COVER_LIMIT, `at most ${COVER_LIMIT} characters (it goes on the cover)`).default('For internal distribution'),
  // File names are at most 255 bytes; the prefix leaves room for "dossier.epub" and our temporaries.
  file_prefix: z.string().regex(/^[A-Za-z0-9._-]*$/, 'letters, digits, ".", "_" or "-" only').max(100).default(''),
  paper: z.enum(['A4', 'letter']).default('A4'),
}).strict();

export const SETTINGS_KEYS = Object.keys(settingsSchema.shape);

/** Parses settings YAML; `text` null means the file is absent and defaults apply. */
export function parseSettings(text: string | null, file: string): Settings {
  let data: unknown = {};
  let doc: ParsedYaml['doc'] | null = null;
  if (text !== null) {
    const parsed = parseYaml(text, file);
    doc = parsed.doc;
    data = parsed.data ?? {};
  }
  const parsed = settingsSchema.safeParse(data);
  if (!parsed.success) {
    const { issue, unknownKey, path } = firstIssue(parsed.error);
    const line = doc && text ? lineOfPath(doc, path, text) : undefined;
    const message = unknownKey ? `unknown settings key "${unknownKey}"`
      : issue.path.length === 0 ? 'settings must be a YAML mapping (key: value lines)' : `setting "${issue.path.join('.')}": ${issue.message}`;
    throw new DossierError({ message, file, line, hint: `known keys: ${SETTINGS_KEYS.join(', ')}` });
  }
  const s = parsed.data;
  return {
    title: s.title, subtitle: s.subtitle, author: s.author, date: s.date, language: s.language,
    handling: s.handling, filePrefix: s.file_prefix, paper: s.paper,
  };
}
