// Ingest stage: a saved page's own metadata — title, outlet, author, date, url, language — read in
// order of trust: JSON-LD (schema.org NewsArticle), OpenGraph and article:* tags, named <meta> tags,
// <time datetime>, the canonical URL, then <title> minus the site's suffix.
import { findDates } from '../dates.js';
import { blocksOf, type DomNode } from './blocks.js';

/** The DOM surface we query (linkedom's Document satisfies it). */
export interface PageDocument {
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  documentElement: PageElement | null;
  body: unknown;
  title: string;
}
export interface PageElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

export interface PageMeta {
  title?: string;
  outlet?: string;
  author?: string;
  date?: string;
  url?: string;
  language?: string;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Review|Background|Scholarly|Tech|Satirical|Advertiser)?Article$|^(?:BlogPosting|LiveBlogPosting|Report|WebPage)$/;

export function readPageMeta(doc: PageDocument, readabilityHints: { title?: string | null; byline?: string | null; siteName?: string | null; publishedTime?: string | null }): PageMeta {
  const ld = articleJsonLd(doc);
  const meta = metaTags(doc);
  const url = clean(str(ld?.url)) ?? meta('og:url') ?? linkHref(doc, 'canonical');
  const titleTag = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  const pageText = doc.body ? blocksOf(doc.body as DomNode).map((b) => b.text) : [];
  const outlet = clean(nameOf(ld?.publisher)) ?? meta('og:site_name') ?? meta('application-name') ?? meta('publisher') ??
    siteSuffix(titleTag) ?? clean(readabilityHints.siteName ?? undefined) ?? hostOf(url) ?? copyrightHolder(pageText);
  const title = firstTitle([clean(str(ld?.headline)), meta('og:title'), meta('twitter:title'), clean(readabilityHints.title ?? undefined), withoutSuffix(titleTag, outlet)], outlet, titleTag);
  return {
    title,
    outlet,
    author: authorOf(ld, meta, microdataAuthor(doc), readabilityHints.byline ?? undefined, outlet) ?? authorPageLink(doc),
    date: dateOf(ld, meta, doc, url, readabilityHints.publishedTime ?? undefined) ?? dateUnderHeadline(pageText, title) ?? dateIn(titleTag),
    url,
    language: languageOf(doc, meta),
  };
}

/** How far below the headline a visible publication stamp is looked for (blocks). */
const STAMP_WINDOW = 8;

/**
 * A stamp printed under the headline ("Monday, February 29, 2016 @ 11:10 PM", "2016年10月14日07:17",
 * a dateline "Feb. 23, 2015 --" opening the first paragraph): only the start of each block is read,
 * so dates inside the report's sentences are never taken.
 */
function dateUnderHeadline(blocks: string[], title: string | undefined): string | undefined {
  if (!title) return undefined;
  const t = normal(title);
  const at = blocks.findIndex((b) => normal(b) === t);
  if (at < 0) return undefined;
  for (const b of blocks.slice(at + 1, at + 1 + STAMP_WINDOW)) {
    const day = dateIn(b.slice(0, 60));
    if (day) return day;
  }
  return undefined;
}

const CJK_DATE = /((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;

function dateIn(text: string): string | undefined {
  const cjk = CJK_DATE.exec(text);
  if (cjk) return validDay(+cjk[1], +cjk[2], +cjk[3]);
  const dates = findDates(text);
  return (dates.find((d) => !d.ambiguous) ?? dates[0])?.iso;
}

/** "©2005-2015 WebMD, LLC. All rights reserved." → "WebMD": the page's owner, when nothing names the site. */
function copyrightHolder(blocks: string[]): string | undefined {
  for (const b of blocks) {
    const m = /^(?:©|\(c\)|copyright\b)\s*(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)\d\d)?\s*)?(.+)$/iu.exec(b.trim());
    if (!m) continue;
    const name = m[1].replace(/\ball rights reserved\b.*$/i, '').replace(/[,.]?\s*\b(?:llc|inc|ltd|limited|gmbh|s\.?a|corp(?:oration)?|plc|co)\b\.?/gi, '')
      .replace(/\b(?:19|20)\d\d\b/g, '').replace(/[\s,.;|-]+$/, '').trim();
    if (name && name.split(/\s+/).length <= 5) return name;
  }
  return undefined;
}

/** The first JSON-LD object typed as an article (inside @graph or arrays too). */
function articleJsonLd(doc: PageDocument): Json | undefined {
  const found: Json[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const raw = (scripts[i].textContent ?? '').replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '').trim();
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue; // a malformed block is the page's problem, not a reason to fail
    }
    collect(data, found, 0);
  }
  const typed = (o: Json): string[] => ([] as unknown[]).concat(o['@type'] ?? []).map(String);
  const article = found.find((o) => typed(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) ?? found.find((o) => typed(o).includes('WebPage') && o.headline);
  return article && withReferences(article, found);
}

/**
 * The article with its author and publisher given in full where the graph names them by reference
 * ({"@id": "…#/schema/person/…"}, as WordPress SEO plugins write them): the referenced node holds the name.
 */
