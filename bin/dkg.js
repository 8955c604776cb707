#!/usr/bin/env node
// Runs the CLI from dist/, the compiled JavaScript (`npm run build`; `npm start` builds first).
// In a checkout whose dist/ is missing or older than src/, runs src/ through tsx instead, a
// development dependency (docs/decisions/cli-build.md).
import { cliEntry } from '../scripts/build.js';

const entry = cliEntry();
if (entry.typescript) {
  try {
    (await import('tsx/esm/api')).register();
  } catch {
    console.error('dkg: dist/ is missing or older than src/, and tsx (a development dependency) is not installed: run "npm run build".');
    process.exit(1);
  }
}
const { main } = await import(entry.url);
process.exitCode = await main(process.argv.slice(2));
