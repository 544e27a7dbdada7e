// Analysis stage (figures): mentions of the same quantity across sources → one figure, and whether the
// sources agree — by overlap of the intervals their wording allows, not by equal numbers.
import type { Agreement, Figure, FigureValue } from '../types.js';
import { allOverlap, intervalsOverlap, VAGUE, valueInterval } from './qualifiers.js';
import { countedClasses, type Quantity } from './quantities.js';
import { labelOf, mostCommon } from './labels.js';
import { METRES } from './lengths.js';
import { alternation, lang, perPack } from '../lang/index.js';
import type { Actor } from '../types.js';
import { type Day, daysBetween, monthOf } from './reportDates.js';

/**
 * `names(source, name)`: does that source name that person anywhere (a nationality's age joins only a person its source names)?
 * Groups whose label could not say what happened to what is counted are not figures of the table; those
 * worth a reader's attention go to `others` when given.
 */
export function groupQuantities(quantities: Quantity[], sourceOrder: string[], names: (source: string, name: string) => boolean = () => false, others?: Figure[], known: Known = {}): Figure[] {
  const groups = new Map<string, Quantity[]>();
  for (const q of quantities) {
    const list = groups.get(q.key) ?? [];
    list.push(q);
    groups.set(q.key, list);
  }
  mergeEventless(groups);
  mergePeopleKinds(groups);
  mergeLoose(groups, names);
  splitNamesakes(groups);
  if (known.actors) nameByActors(groups, known.actors);
  if (known.reportDays) splitByReportTime(groups, known.reportDays);
  mergeRecordsOfOneOwner(groups, known.reportDays);
  const rank = (s: string) => sourceOrder.indexOf(s);
  // Two records of one owner that stay apart (before and after a game) say which record each row is of.
  const labels = new Map<string, number>();
  for (const l of groups.values()) labels.set(labelOf(l), (labels.get(labelOf(l)) ?? 0) + 1);
  const toFigure = (list: Quantity[]): Figure => {
    list.sort((a, b) => rank(a.source) - rank(b.source) || a.paragraph - b.paragraph || a.start - b.start);
    const values = list.map(toValue);
    const label = labelOf(list, list[0].cls === 'record' && (labels.get(labelOf(list)) ?? 0) > 1);
    const figure: Figure = { id: '', label, agreement: agreementOf(values), values };
    const range = rangeOf(values);
    if (range) figure.range = range;
    if (list[0].background) figure.background = true;
    // One quantity's rows of several report times ("age of Doe (as reported in …)"): read side by side.
    if (list[0].reported) times.set(figure, list[0].key);
    return figure;
  };
  const times = new Map<Figure, string>();
  const lists = [...groups.values()];
  const untold = unlabelled(lists);
  const figures = lists.filter((l) => !untold.has(l)).map(toFigure);
  others?.push(...lists.filter((l) => untold.has(l) && worthListing(l)).map(toFigure)
    .sort((a, b) => rank(a.values[0].source) - rank(b.values[0].source) || a.values[0].paragraph - b.values[0].paragraph));
  figures.sort((a, b) => Number(Boolean(a.background)) - Number(Boolean(b.background))
    || distinctSources(b) - distinctSources(a)
    || rank(a.values[0].source) - rank(b.values[0].source)
    || a.values[0].paragraph - b.values[0].paragraph);
  const ordered = besideTheirTimes(figures, times);
  ordered.forEach((f, i) => { f.id = `F${i + 1}`; });
  return ordered;
}

/** The rows of one quantity at several report times, each after the first of them in table order. */
function besideTheirTimes(figures: Figure[], times: ReadonlyMap<Figure, string>): Figure[] {
  if (!times.size) return figures;
  const out: Figure[] = [];
  const placed = new Set<Figure>();
  for (const f of figures) {
    if (placed.has(f)) continue;
    const key = times.get(f);
    for (const g of key === undefined ? [f] : figures.filter((x) => times.get(x) === key)) {
      out.push(g);
      placed.add(g);
    }
  }
  return out;
}