function withReferences(article: Json, nodes: Json[]): Json {
  const byId = new Map<string, Json>();
  for (const n of nodes) if (typeof n['@id'] === 'string' && n.name !== undefined) byId.set(n['@id'], n);
  const resolve = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(resolve);
    if (v && typeof v === 'object') {
      const id = (v as Json)['@id'];
      if (typeof id === 'string' && (v as Json).name === undefined) return byId.get(id) ?? v;
    }
    return v;
  };
  return { ...article, author: resolve(article.author), publisher: resolve(article.publisher) };
}

function collect(data: unknown, out: Json[], depth: number): void {
  if (depth > 6 || !data || typeof data !== 'object') return;
  if (Array.isArray(data)) { for (const d of data) collect(d, out, depth + 1); return; }
  const o = data as Json;
  out.push(o);
  if (o['@graph']) collect(o['@graph'], out, depth + 1);
  if (o.mainEntity) collect(o.mainEntity, out, depth + 1);
}

/** Looks up <meta property|name|itemprop=key content>. */
function metaTags(doc: PageDocument): (key: string) => string | undefined {
  const map = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = clean(m.getAttribute('content') ?? undefined);
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return (key) => map.get(key.toLowerCase());
}

function linkHref(doc: PageDocument, rel: string): string | undefined {
  const links = doc.querySelectorAll(`link[rel="${rel}"]`);
  return links.length ? clean(links[0].getAttribute('href') ?? undefined) : undefined;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function clean(s: string | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? decodeEntities(t) : undefined;
}

/** JSON-LD and attributes sometimes carry entities twice-encoded ("&amp;#8217;"). */
function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|apos|lt|gt|nbsp));/gi, (_, d, h, n) =>
    d ? String.fromCodePoint(Number(d)) : h ? String.fromCodePoint(parseInt(h, 16)) : ({ amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' } as Record<string, string>)[n.toLowerCase()]);
}

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === 'object') return str((v as Json).name);
  return undefined;
}

/** "Headline | Site", "Headline - Site", "Headline — Site": the site's part of a <title>. */
const SUFFIX = /^(.{10,}?)\s+(?:[|–—·•»:]|-{1,2}|_)\s+([^|–—·•»]{2,60})$/u;
const UNDERSCORE_SUFFIX = /^(.{4,}?)_([^_]{1,30})(?:_([^_]{1,30}))*$/u;

function siteSuffix(title: string): string | undefined {
  const u = /[\p{Script=Han}]/u.test(title) ? /_\s*([^_]{1,30})$/u.exec(title) : null;
  if (u) return u[1].trim();
  const m = SUFFIX.exec(title);
  if (!m) return undefined;
  const site = m[2].trim();
  return site.split(/\s+/).length <= 5 ? site : undefined;
}

function withoutSuffix(title: string, outlet: string | undefined): string | undefined {
  if (!title) return undefined;
  const u = UNDERSCORE_SUFFIX.exec(title);
  if (u && /[\p{Script=Han}]/u.test(title)) return u[1].trim();
  const m = SUFFIX.exec(title);
  if (m && m[2].trim().split(/\s+/).length <= 5) return m[1].trim();
  if (outlet && title.endsWith(outlet)) return title.slice(0, -outlet.length).replace(/[\s|–—·:_-]+$/u, '').trim() || undefined;
  return title;
}

/** The first candidate that is not the site's name, with a trailing " | Site" removed. */
function firstTitle(candidates: (string | undefined)[], outlet: string | undefined, titleTag: string): string | undefined {
  for (const c of candidates) {
    if (!c) continue;
    let t = c === titleTag ? withoutSuffix(c, outlet) ?? c : c;
    if (outlet) {
      const m = SUFFIX.exec(t);
      if (m && normal(m[2]) === normal(outlet)) t = m[1].trim();
    }
    if (outlet && normal(t) === normal(outlet)) continue;
    if (t.split(/\s+/).length < 2 && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(t)) continue;
    return t;
  }
  return undefined;
}

const normal = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** Person names from JSON-LD author, <meta name=author> and the like, then Readability's byline. */
/**
 * The author named by schema.org microdata (itemprop=author, and its itemprop=name) or a rel=author
 * link, when it reads as a person's name (two to four capitalised words): the byline of themes that
 * put it outside <head>.
 */
function microdataAuthor(doc: PageDocument): string | undefined {
  for (const sel of ['[itemprop~="author"] [itemprop~="name"]', '[itemprop~="author"]', 'a[rel~="author"]']) {
    const els = doc.querySelectorAll(sel);
    if (!els.length) continue;
    const text = (els[0].getAttribute('content') ?? els[0].textContent ?? '').replace(/\s+/g, ' ').trim();
    if (PERSON_NAME.test(text)) return text;
  }
  return undefined;
}

/**
 * The first link to an author's page ("/author/jane-doe", "?author=janedoe") whose text reads as a
 * person's name: the byline of pages that mark it up no other way. Trusted last — a teaser's byline
 * can link the same way, so every other source of the author is asked first.
 */
