// Ingest stage: guesses front matter (title, outlet, date, author, languages, url) from a classified page.
// Metadata comes from the furniture around the report (title line, timestamps, bylines, footers),
// never from the report's own sentences, whose dates and names are about the event.
import { basename } from 'node:path';
import type { Classification, Classified } from './classify.js';
import { findDates } from './dates.js';
import { detectLanguage, translatedFrom } from './language.js';
import { splitTitle } from './title.js';
import type { GuessedMeta } from './given.js';

/** No headline found leaves `title` unset: the caller asks for `--title` rather than inventing one. */
export function guessMeta(c: Classification, fileName: string): GuessedMeta {
  const removedLines = c.items.filter((it) => it.verdict.keep === false);
  const titleLine = c.titleIndex === undefined ? undefined : splitTitle(c.items[c.titleIndex].block.text);
  const kept = c.items.filter((it) => it.verdict.keep === 'paragraph').map((it) => it.block.text).join('\n');
  const meta: GuessedMeta = {
    title: titleLine?.title,
    outlet: titleLine?.outlet ?? guessOutlet(removedLines),
    date: guessDate(c.items),
    language: detectLanguage(kept),
    original_language: first(removedLines, (it) => (reasonOf(it) === 'translation note' ? translatedFrom(it.block.text) : undefined)),
    url: first(removedLines, (it) => (it.hit?.reason === 'web address' && it.zone !== 'body' ? /\S+$/.exec(it.block.text)?.[0] : undefined)),
    author: guessAuthor(removedLines),
    original_file: basename(fileName),
  };
  return meta;
}

function first<T>(items: Classified[], pick: (it: Classified) => T | undefined): T | undefined {
  for (const it of items) {
    const v = pick(it);
    if (v !== undefined) return v;
  }
  return undefined;
}

const reasonOf = (it: Classified): string => (it.verdict.keep === false ? it.verdict.reason : '');

/** Outlet from a "Source: …" line, then a "© Name 2024" footer, then a short site banner above the title. */
function guessOutlet(removed: Classified[]): string | undefined {
  return first(removed, (it) => /^(?:source|via|quelle|fuente|fonte)\s*:\s*(.+)$/i.exec(it.hit?.reason === 'site footer' ? it.block.text : '')?.[1].trim())
    ?? first(removed, (it) => {
      if (reasonOf(it) !== 'site footer' || !/^(©|\(c\)|copyright\b)/i.test(it.block.text)) return undefined;
      const name = it.block.text.replace(/^(©|\(c\)|copyright)\s*/i, '').replace(/\b(19|20)\d\d\b(\s*[-–]\s*(19|20)\d\d)?/g, '')
        .split(/\s[-–|·]\s|\.\s|,\s/)[0].replace(/\ball rights reserved\b.*/i, '').trim();
      return name && !/^(privacy|terms|cookies)/i.test(name) ? name : undefined;
    })
    // a banner's name without its section or edition ("Island News Online | Latest", "NORDWIRE — International edition")
    ?? first(removed, (it) => (reasonOf(it) === 'site banner' && !it.facts.terminal ? bannerName(it.block.text) : undefined))
    ?? first(removed, (it) => (reasonOf(it) === 'byline' ? BYLINE_OUTLET.exec(it.block.text)?.[1] : undefined));
}

/** A banner's name without its section or edition ("Island News Online | Latest", "Il Corriere delle Valli — English edition"): at most four words. */
function bannerName(text: string): string | undefined {
  const name = text.split(/\s[|·—–-]\s/u)[0].trim();
  return name.split(/\s+/).length <= 4 ? name : undefined;
}

/**
 * "By Ana Ruiz, Harbour Gazette": a publication's name after the author's, known by the head noun that
 * names a periodical or a news agency (a second author's name has none).
 */
const BYLINE_OUTLET = /,\s+((?:The\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s+){0,3}(?:Gazette|Times|News|Post|Herald|Press|Journal|Tribune|Chronicle|Telegraph|Observer|Courier|Examiner|Review|Daily|Weekly|Mail|Star|Sun|Express|Standard|Record|Register|Bulletin|Mirror|Guardian|Independent|Wire|Agency|Radio|Television|TV))\s*$/u;

/**
 * The article's own date: stamps in the head (under the headline) first, then lone timestamps,
 * then footer lines. Trending and link lists are other articles' dates and are not read.
 */
function guessDate(items: Classified[]): string | undefined {
  const places: ((it: Classified) => boolean)[] = [
    (it) => it.zone === 'head' && ['timestamp', 'byline', 'site banner'].includes(reasonOf(it)),
    (it) => reasonOf(it) === 'timestamp',
    (it) => it.zone === 'tail' && reasonOf(it) === 'site footer',
  ];
  for (const inPlace of places) {
    const dates = items.filter(inPlace).flatMap((it) => findDates(it.block.text));
    const date = dates.find((d) => !d.ambiguous) ?? dates[0];
    if (date) return date.iso;
  }
  return undefined;
}

/** Authors from "By …" lines and agency bylines ("AFP", "dpa/Reuters"); editors' initials are skipped. */
function guessAuthor(removed: Classified[]): string | undefined {
  const names = removed.filter((it) => reasonOf(it) === 'byline' && !/^\p{Ll}{1,3}$/u.test(it.block.text))
    .map((it) => it.block.text.replace(/^(?:(?:analysis|commentary|opinion|column|report|story|interview|words|photos?) by|by|author|written by|reporting by|text|von|par|por|di)\s*:?\s+/i, '')
      // "By Tom Brisk, Political Editor": the name, not the job
      .replace(/,\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Editor|Writer|Correspondent|Reporter|Columnist|Contributor|Producer|Analyst)\s*$/u, '')
      // "By Ana Ruiz, correspondent in Lima": the name, not the role.
      .replace(/,\s+\p{Ll}.*$/u, '').replace(BYLINE_OUTLET, '').replace(/^\((.*)\)$/, '$1').trim());
  const unique = [...new Set(names)];
  return unique.length ? unique.join(', ') : undefined;
}