/** What is known beside the quantities: the actors (whose ages), and each source's report date. */
export interface Known {
  actors?: readonly Actor[];
  reportDays?: ReadonlyMap<string, Day | null>;
}

/**
 * A person's age under the name the actors stage gives them: "Doe, 35," "Jon Doe, 35," and "Jon was 35"
 * are one row, "age of Jon Doe", when every name the row's mentions use is that one actor's name or
 * alias (and no other person's). A row whose names fit no actor, or two, keeps its own name.
 */
function nameByActors(groups: Map<string, Quantity[]>, actors: readonly Actor[]): void {
  const people = actors.filter((a) => a.kind === 'person');
  const whose = (name: string): Actor | null => {
    // (A first name and surname may be the end of a longer one: "Cheney Doe" of "Frederick Cheney Doe".)
    const fits = people.filter((a) => [a.name, ...a.aliases].some((n) => n === name || name.includes(' ') && n.endsWith(` ${name}`)));
    return fits.length === 1 ? fits[0] : null;
  };
  const merged = new Map<string, string>();
  for (const [key, list] of [...groups]) {
    if (list[0].cls !== 'age' || list.some((q) => q.loose || !q.subject || !/^\p{Lu}/u.test(q.subject))) continue;
    const owners = new Set(list.map((q) => whose(q.given && !q.subject!.startsWith(`${q.given} `) ? `${q.given} ${q.subject}` : q.subject!)));
    const [owner] = owners;
    if (owners.size !== 1 || !owner) continue;
    for (const q of list) {
      q.subject = owner.name;
      delete q.given;
    }
    const into = `age|${owner.id}|${list[0].era ?? ''}`;
    const at = merged.get(into);
    groups.delete(key);
    if (at) groups.get(at)!.push(...list);
    else {
      merged.set(into, key);
      groups.set(key, list);
    }
  }
}

/**
 * A person's age in reports written at different times is no conflict: "Doe, 31," when he was arrested
 * and "Doe, 33," at his trial two years later. When a row's ages disagree and its reports fall into
 * times more than `SAME_TIME` days apart (by each report's date), each time's ages are a row of their
 * own, labelled with that time's month; a report with no date joins the one time whose age it gives.
 * Ages that still disagree within one time are a conflict. Conservative: when an undated report fits no
 * time or two, or two times share a month, the row is left as it is.
 */
function splitByReportTime(groups: Map<string, Quantity[]>, days: ReadonlyMap<string, Day | null>): void {
  for (const [key, list] of [...groups]) {
    if (list[0].cls !== 'age' || allOverlap(list.map((q) => q.interval))) continue;
    const dated = list.filter((q) => days.get(q.source)).sort((a, b) => daysBetween(days.get(a.source)!, EPOCH) - daysBetween(days.get(b.source)!, EPOCH));
    const times: { first: Day; list: Quantity[] }[] = [];
    for (const q of dated) {
      const day = days.get(q.source)!;
      const last = times[times.length - 1];
      if (last && daysBetween(last.first, day) <= SAME_TIME) last.list.push(q);
      else times.push({ first: day, list: [q] });
    }
    if (times.length < 2) continue;
    const undated = list.filter((q) => !days.get(q.source));
    const homes = undated.map((q) => times.filter((t) => t.list.some((x) => x.value === q.value)));
    if (homes.some((h) => h.length !== 1)) continue;
    undated.forEach((q, i) => homes[i][0].list.push(q));
    const months = times.map((t) => monthOf(t.first));
    if (new Set(months).size < months.length) continue;
    groups.delete(key);
    times.forEach((t, i) => {
      for (const q of t.list) q.reported = months[i];
      groups.set(`${key}|${months[i]}`, t.list);
    });
  }
}

