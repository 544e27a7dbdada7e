import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/content/settings.js';
import { DossierError } from '../../src/core/diagnostics.js';

describe('parseSettings', () => {
  it('applies defaults when the file is absent', () => {
    const s = parseSettings(null, 'dossier.yml');
    expect(s).toMatchObject({ title: 'Briefing dossier', language: 'en', paper: 'A4', filePrefix: '' });
    expect(s.handling.length).toBeGreaterThan(0);
  });

  it('reads YAML dates and strings', () => {
    const s = parseSettings('title: "Storm"\ndate: 2023-02-01\nfile_prefix: storm-\npaper: letter\n', 'dossier.yml');
    expect(s).toMatchObject({ title: 'Storm', date: '2023-02-01', filePrefix: 'storm-', paper: 'letter' });
  });

  it('names the line of an unknown key', () => {
    try {
      parseSettings('title: A\nsubtitle: B\ncolour: red\n', 'content/dossier.yml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DossierError);
      const d = (e as DossierError).diagnostics[0];
      expect(d.message).toMatch(/unknown settings key "colour"/);
      expect(d.file).toBe('content/dossier.yml');
      expect(d.line).toBe(3);
    }
  });

  it('names the line of a bad value', () => {
    try {
      parseSettings('title: A\n\nlanguage: "not a language"\n', 'dossier.yml');
      expect.unreachable();
    } catch (e) {
      const d = (e as DossierError).diagnostics[0];
      expect(d.message).toMatch(/language/);
      expect(d.line).toBe(3);
    }
  });

  it('names the line of a YAML syntax error', () => {
    try {
      parseSettings('title: A\nsubtitle: "open\nauthor: x\n', 'dossier.yml');
      expect.unreachable();
    } catch (e) {
      const d = (e as DossierError).diagnostics[0];
      expect(d.message).toMatch(/invalid YAML/);
      expect(d.line).toBeGreaterThanOrEqual(2);
    }
  });
});
