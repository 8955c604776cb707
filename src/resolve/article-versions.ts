/**
 * Two texts under one URL are two versions of one article (one id). Which one the graph keeps
 * must not depend on the order they arrive in, or every re-run would swap them: the later
 * publication wins; between versions of one run published at the same time, the larger text
 * hash, an arbitrary but fixed choice. A version already stored gives way to any version
 * published as late or later, so a correction republished under the same date still replaces it.
 */
export interface ArticleVersion {
  publishedAt: string | null;
  textHash: string;
}

/** Milliseconds of a publication date or date-time; an undated version is older than any dated one. */
function time(publishedAt: string | null): number {
  if (publishedAt === null) return Number.NEGATIVE_INFINITY;
  const t = Date.parse(publishedAt);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

/** Whether `a` was published strictly later than `b`. */
export function publishedLater(a: ArticleVersion, b: ArticleVersion): boolean {
  return time(a.publishedAt) > time(b.publishedAt);
}

/** Between two versions met in one run: whether `a` is the one to keep. */
export function keepsOver(a: ArticleVersion, b: ArticleVersion): boolean {
  if (publishedLater(a, b)) return true;
  if (publishedLater(b, a)) return false;
  return a.textHash > b.textHash;
}