/**
 * One team's or fighter's record told two ways ("Doe improved to 11-4" in most reports, "Doe's record
 * rose to 10-4" in one) is one figure the sources disagree on, not two rows under one label: a whole
 * record is grouped by its numbers (its owner is often "he"), so the records of one named owner are
 * joined here — each part (wins, defeats, knockout wins) with its like — when no report gives two of
 * them (a record before and after the game is a change, not a disagreement), the records differ by a
 * game or two (a season's 44-38 and a career's 171-149 are two records) and the reports are of one time
 * (dated at most `RECORD_DAYS` apart, when dated: a week later the record has moved on). Records that
 * stay apart under one label say which record each is ("wins (record of Doe, 10-4)").
 */
function mergeRecordsOfOneOwner(groups: Map<string, Quantity[]>, days?: ReadonlyMap<string, Day | null>): void {
  const owned = new Map<string, Map<string, [string, Quantity[]][]>>();
  for (const [key, list] of groups) {
    // (A part read alone that joined the record — "his 10th win" — is of it.)
    const q = list.find((x) => !x.loose);
    if (q?.cls !== 'record' || !q.facet || list.some((x) => !x.loose && x.facet !== q.facet)) continue;
    const owner = mostCommon(list.map((x) => x.subject).filter((x): x is string => Boolean(x)));
    if (!owner || !/^\p{Lu}/u.test(owner)) continue;
    const at = `${owner}|${q.era ?? ''}|${q.background}`;
    const byFacet = owned.get(at) ?? new Map<string, [string, Quantity[]][]>();
    byFacet.set(q.facet, [...(byFacet.get(q.facet) ?? []), [key, list]]);
    owned.set(at, byFacet);
  }
  const games = (facet: string) => facet.split('-').map(Number);
  // A season's and a career's record are two records: told two ways, a record differs by a game or two.
  const close = (a: string, b: string) => games(a).reduce((n, x, i) => n + Math.abs(x - (games(b)[i] ?? 0)), 0) <= RECORD_SLIP;
  for (const byFacet of owned.values()) {
    if (byFacet.size < 2) continue;
    const sourcesOf = (parts: [string, Quantity[]][]) => new Set(parts.flatMap(([, l]) => l.map((q) => q.source)));
    const facets = [...byFacet.entries()].map(([facet, parts]) => ({ facet, parts, sources: sourcesOf(parts) }))
      .sort((a, b) => b.sources.size - a.sources.size);
    // The record most reports give, and those close to it (another record of the owner — last season's — stays its own).
    const [into, ...rest] = facets.filter((f, _, all) => close(f.facet, all[0].facet));
    if (!rest.length || rest.some((f) => !rest.every((g) => close(f.facet, g.facet)))) continue;
    // Only records every report tells as a game's result: "Hawks (10-4) meet …" in a preview and "improved
    // to 11-4" in the recap are the record before and after, not a disagreement.
    if ([into, ...rest].some((f) => f.parts.some(([, l]) => l.some((q) => !q.loose && !lang().figures.RECORD_CHANGED_TO.test(q.quote))))) continue;
    const all = [into, ...rest].flatMap((f) => [...f.sources]);
    if (new Set(all).size < all.length) continue;
    const dated = all.map((s) => days?.get(s)).filter((d): d is Day => Boolean(d));
    if (dated.some((a) => dated.some((b) => Math.abs(daysBetween(a, b)) > RECORD_DAYS))) continue;
    for (const f of rest) {
      for (const [key, list] of f.parts) {
        const same = into.parts.find(([, l]) => l[0].event === list[0].event);
        if (!same) continue;
        same[1].push(...list);
        groups.delete(key);
      }
    }
  }
}

/** Games by which two tellings of one record may differ (a result missed, a slip): more is another record. */
const RECORD_SLIP = 2;
/** Reports of one game or fight: a record given in reports further apart than this may have changed. */
const RECORD_DAYS = 3;

/** Reports this many days apart are of one time: an age may differ between them only by mistake. */
const SAME_TIME = 31;
const EPOCH: Day = { year: 1900, month: 1, day: 1 };

