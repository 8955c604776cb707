#!/usr/bin/env node
// Runs the CLI from dist/, the JavaScript build of src/ that scripts/cli-build.js keeps up to
// date (rebuilding what changed), or through tsx when it cannot be built, so a fresh clone
// needs no build step (docs/decisions/cli-build.md).
import { setFlagsFromString } from 'node:v8';
import { cliEntry } from '../scripts/cli-build.js';

if (process.argv[2] === 'serve') {
  // Under load V8 saw each request's objects (Neo4j records, cards' texts) alive at a young
  // collection and began allocating them straight into the old generation, where only a full
  // collection frees them: the server then promoted 0.9 MB per scavenge instead of 40 KB and
  // ran a 10-15 ms mark-compact every 6 s, stalling every request in flight. Set before any
  // of the server's code runs (docs/benchmarks.md, "the server's garbage collection").
  setFlagsFromString('--no-allocation-site-pretenuring');
}

const entry = await cliEntry();
if (entry.typescript) (await import('tsx/esm/api')).register();
const { main } = await import(entry.url);
process.exitCode = await main(process.argv.slice(2));
