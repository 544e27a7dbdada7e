// Analysis stage (curated): reads one curated-overrides file — YAML, then the schema — and keeps the
// parsed document so every later mistake (an unknown actor, a quote not in its source) names its line.
import { firstIssue, lineOfPath, parseYaml } from '../../core/yaml.js';
import { DossierError } from '../../core/diagnostics.js';
import { type Curated, CURATED_KEYS, curatedSchema } from './schema.js';

export interface ParsedCurated {
  file: string;
  data: Curated;
  /** Throws a DossierError at the line of `path` in this file. */
  fail(path: (string | number)[], message: string, hint?: string): never;
}

export function parseCurated(file: string, text: string): ParsedCurated {
  const { doc, data } = parseYaml(text, file);
  const fail = (path: (string | number)[], message: string, hint?: string): never => {
    throw new DossierError({ message, file, line: lineOfPath(doc, path, text), hint });
  };
  const parsed = curatedSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const { issue, unknownKey, path } = firstIssue(parsed.error);
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    fail(path, unknownKey ? `${where}unknown key "${unknownKey}"` : `${where}${issue.message}`,
      issue.path.length === 0 ? `top-level keys: ${CURATED_KEYS.join(', ')}` : 'see docs/curated.md for the format');
  }
  return { file, data: parsed.data!, fail };
}
