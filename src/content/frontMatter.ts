// Content stage: splits a markdown file into YAML front matter and body, with line-accurate errors.
import { type ParsedYaml, parseYaml } from '../core/yaml.js';
import { DossierError } from '../core/diagnostics.js';

export interface FrontMatter {
  data: Record<string, unknown>;
  doc: ParsedYaml['doc'] | null;
  /** The front matter's YAML text (between the fences). */
  yaml: string;
  body: string;
  /** 1-based line number in the file where `body` starts. */
  bodyLine: number;
  /** 1-based line number in the file where the YAML text starts. */
  yamlLine: number;
}

const FENCE = /^---[ \t]*$/;

export function splitFrontMatter(text: string, file: string): FrontMatter {
  const lines = text.split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return { data: {}, doc: null, yaml: '', body: text, bodyLine: 1, yamlLine: 1 };
  }
  const end = lines.findIndex((l, i) => i > 0 && (FENCE.test(l) || /^\.\.\.[ \t]*$/.test(l)));
  if (end < 0) {
    throw new DossierError({ message: 'front matter opened with "---" is never closed', file, line: 1, hint: 'add a line "---" after the YAML block' });
  }
  const yaml = lines.slice(1, end).join('\n');
  const parsed = parseYaml(yaml, file, 2, 'YAML front matter');
  const doc = parsed.doc;
  const data = parsed.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new DossierError({ message: 'front matter must be a YAML mapping (key: value lines)', file, line: 2 });
  }
  return { data: data as Record<string, unknown>, doc, yaml, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2, yamlLine: 2 };
}

/** 1-based file line of a top-level front matter key, for error messages. */
export function frontMatterKeyLine(fm: FrontMatter, key: string): number | undefined {
  if (!fm.doc) return undefined;
  const items = (fm.doc.contents as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null)?.items;
  const pair = items?.find((p) => p.key?.value === key);
  if (!pair?.key?.range) return undefined;
  return fm.yaml.slice(0, pair.key.range[0]).split('\n').length + fm.yamlLine - 1;
}