/**
 * Counts whose row could only name a noun or a share — nothing read about what happened to them
 * ("300,000 citizens", "five children"), from any number of sources; one source's poll share that does
 * not say what was answered — and
 * a roundup's standings (one source giving the records of five or more teams or people: other contests
 * than this event's). Two sources counting the same thing keep their row; a share with nothing it is of
 * ("55 percent answered no", "100 percent my fault") never makes one.
 */
function unlabelled(lists: Quantity[][]): Set<Quantity[]> {
  const owners = new Map<string, Set<string>>();
  for (const l of lists) {
    for (const q of l) if (q.cls === 'record' && q.subject) owners.set(q.source, (owners.get(q.source) ?? new Set()).add(q.subject));
  }
  return new Set(lists.filter((l) => {
    const q = l[0];
    // "It's 100 percent on me," "giving 110 percent": a share of nothing named is no figure, however many
    // sources repeat the quotation.
    if (q.cls === 'percent' && q.subject === 'share') return true;
    // "the three nurses", "four other clerks were hiding": a count nothing is read to have happened to
    // is no key figure, however many sources give it — the row could only name the noun.
    if (countedClasses().has(q.cls) && l.every((x) => !x.event && !x.verb)) return true;
    if (new Set(l.map((x) => x.source)).size > 1) return false;
    // "48 percent of respondents": a poll's share that does not say what they answered.
    if (q.cls === 'percent') return q.subject === 'share' || POLL_SHARE().test(q.subject ?? '');
    if (q.cls === 'record') return (owners.get(q.source)?.size ?? 0) >= 5;
    return false;
  }));
}


/** A poll's share, as its subject is labelled (quantities.ts: "share of …"). */
const POLL_SHARE = perPack((l) => new RegExp(`^share of (?:${alternation(l.figures.POLLED)})$`));
/**
 * Of the numbers left out of the table, those a reader may want, with their words: a count of things
 * named by a noun ("nine assault rifles", "80 employees"), this event's, not one ("one of the officers"),
 * not a vague amount — a share of nothing named and other contests' standings are not.
 */
function worthListing(l: Quantity[]): boolean {
  const q = l[0];
  return countedClasses().has(q.cls) && !q.background && !q.wording && q.value >= 2;
}

/**
 * "Workers on strike: 328,315" names no event the lexicon knows; when the same kind of thing is counted
 * with an event in exactly one other group ("328,320 workers joined the strike") and the amounts are
 * compatible, it is that figure.
 */
function mergeEventless(groups: Map<string, Quantity[]>): void {
  for (const [key, list] of [...groups]) {
    const q = list[0];
    if (q.event !== null) continue;
    const peers = [...groups.entries()].filter(([k, l]) => k !== key && l[0].cls === q.cls && l[0].subject === q.subject && l[0].era === q.era && l[0].event !== null);
    if (peers.length !== 1) continue;
    // Only a number close to one of the figure's: compatible intervals alone would let "a few hundred
    // marchers blocked the bridge" or "tens of thousands lined the route" join "over 700 marchers held".
    if (!list.every((x) => !x.wording && peers[0][1].some((y) => !y.wording && intervalsOverlap(x.interval, y.interval) && near(x.value, y.value)))) continue;
    peers[0][1].push(...list);
    groups.delete(key);
  }
}

/**
 * "killed three colleagues", "killed three employees", "three people were killed": one toll, which sources tell
 * by what the victims were. A kind of people's count (workers, women, officers…) joins the people's row
 * of the same event when each of its numbers is one of that row's, and no report gives a different
 * people's number beside it ("five killed, including two workers": a part). When a report breaks a toll
 * down by kinds in one paragraph ("three soldiers and two civilians were killed"), those kinds are parts
 * in every report and join nothing.
 */
