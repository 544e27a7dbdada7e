// Render stage: the output formats, in a module of their own so the CLI can name them without loading the writers.
export type Format = 'pdf' | 'epub';
export const FORMATS: readonly Format[] = ['pdf', 'epub'];
