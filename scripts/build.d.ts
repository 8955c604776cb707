/** Types of scripts/build.js, for the TypeScript that imports it (its tests). */
export interface SourceState {
  /** Hash of the builder and the tsconfigs: a build made another way is not current. */
  recipe: string;
  /** Source path under src/ (with "/") -> hash of its content. */
  files: Record<string, string>;
}

export function sourceState(root?: string): SourceState;
export function isFresh(root?: string, state?: SourceState): boolean;
export function buildDist(root?: string, state?: SourceState): { ok: boolean; diagnostics: string };
export function cliEntry(root?: string): { url: string; typescript: boolean };
