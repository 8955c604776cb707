/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per item/entry, the feed's own title as
 * publisher. Descriptions usually carry HTML; it is reduced to plain text.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AppError } from '../domain/errors.js';
import { cleanBody } from './body.js';
import { normalizeDate } from './dates.js';
import { htmlToText, toPlainText } from './html-to-text.js';
import { inlineOrNull } from './text-normalize.js';
import { articleResult, errorResult, itemSource, makeArticle, safeUrl, type ReadResult } from './article.js';

type XmlNode = Record<string, unknown>;

const ARRAY_PATHS = new Set(['rss.channel.item', 'rdf:RDF.item', 'feed.entry', 'feed.entry.link', 'feed.link']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Keep "2025" a string: titles and ids are text, not numbers.
  parseTagValue: false,
  parseAttributeValue: false,
  // Numeric character references and &nbsp; etc. are common in real feeds.
  htmlEntities: true,
  isArray: (_name, jpath) => ARRAY_PATHS.has(String(jpath)),
  // Atom content may be inline XHTML: keep it raw so its text keeps its order.
  stopNodes: ['feed.title', 'feed.entry.title', 'feed.entry.summary', 'feed.entry.content'],
});

export function* readFeed(xml: string, file: string): Generator<ReadResult> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    yield errorResult(new AppError('INPUT_MALFORMED', `invalid XML at line ${line}, column ${col}: ${msg}`, file));
    return;
  }
  let doc: XmlNode;
  try {
    doc = parser.parse(xml) as XmlNode;
  } catch (e) {
    yield errorResult(new AppError('INPUT_MALFORMED', `invalid XML: ${e instanceof Error ? e.message : String(e)}`, file, { cause: e }));
    return;
  }

  const feed = parseFeed(doc);
  if (feed === null) {
    const root = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#')) ?? '(none)';
    yield errorResult(new AppError('INPUT_UNSUPPORTED', `XML root element <${root}> is neither an RSS nor an Atom feed`, file));
    return;
  }
  if (feed.items.length === 0) {
    yield errorResult(new AppError('INPUT_EMPTY', 'feed has no items', file));
    return;
  }
  for (let i = 0; i < feed.items.length; i += 1) {
    yield itemResult(feed.items[i]!, feed.publisher, itemSource(file, i + 1));
  }
}

interface FeedItem {
  title: string | null;
  link: string | null;
  date: string | null;
  /** Plain text, before clutter removal. */
  text: string;
}

interface Feed {
  publisher: string | null;
  items: FeedItem[];
}

function parseFeed(doc: XmlNode): Feed | null {
  const rss = asNode(doc['rss']);
  if (rss) {
    const channel = asNode(rss['channel']) ?? {};
    return { publisher: inlineOrNull(textOf(channel['title'])), items: asNodes(channel['item']).map(rssItem) };
  }
  const rdf = asNode(doc['rdf:RDF']);
  if (rdf) {
    const channel = asNode(rdf['channel']) ?? {};
    return { publisher: inlineOrNull(textOf(channel['title'])), items: asNodes(rdf['item']).map(rssItem) };
  }
  const atom = asNode(doc['feed']);
  if (atom) return { publisher: inlineOrNull(atomText(atom['title'])), items: asNodes(atom['entry']).map(atomEntry) };
  return null;
}

function rssItem(item: XmlNode): FeedItem {
  const body = textOf(item['content:encoded']) || textOf(item['description']);
  return {
    title: inlineOrNull(toPlainText(textOf(item['title']))),
    link: safeUrl(textOf(item['link'])) ?? permalinkGuid(item['guid']),
    date: normalizeDate(textOf(item['pubDate'])) ?? normalizeDate(textOf(item['dc:date'])),
    // RSS descriptions are HTML by definition (escaped or in CDATA), even without a tag in sight.
    text: htmlToText(body),
  };
}

function atomEntry(entry: XmlNode): FeedItem {
  const content = atomText(entry['content']);
  return {
    title: inlineOrNull(atomText(entry['title'])),
    link: atomLink(entry['link']),
    date: normalizeDate(textOf(entry['published'])) ?? normalizeDate(textOf(entry['updated'])),
    text: content.trim() !== '' ? content : atomText(entry['summary']),
  };
}

function itemResult(item: FeedItem, publisher: string | null, source: string): ReadResult {
  // WordPress excerpts end in "[…]": the text was cut there, the marker is not part of it.
  const text = cleanBody(item.text, item.title).replace(/\s*\[(…|\.\.\.)\]$/, '');
  if (text === '') {
    return errorResult(new AppError('INPUT_EMPTY', 'feed item has no text (empty description/content)', source));
  }
  return articleResult(makeArticle({ source, text, title: item.title, publishedAt: item.date, publisher, url: item.link }));
}

/** RSS <guid> is the item's URL unless isPermaLink="false". */
function permalinkGuid(guid: unknown): string | null {
  const node = asNode(guid);
  if (node && node['@_isPermaLink'] === 'false') return null;
  return safeUrl(textOf(guid));
}

/** Atom: rel="alternate" (the default rel) is the article page. */
function atomLink(links: unknown): string | null {
  const nodes = Array.isArray(links) ? links.map(asNode).filter((n): n is XmlNode => n !== null) : [];
  const alternate = nodes.find((n) => (n['@_rel'] ?? 'alternate') === 'alternate') ?? nodes[0];
  return alternate ? safeUrl(alternate['@_href']) : null;
}

/**
 * Atom text constructs (title, summary, content) arrive raw (they are stop nodes): type="xhtml"
 * is markup as is, "html" is escaped markup, "text" (the default) is escaped text.
 */
function atomText(value: unknown): string {
  const raw = textOf(value);
  const type = asNode(value)?.['@_type'];
  if (type === 'xhtml') return htmlToText(raw);
  const decoded = decodeXmlText(raw);
  return type === 'html' || type === 'text/html' ? htmlToText(decoded) : decoded;
}

/** Raw XML character data: CDATA sections verbatim, entity references decoded. */
export function decodeXmlText(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeEntities(part)))
    .join('');
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : match;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? match;
  });
}

/** Element text whether the parser gave a string or an object with attributes ("#text"). */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const node = asNode(value);
  const text = node?.['#text'];
  return typeof text === 'string' || typeof text === 'number' ? String(text) : '';
}

function asNode(value: unknown): XmlNode | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as XmlNode) : null;
}

function asNodes(value: unknown): XmlNode[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  // An empty <item/> parses as "": still an item, and still reported (as having no text).
  return list.map((v) => asNode(v) ?? {});
}
