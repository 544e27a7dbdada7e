// A theme is checked before anything is drawn: fonts must be files inside their npm package and be fonts
// (a path climbing out was opened; a missing, folder or non-font file was an internal error deep in the
// PDF writer), sizes and margins must leave room for text, and an unknown key is named with its line.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/terminal.js';
import { defaultStylesDir, loadTheme } from '../../src/style/theme.js';

const THEME = readFileSync(join(defaultStylesDir, 'theme.yml'), 'utf8');
let styles: string;
beforeEach(() => {
  styles = mkdtempSync(join(tmpdir(), 'dossier-theme-'));
  cpSync(defaultStylesDir, styles, { recursive: true });
});
afterEach(() => rmSync(styles, { recursive: true, force: true }));

/** The theme with one line replaced, and the line number of the replacement. */
function edit(from: RegExp, to: string): number {
  const at = THEME.search(from);
  expect(at, String(from)).toBeGreaterThanOrEqual(0);
  writeFileSync(join(styles, 'theme.yml'), THEME.replace(from, to));
  return THEME.slice(0, at).split('\n').length;
}

async function check() {
  let err = '';
  const io: Io = { stdout: () => {}, stderr: (s) => { err += s; }, isTTY: false, env: {} };
  const code = await main(['check', '--content', join(defaultStylesDir, '..', 'content'), '--styles', styles], io);
  return { code, err };
}

describe('theme validation', () => {
  it('the bundled theme is valid', () => {
    expect(loadTheme().fonts.body.family).toBe('Noto Serif');
  });

  it.each([
    ['a path climbing out of the package', /regular: 400Regular\/NotoSerif_400Regular\.ttf/, 'regular: ../../../../../../../../etc/passwd', /fonts\.body\.regular: a path inside the font package/],
    ['an absolute path', /regular: 400Regular\/NotoSerif_400Regular\.ttf/, 'regular: /etc/passwd', /fonts\.body\.regular: a path inside the font package/],
    ['a package that is a path', /package: "@expo-google-fonts\/noto-serif"/, 'package: "/etc"', /fonts\.body\.package: an npm package name/],
    ['a package not installed', /package: "@expo-google-fonts\/noto-serif"/, 'package: "no-such-font-package-x"', /font fonts\.body\.package: the package "no-such-font-package-x" is not installed/],
    ['a missing file', /regular: 400Regular\/NotoSerif_400Regular\.ttf/, 'regular: 400Regular/Missing.ttf', /font fonts\.body\.regular: 400Regular\/Missing\.ttf cannot be read .*ENOENT/],
    ['a folder', /regular: 400Regular\/NotoSerif_400Regular\.ttf/, 'regular: 400Regular', /font fonts\.body\.regular: 400Regular is not a file/],
    ['not a font', /regular: 400Regular\/NotoSerif_400Regular\.ttf/, 'regular: package.json', /font fonts\.body\.regular: package\.json is not a TrueType or OpenType font/],
    ['a body size of 1e-7', /^ {2}body: [\d.]+$/m, '  body: 1e-7', /invalid style token sizes\.body: at least 3/],
    ['an inner margin wider than the page', /marginInner: [\d.]+/, 'marginInner: 500', /invalid style token page\.marginInner: inner and outer margins must leave 144 pt/],
    ['an unknown key', /^leading: /m, 'colour: red\nleading: ', /unknown style token colour/],
  ])('%s is an error naming theme.yml and the line', async (_name, from, to, message) => {
    const line = edit(from, to);
    const r = await check();
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.err).toContain(`theme.yml:${line}: error`);
    expect(r.err).not.toMatch(/internal error|\n\s+at /);
  });
});
