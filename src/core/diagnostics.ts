// Diagnostics as data: every user-facing problem is {severity, message, file, line, hint}.
// Only cli/ turns them into text and exit codes.

export interface Diagnostic {
  severity: 'error' | 'warning';
  message: string;
  file?: string;
  line?: number;
  hint?: string;
}

/** Exit codes, documented in the README. */
export const EXIT_OK = 0;
export const EXIT_CONTENT = 1;
export const EXIT_USAGE = 2;

/** A user mistake (bad content, settings, styles, paths). Printed without a stack trace. */
export class DossierError extends Error {
  readonly diagnostics: Diagnostic[];
  readonly exitCode: number;
  constructor(d: Omit<Diagnostic, 'severity'> | Diagnostic[], exitCode = EXIT_CONTENT) {
    const list = Array.isArray(d) ? d : [{ severity: 'error' as const, ...d }];
    super(list.map(formatDiagnostic).join('\n'));
    this.diagnostics = list;
    this.exitCode = exitCode;
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.file ? `${d.file}${d.line ? `:${d.line}` : ''}: ` : '';
  const hint = d.hint ? `\n  hint: ${d.hint}` : '';
  return `${where}${d.severity}: ${d.message}${hint}`;
}
