/** Progress lines on stderr, so stdout stays free for a child's JSON answer. */
const started = Date.now();

export function log(line: string): void {
  const s = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[bench ${s}s] ${line}\n`);
}
