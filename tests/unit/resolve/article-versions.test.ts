import { describe, expect, it } from 'vitest';
import { keepsOver, publishedLater } from '../../../src/resolve/article-versions.js';

describe('versions of one URL', () => {
  const v = (publishedAt: string | null, textHash: string) => ({ publishedAt, textHash });

  it('keeps the later publication whichever comes first', () => {
    expect(keepsOver(v('2025-03-05', 'a'), v('2025-03-01', 'b'))).toBe(true);
    expect(keepsOver(v('2025-03-01', 'b'), v('2025-03-05', 'a'))).toBe(false);
  });

  it('prefers any dated version over an undated one', () => {
    expect(keepsOver(v('1999-01-01', 'a'), v(null, 'z'))).toBe(true);
    expect(publishedLater(v(null, 'z'), v('1999-01-01', 'a'))).toBe(false);
  });

  it('breaks a tie of publication by text hash, so both orders agree', () => {
    expect(keepsOver(v('2025-03-05', 'b'), v('2025-03-05', 'a'))).toBe(true);
    expect(keepsOver(v('2025-03-05', 'a'), v('2025-03-05', 'b'))).toBe(false);
    expect(publishedLater(v('2025-03-05', 'b'), v('2025-03-05', 'a'))).toBe(false);
  });
});
