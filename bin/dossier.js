#!/usr/bin/env node
// The normal start: the compiled CLI lives in dist/ (built by `npm install` via the prepare script).
// bin/dossier, the installed command, starts from the start-up snapshot instead when it can.
import { main } from '../dist/src/cli/main.js';
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
