// Content stage: the one way we read YAML (settings, front matter, curated overrides, style tokens) —
// syntax errors and runaway aliases become DossierErrors naming the file and line.
import { parseDocument } from 'yaml';
import { DossierError } from '../diagnostics.js';

export interface ParsedYaml {
  doc: ReturnType<typeof parseDocument>;
  data: unknown;
}

/** `firstLine` is the file line where `text` starts (front matter begins on line 2). */
export function parseYaml(text: string, file: string, firstLine = 1, what = 'YAML'): ParsedYaml {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const line = err.linePos ? err.linePos[0].line + firstLine - 1 : firstLine;
    throw new DossierError({ message: `invalid ${what}: ${err.message.split('\n')[0]}`, file, line, hint: 'YAML is "key: value" lines; quote values that contain ": " or start with a symbol' });
  }
  try {
    // An alias bomb ("billion laughs") parses fine and explodes here; yaml refuses past maxAliasCount.
    return { doc, data: doc.toJS({ maxAliasCount: 100 }) };
  } catch (e) {
    throw new DossierError({ message: `invalid ${what}: ${(e as Error).message.split('\n')[0]}`, file, line: firstLine, hint: 'remove the YAML aliases (*name) that expand into huge values' });
  }
}
