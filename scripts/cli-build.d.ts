/** Types of scripts/cli-build.js, for the TypeScript that imports it (its tests). */
export interface SourceState {
  /** Hash of the builder and tsconfig.json: a build made another way is rebuilt whole. */
  recipe: string;
  /** Source path under src/ (with "/") -> hash of its content. */
  files: Record<string, string>;
}

export interface BuildReport {
  /** Sources (paths under src/) transformed or copied by this build. */
  built: string[];
  /** Sources gone since the last build, whose output was deleted. */
  removed: string[];
  failed: { file: string; message: string }[];
}

export function sourceState(root?: string): SourceState;
export function isFresh(root?: string, state?: SourceState): boolean;
export function buildCli(root?: string, state?: SourceState): Promise<BuildReport>;
export function cliEntry(root?: string): Promise<{ url: string; typescript: boolean }>;
