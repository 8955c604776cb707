/**
 * Web pages: the main text via Mozilla Readability (the Firefox Reader View algorithm), metadata
 * from Open Graph / article / Dublin Core meta tags. The page is untrusted: nothing but plain
 * text leaves this file, and linkedom runs no scripts.
 */
import { Readability } from '@mozilla/readability';
import { AppError } from '../domain/errors.js';
import { cleanBody } from './body.js';
import { normalizeDate } from './dates.js';
import { nodeToText, parseDocument } from './html-to-text.js';
import { inlineOrNull } from './text-normalize.js';
import { articleResult, errorResult, makeArticle, safeUrl, type ReadResult } from './article.js';

/** Meta keys (name, property or itemprop, lower case) in order of preference. */
const TITLE_META = ['og:title', 'twitter:title', 'dc.title'];
const DATE_META = [
  'article:published_time', 'og:published_time', 'article:published', 'datepublished', 'date',
  'pubdate', 'publishdate', 'publish-date', 'publication_date', 'dc.date.issued', 'dc.date',
  'dcterms.created', 'sailthru.date', 'parsely-pub-date',
];
const PUBLISHER_META = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];
const SECTION_META = ['article:section', 'section', 'parsely-section'];
const URL_META = ['og:url', 'twitter:url'];

/** Page parts that are never the article, removed before the fallback text extraction. */
const NOT_ARTICLE = 'nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"]';

export function* readHtml(html: string, file: string): Generator<ReadResult> {
  const document = parseDocument(html);
  const meta = readMeta(document);
  const canonical = canonicalUrl(document, meta.get('og:url'));
  const firstTime = document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime');
  const firstH1 = inlineOrNull(document.querySelector('h1')?.textContent);
  const pageTitle = inlineOrNull(document.querySelector('title')?.textContent);

  // Readability rewrites the document it is given, hence everything above is read first.
  const readable = runReadability(document);
  const publisher = first(PUBLISHER_META.map((k) => meta.get(k))) ?? inlineOrNull(readable?.siteName);
  const title =
    first(TITLE_META.map((k) => meta.get(k))) ??
    (pageTitle ? withoutSiteSuffix(pageTitle, publisher) : null) ??
    inlineOrNull(readable?.title) ??
    firstH1;

  let text = readable?.text ? cleanBody(readable.text, title) : '';
  if (text === '') text = fallbackText(html, title);
  if (text === '') {
    yield errorResult(new AppError('INPUT_EMPTY', 'no article text found in the HTML', file));
    return;
  }
  const publishedAt =
    first(DATE_META.map((k) => normalizeDate(meta.get(k)))) ??
    normalizeDate(readable?.publishedTime) ??
    normalizeDate(firstTime);
  const url = canonical ?? first(URL_META.map((k) => safeUrl(meta.get(k))));

  yield articleResult(
    makeArticle({
      source: file,
      text,
      title,
      publishedAt,
      publisher,
      section: first(SECTION_META.map((k) => meta.get(k))),
      url,
    }),
  );
}

interface Readable {
  text: string;
  title: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

function runReadability(document: Document): Readable | null {
  try {
    // The serializer hands back the DOM node, so text is taken with paragraph structure intact.
    const result = new Readability<Node>(document, { serializer: (node) => node }).parse();
    if (!result) return null;
    return {
      text: result.content ? nodeToText(result.content) : '',
      title: result.title ?? null,
      siteName: result.siteName ?? null,
      publishedTime: result.publishedTime ?? null,
    };
  } catch {
    // Readability assumes a browser DOM; on pages too broken for it the fallback below still runs.
    return null;
  }
}

/** The visible text of the body, minus navigation and other page chrome. */
function fallbackText(html: string, title: string | null): string {
  const document = parseDocument(html);
  for (const element of Array.from(document.querySelectorAll(NOT_ARTICLE))) element.remove();
  return cleanBody(nodeToText(document.body), title);
}

/** meta name/property/itemprop (lower case) -> first non-empty content. */
function readMeta(document: Document): Map<string, string> {
  const meta = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const content = element.getAttribute('content');
    if (!content || content.trim() === '') continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = element.getAttribute(attr)?.trim().toLowerCase();
      if (key && !meta.has(key)) meta.set(key, content);
    }
  }
  return meta;
}

/** rel=canonical; a relative href is resolved against og:url when the page gives one. */
function canonicalUrl(document: Document, base: string | undefined): string | null {
  for (const link of Array.from(document.querySelectorAll('link[rel][href]'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical')) return safeUrl(link.getAttribute('href'), safeUrl(base));
  }
  return null;
}

/** "Aliyev meets Putin - Example News" -> "Aliyev meets Putin" when the suffix is the publisher. */
function withoutSiteSuffix(title: string, publisher: string | null): string {
  if (!publisher) return title;
  for (const sep of [' - ', ' | ', ' – ', ' — ', ' :: ']) {
    const suffix = `${sep}${publisher}`;
    if (title.endsWith(suffix) && title.length > suffix.length) return title.slice(0, -suffix.length);
  }
  return title;
}

function first(values: (string | null | undefined)[]): string | null {
  for (const value of values) {
    const inline = inlineOrNull(value);
    if (inline !== null) return inline;
  }
  return null;
}