function authorPageLink(doc: PageDocument): string | undefined {
  const links = doc.querySelectorAll('a[href*="/author/"], a[href*="/authors/"], a[href*="author="]');
  if (!links.length) return undefined;
  const text = (links[0].textContent ?? '').replace(/\s+/g, ' ').trim();
  return PERSON_NAME.test(text) ? text : undefined;
}

/** Two to four capitalised words: a person's name as a byline prints it. */
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;

function authorOf(ld: Json | undefined, meta: (k: string) => string | undefined, microdata: string | undefined, byline: string | undefined, outlet: string | undefined): string | undefined {
  // Each name cleaned on its own: ["By Ana Ruiz", "By Jo Park"] is two people, not "Ana Ruiz, By Jo Park".
  const fromLd = ([] as unknown[]).concat(ld?.author ?? []).map(nameOf).map((n) => clean(n)?.replace(BY, '')).filter((n): n is string => !!n);
  const candidates: (string | undefined)[] = [
    fromLd.length ? [...new Set(fromLd)].join(', ') : undefined,
    meta('author'), meta('article:author'), meta('byl'), meta('parsely-author'), meta('sailthru.author'), meta('dc.creator'),
    microdata, byline,
  ];
  for (const c of candidates) {
    if (!c || /^https?:\/\//i.test(c) || /^[\w.-]+\.\w{2,}$/.test(c)) continue; // a profile URL or a domain, not a name
    const name = c.split(/\n/)[0].replace(STAMP_AFTER, '').replace(POSTNOMINALS, '').replace(BY, '').replace(/\s+/g, ' ').replace(/[,;|]\s*$/, '').trim();
    if (!name || (outlet && normal(name) === normal(outlet))) continue;
    if (/\b(?:staff|team|redaktion|rédaction|redacción|editors?|desk)\b/i.test(name) && !/,/.test(name)) continue;
    return name;
  }
  return undefined;
}

/** "Ana Ruiz Monday, 4 January 2030", "Jo Park 12:40 PM": a byline element that holds the stamp too. */
const STAMP_AFTER = /\s+(?:(?:on|am|le|el)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d).*$/i;

/** "By", "Von", "Par" … before a byline's name. */
const BY = /^(?:by|von|par|por|de|di|door|av|af|autor|autora|author)\s*:?\s+/i;

/** Degrees and honours after a byline name ("Brenda Goodman, MA", "Jane Roe, MD, PhD"). */
const POSTNOMINALS = /(?:,\s*(?:MA|MS|MSc|BA|BS|MD|PhD|DPhil|RN|MPH|MBA|JD|DO|DDS|FACP|OBE|MBE|CBE))+\s*$/;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The publication day as YYYY-MM-DD, as the page states it (the publisher's local day). */
function dateOf(ld: Json | undefined, meta: (k: string) => string | undefined, doc: PageDocument, url: string | undefined, readabilityTime: string | undefined): string | undefined {
  const timeEls = doc.querySelectorAll('time[datetime]');
  const times: string[] = [];
  for (let i = 0; i < timeEls.length && i < 3; i++) times.push(timeEls[i].getAttribute('datetime') ?? '');
  const itemprop = doc.querySelectorAll('[itemprop="datePublished"]');
  const published = itemprop.length ? itemprop[0].getAttribute('content') ?? itemprop[0].getAttribute('datetime') ?? undefined : undefined;
  const candidates = [str(ld?.datePublished), meta('article:published_time'), meta('og:article:published_time'), meta('datepublished'),
    meta('date'), meta('pubdate'), meta('publishdate'), meta('publish-date'), meta('dc.date'), meta('dc.date.issued'), meta('dcterms.created'),
    meta('sailthru.date'), meta('parsely-pub-date'), published, readabilityTime, str(ld?.dateCreated), ...times, dateInUrl(url)];
  for (const c of candidates) {
    const day = dayOf(c);
    if (day) return day;
  }
  return undefined;
}

export function dayOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  const m = ISO_DAY.exec(v);
  if (m) return validDay(+m[1], +m[2], +m[3]);
  // Unix time in seconds or milliseconds.
  if (/^\d{10}$/.test(v)) return new Date(Number(v) * 1000).toISOString().slice(0, 10);
  if (/^\d{13}$/.test(v)) return new Date(Number(v)).toISOString().slice(0, 10);
  return findDates(v).find((d) => !d.ambiguous)?.iso;
}

function validDay(y: number, mo: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1900 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function dateInUrl(url: string | undefined): string | undefined {
  const m = url ? /\/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:\/|$|[-_])/.exec(url) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

function languageOf(doc: PageDocument, meta: (k: string) => string | undefined): string | undefined {
  const lang = doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang') ?? meta('og:locale') ?? meta('content-language') ?? meta('language');
  const m = lang ? /^([a-z]{2,3})(?:[-_]([a-z]{2}|[a-z]{4}))?\b/i.exec(lang.trim()) : null;
  return m ? m[1].toLowerCase() : undefined;
}
