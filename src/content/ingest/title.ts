// Ingest stage: separates a scraped headline from its breadcrumb prefix and site-name suffix.
import { words } from './text.js';

const SECTIONS = 'news|world|politics|business|economy|sports?|europe|asia|africa|americas?|middle east|international|national|local|opinion|culture|tech(?:nology)?|science|health|entertainment|lifestyle|society';

/** "Home World …", "Home › News › …": a site's breadcrumb trail in front of a headline. */
export const BREADCRUMB = new RegExp(`^home(?:\\s*[>»›/|]\\s*|\\s+(?=(?:${SECTIONS})\\b))(?:(?:${SECTIONS})(?:\\s*[>»›/|]\\s*|\\s+))*`, 'i');

/** Lower-case words a site appends to its name in a title ("Hola! news"): not part of the name. */
const DESCRIPTORS = new Set(['news', 'online', 'website', 'site', 'portal', 'com', 'net']);

export interface SplitTitle {
  title: string;
  outlet?: string;
}

/** "Site > News > 2015 > Headline": a trail of short steps before the last. */
const TRAIL = /^(?:[^>»›]{1,30}\s[>»›]\s){2,}(?=\S)/u;

/** "New York|Manhole fires …": a section's name run into the headline, with no space around the bar. */
const SECTION_PREFIX = /^[\p{L}\p{N}][\p{L}\p{N} &'’.-]{0,29}[\p{L}\p{N}.]\|(?=\p{L}|\p{N})/u;

export function splitTitle(text: string): SplitTitle {
  const title = text.replace(BREADCRUMB, '').replace(TRAIL, '').replace(SECTION_PREFIX, '').trim() || text;
  const m = /^(.*\S)\s+[-–—|·•]\s+([^-–—|·•]+)$/u.exec(title);
  if (!m || words(m[1]).length < 3) return { title };
  const suffix = m[2].trim();
  const ws = suffix.split(/\s+/);
  const looksLikeName = ws.length <= 4 && /^[\p{Lu}\p{N}]/u.test(suffix) && !/[?:;,]/.test(suffix) &&
    ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || DESCRIPTORS.has(w.toLowerCase()) || /^(of|the|and|de|la|el|di)$/.test(w));
  if (!looksLikeName) return { title };
  while (ws.length > 1 && DESCRIPTORS.has(ws[ws.length - 1]) && ws[ws.length - 1] === ws[ws.length - 1].toLowerCase()) ws.pop();
  return { title: m[1], outlet: ws.join(' ') };
}
