// CLI: `dossier init [DIR]` — scaffolds a content folder with settings and one example article.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DossierError } from '../../core/diagnostics.js';
import { SETTINGS_FILE } from '../../content/settings.js';
import type { Io } from '../terminal.js';
import { MESSAGES } from '../messages.js';

const SETTINGS = `# Dossier-wide settings; every key is optional (see the README).
title: "Briefing dossier"
subtitle: "Compiled from several outlets' reports"
author: "Your organisation"
language: en
handling: "For internal distribution"
paper: A4
`;

const EXAMPLE = `---
title: "Example report: river floods cut off three villages"
outlet: Example Gazette
date: 2024-05-02
---
At least 12 people have died after the river burst its banks, according to the regional governor.

Rescue teams evacuated more than 300 residents overnight, the fire service said.
`;

export function runInit(dir: string, io: Io): void {
  const root = resolve(dir);
  if (existsSync(root) && !statSync(root).isDirectory()) {
    throw new DossierError({ message: MESSAGES.init.isAFile, file: dir, hint: MESSAGES.init.chooseEmpty });
  }
  if (existsSync(root) && readdirSync(root).length > 0) {
    throw new DossierError({ message: MESSAGES.init.notEmpty, file: dir, hint: MESSAGES.init.chooseEmpty });
  }
  try {
    mkdirSync(join(root, 'articles'), { recursive: true });
    writeFileSync(join(root, SETTINGS_FILE), SETTINGS, { flag: 'wx' });
    writeFileSync(join(root, 'articles', '01-example.md'), EXAMPLE, { flag: 'wx' });
  } catch (e) {
    throw new DossierError({ message: MESSAGES.init.cannotCreate((e as NodeJS.ErrnoException).code ?? 'error'), file: dir, hint: MESSAGES.init.chooseWritable });
  }
  io.stderr(`${MESSAGES.init.created(join(dir, SETTINGS_FILE), join(dir, 'articles', '01-example.md'))}\n${MESSAGES.init.next(dir)}\n`);
}
