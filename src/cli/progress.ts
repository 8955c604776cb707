/**
 * Progress for long work: a redrawn bar with rate and ETA on a terminal, plain lines
 * (at most one every few seconds) when output is a file or a pipe.
 */
export interface Progress {
  update(done: number, detail?: string): void;
  finish(): void;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export function progress(label: string, total: number, unit: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  const tty = Boolean(stream.isTTY);
  let lastLine = 0;
  let last = '';
  const render = (done: number, detail: string): string => {
    const elapsed = (Date.now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const eta = rate > 0 && total > 0 ? (total - done) / rate : NaN;
    const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
    const width = 24;
    const filled = Math.round((pct / 100) * width);
    const bar = tty ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` : '';
    return `${label} ${bar}${pct}% ${done}/${total} ${unit}, ${rate.toFixed(1)} ${unit}/s, ETA ${clock(eta)}${detail ? `, ${detail}` : ''}`;
  };
  return {
    update(done, detail = '') {
      last = render(done, detail);
      if (tty) {
        stream.write(`\r${last}\x1b[K`);
      } else if (Date.now() - lastLine > 5000 || done === total) {
        lastLine = Date.now();
        stream.write(`${last}\n`);
      }
    },
    finish() {
      if (tty && last) stream.write('\n');
    },
  };
}
