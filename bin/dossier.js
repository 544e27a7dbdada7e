#!/usr/bin/env node
// The normal start: the compiled CLI lives in dist/ (built by `npm install` via the prepare script).
// bin/dossier, the installed command, starts from the start-up snapshot instead when it can.
import { setFlagsFromString } from 'node:v8';

// The V8 flags the snapshot starts with (scripts/snapshot.mjs says why), set before the program loads:
// a run too short for most optimising compiles to pay, regular expressions compiled once. Seed build,
// normal start: CPU 2.84 → 1.92 s (5 interleaved runs), same bytes. Only on the V8 versions known to
// have both flags (Node 20–24): V8 prints an error for a flag it does not know.
const v8Major = Number(process.versions.v8.split('.')[0]);
if (v8Major >= 11 && v8Major <= 13) {
  setFlagsFromString('--interrupt-budget=1048576');
  setFlagsFromString('--no-regexp-tier-up');
}
const { main } = await import('../dist/src/cli/main.js');
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
