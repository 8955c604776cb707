#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so a fresh clone needs no build step.
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

if (process.argv[2] === 'serve') {
  // Under load V8 saw each request's objects (Neo4j records, cards' texts) alive at a young
  // collection and began allocating them straight into the old generation, where only a full
  // collection frees them: the server then promoted 0.9 MB per scavenge instead of 40 KB and
  // ran a 10-15 ms mark-compact every 6 s, stalling every request in flight. Set before any
  // of the server's code runs (docs/benchmarks.md, "the server's garbage collection").
  setFlagsFromString('--no-allocation-site-pretenuring');
}

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