function mergePeopleKinds(groups: Map<string, Quantity[]>): void {
  const kinds = (q: Quantity) => q.cls !== 'person' && PEOPLE_KINDS.has(q.cls);
  const parts = new Set<string>();
  const byParagraph = new Map<string, Set<string>>();
  for (const list of groups.values()) {
    for (const q of list) {
      if (!kinds(q) || !q.event) continue;
      const at = `${q.source}|${q.paragraph}|${q.event}`;
      byParagraph.set(at, (byParagraph.get(at) ?? new Set()).add(q.cls));
    }
  }
  for (const [at, classes] of byParagraph) if (classes.size > 1) for (const c of classes) parts.add(`${c}|${at.split('|')[2]}`);
  for (const [key, list] of [...groups]) {
    const q = list[0];
    if (!kinds(q) || !q.event || q.facet || list.some((x) => x.wording || x.cls !== q.cls) || parts.has(`${q.cls}|${q.event}`)) continue;
    const peers = [...groups.entries()].filter(([k, l]) => k !== key && l[0].cls === 'person' && l[0].event === q.event && l[0].era === q.era
      && l[0].background === q.background && l[0].subject === q.subject && !l[0].facet);
    if (peers.length !== 1) continue;
    const people = peers[0][1];
    if (!list.every((x) => people.some((y) => !y.wording && y.value === x.value))) continue;
    if (people.some((y) => list.some((x) => x.source === y.source) && !list.some((x) => x.source === y.source && x.value === y.value))) continue;
    // They count what the row counts, people (each quote keeps its own word): no "different things" counted.
    for (const x of list) x.nouns = people[0].nouns;
    people.push(...list);
    groups.delete(key);
  }
}

/** The lexicon's classes of people, by what they are or do. */
const PEOPLE_KINDS = new Set(['person', 'security', 'military', 'child', 'woman', 'civilian', 'protester', 'militant', 'journalist', 'migrant', 'prisoner', 'worker', 'student', 'visitor']);

/** Two numbers within a tenth of each other ("41,215" and "41,230"). */
const near = (a: number, b: number) => Math.abs(a - b) <= 0.1 * Math.max(Math.abs(a), Math.abs(b));

/**
 * "His 41st victory" or "his 12th in a row" gives one part without its record or noun: it joins the one
 * figure of its kind holding the same number (the one of the same subject when several do), or stays alone.
 */
function mergeLoose(groups: Map<string, Quantity[]>, names: (source: string, name: string) => boolean): void {
  for (const [key, list] of [...groups]) {
    const q = list[0];
    if (!list.every((x) => x.loose)) continue;
    let peers = [...groups.entries()].filter(([k, l]) => k !== key && !l[0].loose && l[0].cls === q.cls && l[0].event === q.event && l[0].era === q.era
      && list.every((x) => l.some((y) => y.value === x.value)));
    if (peers.length > 1) peers = peers.filter(([, l]) => l.some((y) => y.subject && y.subject === q.subject));
    // "The 38-year-old Canadian" is the 38-year-old its own report names: each mention on its own.
    if (q.cls === 'age') {
      const stay = list.filter((x) => {
        const own = peers.filter(([, l]) => l[0].subject !== null && l.some((y) => y.value === x.value) && names(x.source, l[0].subject));
        if (own.length !== 1) return true;
        own[0][1].push(x);
        return false;
      });
      if (stay.length) groups.set(key, stay); else groups.delete(key);
      continue;
    }
    if (peers.length !== 1) continue;
    // It counts what the figure counts: its placeholder noun would read as a different kind.
    for (const x of list) x.nouns = peers[0][1][0].nouns;
    peers[0][1].push(...list);
    groups.delete(key);
  }
}

/**
 * "Gary Doe, 35," and "Carol Doe, 61,": one surname, two people. A figure about a surname whose mentions
 * give two first names is split by first name; a bare "Doe" joins the one of them with its value, if any.
 */
