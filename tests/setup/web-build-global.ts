/** Builds the web bundle (web/ -> web/dist) before the browser tests when it is missing or stale. */
import { ensureWebBuild } from '../../src/cli/web-build.js';

export default async function setup(): Promise<void> {
  await ensureWebBuild({ log: (line) => process.stderr.write(`[web] ${line}\n`) });
}
