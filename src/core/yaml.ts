// Core: the one way we read YAML (settings, front matter, curated overrides, style tokens) —
// syntax errors and runaway aliases become DossierErrors naming the file and line.
import { isScalar, parseDocument, visit } from 'yaml';
import { DossierError } from './diagnostics.js';
import { codePoint, FORBIDDEN_CHAR } from './xmlChars.js';

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
  // Raw control characters were removed when the file was read; a quoted escape ("\x01") makes one here.
  visit(doc, {
    Scalar(_key, node) {
      const bad = isScalar(node) && typeof node.value === 'string' ? FORBIDDEN_CHAR.exec(node.value) : null;
      if (!bad) return;
      const line = node.range ? text.slice(0, node.range[0]).split('\n').length + firstLine - 1 : firstLine;
      throw new DossierError({ message: `invalid ${what}: a value holds the control character ${codePoint(bad[0])}`, file, line, hint: 'remove the escape (such as "\\x01"): XHTML and PDF metadata cannot hold it' });
    },
  });
  try {
    // An alias bomb ("billion laughs") parses fine and explodes here; yaml refuses past maxAliasCount.
    return { doc, data: doc.toJS({ maxAliasCount: 100 }) };
  } catch (e) {
    throw new DossierError({ message: `invalid ${what}: ${(e as Error).message.split('\n')[0]}`, file, line: firstLine, hint: 'remove the YAML aliases (*name) that expand into huge values' });
  }
}

/** 1-based line of a YAML node at `path`, for error messages. */
export function lineOfPath(doc: ReturnType<typeof parseDocument>, path: (string | number)[], text: string): number | undefined {
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    const pair = n > 0 ? findKeyNode(doc, path.slice(0, n)) : undefined;
    const offset = pair ?? node?.range?.[0];
    if (offset !== undefined) return text.slice(0, offset).split('\n').length;
  }
  return undefined;
}

function findKeyNode(doc: ReturnType<typeof parseDocument>, path: (string | number)[]): number | undefined {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  const items = (parent as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null)?.items;
  const key = path[path.length - 1];
  const pair = items?.find((p) => p.key && (p.key.value === key));
  return pair?.key?.range?.[0];
}

interface SchemaIssue { code: string; path: PropertyKey[]; message: string }

/**
 * A schema's first complaint about parsed YAML (zod's error, read the same way by settings, articles,
 * curated files and styles): the issue, the unknown key it names if any, and the path to point at.
 */
export function firstIssue(error: { issues: SchemaIssue[] }): { issue: SchemaIssue; unknownKey?: string; path: (string | number)[] } {
  const issue = error.issues[0];
  const unknownKey = issue.code === 'unrecognized_keys' ? (issue as unknown as { keys: string[] }).keys[0] : undefined;
  return { issue, unknownKey, path: [...(issue.path as (string | number)[]), ...(unknownKey ? [unknownKey] : [])] };
}
