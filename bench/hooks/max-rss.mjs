// Preloaded into a child (`node --import ./bench/hooks/max-rss.mjs ...`): when it exits,
// writes its peak resident memory (getrusage ru_maxrss, which Node reports in KiB) and the
// CPU time it used (microseconds) to the file named by DKG_BENCH_RSS_FILE, so the
// benchmark reads the true peak and cost of that process.
import { writeFileSync } from 'node:fs';
import process from 'node:process';

const file = process.env.DKG_BENCH_RSS_FILE;
if (file) {
  process.once('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, `${JSON.stringify({ maxRssKiB: u.maxRSS, cpuMicros: u.userCPUTime + u.systemCPUTime })}\n`);
  });
}