function splitNamesakes(groups: Map<string, Quantity[]>): void {
  for (const [key, list] of [...groups]) {
    const given = [...new Set(list.map((q) => q.given).filter((g): g is string => Boolean(g)))];
    if (given.length < 2) continue;
    groups.delete(key);
    const parts = new Map<string, Quantity[]>(given.map((g) => [g, list.filter((q) => q.given === g)]));
    const bare: Quantity[] = [];
    for (const q of list.filter((x) => !x.given)) {
      const fits = [...parts.values()].filter((p) => p.some((x) => x.value === q.value));
      if (fits.length === 1) fits[0].push(q);
      else bare.push(q);
    }
    for (const [g, p] of parts) {
      for (const q of p) q.subject = `${g} ${q.subject}`;
      groups.set(`${key}|${g}`, p);
    }
    if (bare.length) groups.set(key, bare);
  }
}

function toValue(q: Quantity): FigureValue {
  // A vague amount ("dozens") is given by its words only: its interval decides agreement, never a number.
  if (q.wording) {
    return {
      source: q.source, value: null, qualifier: VAGUE, wording: q.wording, quote: q.quote, paragraph: q.paragraph, start: q.quoteStart,
      unit: unitOf(q), attribution: q.attribution, counted: q.nouns, ...(q.hedged ? { hedged: true } : {}),
    };
  }
  return {
    source: q.source,
    value: q.value,
    ...(q.valueMax !== undefined ? { valueMax: q.valueMax } : {}),
    qualifier: q.qualifier,
    quote: q.quote,
    paragraph: q.paragraph,
    start: q.quoteStart,
    unit: unitOf(q),
    attribution: q.attribution,
    counted: q.nouns,
    ...(q.hedged ? { hedged: true } : {}),
  };
}

function unitOf(q: Quantity): string | null {
  if (q.currency) return q.currency;
  if (q.cls === 'percent') return '%';
  if (q.cls === 'age') return 'years';
  if (q.cls === 'duration') return q.nouns[0];
  if (q.cls === 'record') return q.event;
  if (q.cls === 'weight' || q.cls === 'height' || q.cls === 'distance' || q.cls === 'depth') return q.nouns[0];
  return null;
}

function distinctSources(f: Figure): number {
  return new Set(f.values.map((v) => v.source)).size;
}

/**
 * Consistent only when every value's interval overlaps every other's (a vague one by its wording's
 * interval); a figure from one source is single-source.
 */
export function agreementOf(values: FigureValue[]): Agreement {
  // "$1.2bn" and "£900m" for one price are one amount in two currencies: amounts are compared within a
  // currency, never across (no exchange rate is known here).
  const byCurrency = new Map<string, FigureValue[]>();
  for (const v of values) {
    const c = isCurrency(v.unit) ? v.unit! : '';
    byCurrency.set(c, [...(byCurrency.get(c) ?? []), v]);
  }
  if ([...byCurrency.values()].some((vs) => !allOverlap(vs.map(valueInterval)))) return 'conflicting';
  return new Set(values.map((v) => v.source)).size > 1 ? 'consistent' : 'single-source';
}

/**
 * The lowest and highest amounts the values state or allow: each value's own number(s), and a vague
 * value's interval. Unbounded sides ("more than 50") contribute their number, not infinity.
 */
export function rangeOf(values: FigureValue[]): { low: number; high: number } | undefined {
  // Amounts in two currencies, or lengths in two units ("9 miles", "15 km"), span no range of one unit.
  if (new Set(values.map((v) => (isCurrency(v.unit) || METRES[v.unit ?? ''] !== undefined ? v.unit : ''))).size > 1) return undefined;
  let low = Infinity;
  let high = -Infinity;
  for (const v of values) {
    const [a, b] = v.value === null ? valueInterval(v) : [v.value, v.valueMax ?? v.value];
    if (Number.isFinite(a)) low = Math.min(low, a);
    if (Number.isFinite(b)) high = Math.max(high, b);
  }
  return Number.isFinite(low) && Number.isFinite(high) ? { low, high } : undefined;
}

/** A currency code ("USD"): amounts in two currencies are never compared. */
export function isCurrency(unit: string | null | undefined): boolean {
  return Boolean(unit && /^[A-Z]{3}$/.test(unit));
}
