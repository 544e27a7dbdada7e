// Model stage, English: every word the dossier adds around its content — the writers' terms and
// compose's wording (see model/terms.ts). Another language is a copy of this file, translated.
import type { FigureSide, Side } from '../../analysis/types.js';
import { bySourceOrder } from '../../analysis/text/corpus.js';
import type { Language, NoteWording } from '../terms.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** Lists source ids the way a note reads them, in source order: "S1", "S1 and S3", "S1, S2 and S4". */
export function listSources(ids: string[]): string {
  const u = [...new Set(ids)].sort(bySourceOrder);
  // A note is reprinted on every page that cites it: with hundreds of sources, name the first few (one
  // more is named, never "and 1 other sources").
  if (u.length > LISTED_SOURCES + 1) return `${u.slice(0, LISTED_SOURCES).join(', ')} and ${u.length - LISTED_SOURCES} other sources`;
  return u.length <= 1 ? (u[0] ?? '') : `${u.slice(0, -1).join(', ')} and ${u[u.length - 1]}`;
}

const LISTED_SOURCES = 6;

/** "2019 (S1 and S3)". */
const told = (s: Side<string | number>) => `${s.value} (${listSources(s.sources)})`;
/** "“Bern” (S1)". */
const quoted = (s: Side) => `“${s.value}” (${listSources(s.sources)})`;

const ALLEGED = 'alleged';

/** "1,240", "as many as 5,000 (alleged)". */
const amountOf = (v: { amount: string; hedged: boolean }) => `${v.amount}${v.hedged ? ` (${ALLEGED})` : ''}`;

/** "1 mile in S2; 3 km in S4": a side's other wordings of its amount, each with its sources. */
const otherWordings = (v: FigureSide) => (v.alsoAs ?? []).map((a) => `${a.value} in ${listSources(a.sources)}`).join('; ');

/** "1,240 — given by the minister (S2 and S3)", "1,800 (S4)", "2 km (S1; 1 mile in S2)". */
function givenBy(v: FigureSide): string {
  const also = otherWordings(v);
  const all = listSources(v.sources);
  const who = v.moreSpeakers > 0 ? [...v.speakers, `${v.moreSpeakers} others`] : v.speakers;
  if (!who.length) {
    const others = new Set((v.alsoAs ?? []).flatMap((a) => a.sources));
    return `${amountOf(v)} (${also ? `${listSources(v.sources.filter((s) => !others.has(s)))}; ${also}` : all})`;
  }
  const credited = listSources(v.credited);
  // A source that credits the amount once and gives it bare elsewhere is listed once, as crediting it.
  const bare = v.uncredited.filter((x) => !v.credited.includes(x));
  return `${amountOf(v)}${also ? ` (${also})` : ''} — given by ${who.join(' and ')} (${bare.length ? `${credited}; also ${listSources(bare)}` : credited})`;
}

const COUNT_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "“resigned” (S1), “quit” (S3) against “ousted” (S2)": each side's own words with the sources that use them. */
const toldDifferently = (sides: Side[][]) => `The sources tell it differently: ${sides.map((words) => words.map(quoted).join(', ')).join(' against ')}.`;

const titleCase = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** Seconds as a clock reads them: 107 → "1:47". */
const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** ", and 2:56 gone with 0:02 left make 2:58, no whole number of minutes": why a time gone and a time left disagree. */
function wholeMinutes(times: { elapsed?: number; remaining?: number }[]): string {
  const gone = times.find((t) => t.elapsed !== undefined)?.elapsed;
  const left = times.find((t) => t.remaining !== undefined)?.remaining;
  if (gone === undefined || left === undefined || (gone + left) % 60 === 0) return '';
  return `; ${clock(gone)} gone and ${clock(left)} left make ${clock(gone + left)}, and a round or period lasts whole minutes`;
}

const EVENT_WHEN = { clock: 'time', day: 'day', date: 'date' };

const CONTRASTS = { departure: 'resignation or removal', admission: 'confirmation or denial' };

const NOTES: NoteWording = {
  unconfirmed: ({ label, official, hedging }) => ({
    about: `whether the number of ${label} is official`,
    note: `${listSources(official.sources)} report${new Set(official.sources).size > 1 ? '' : 's'} it on official authority (${official.value.join('; ')}); ${listSources(hedging)} say${new Set(hedging).size > 1 ? '' : 's'} it is unconfirmed, unclear or was withdrawn.`,
  }),
  spelling: ({ a, b }) => ({
    about: `spelling of “${a.value}”`,
    note: `The sources spell this name two ways: ${quoted(a)} and ${quoted(b)}.`,
  }),
  speakers: ({ opening, a, b }) => ({
    about: `who said “${opening}…”`,
    note: `The same words are given to ${told(a)} and to ${told(b)}.`,
  }),
  eventYear: ({ event, years }) => ({
    about: `when the ${event} happened`,
    note: `Sources give different years for the ${event}: ${years.map(told).join(' against ')}.`,
  }),
  eventTime: ({ event, actor, when, times }) => {
    const what = `the ${event}${actor ? ` of ${actor}` : ''}`;
    return {
      about: `${EVENT_WHEN[when]} of ${what}`,
      note: `Sources give different ${EVENT_WHEN[when]}s for ${what}: ${times.map(quoted).join(' against ')}.`,
    };
  },
  roleHolder: ({ role, holders }) => ({
    about: `who the ${role} was`,
    note: `Sources name different people as the ${role}: ${holders.map(quoted).join(' against ')}.`,
  }),
  score: ({ teams, scores }) => ({
    about: `final score${teams.length ? ` (${teams.join(', ')})` : ''}`,
    note: `Sources give different final scores: ${scores.map(quoted).join(' against ')}.`,
  }),
  stoppage: ({ period, times }) => ({
    about: 'when the contest was stopped',
    note: period !== null
      ? `The sources put the stoppage at different moments of a period of ${clock(period)}: ${times.map((t) => `${quoted(t)}${t.value.includes(clock(t.elapsed!)) ? '' : `, that is ${clock(t.elapsed!)} into it`}`).join(' against ')}.`
      : `The sources put the stoppage at different moments: ${times.map(quoted).join(' against ')}${wholeMinutes(times)}.`,
  }),
  sentenceCount: ({ sentence, counts }) => ({
    about: `number of ${sentence}s being served`,
    note: `Sources disagree on how many ${sentence}s are being served: ${counts.map((c) => told({ ...c, value: c.value === 1 ? 'one' : c.value })).join('; ')}.`,
  }),
  figureConflict: ({ label, measured, amounts, otherAmounts, selfContradicting }) => {
    const more = otherAmounts > 0 ? `; and ${otherAmounts} other value${otherAmounts === 1 ? '' : 's'}` : '';
    const self = selfContradicting.length ? ` ${listSources(selfContradicting)} ${selfContradicting.length > 1 ? 'contradict themselves' : 'contradicts itself'}.` : '';
    return { about: measured ? label : `number of ${label}`, note: `Sources disagree on ${label}: ${amounts.map(givenBy).join('; ')}${more}.${self}` };
  },
  countedKinds: ({ label, amount, hedged, kinds }) => ({
    about: `kind of ${label} (${amountOf({ amount, hedged })})`,
    note: `Sources give the same number but count different things (${kinds.map((k) => `${listSources(k.sources)}: ${k.value.join(' and other ')}`).join('; ')}).`,
  }),
  listMembers: ({ noun, members, naming, notNaming }) => {
    const by = listSources(naming);
    const without = listSources(notNaming);
    return {
      about: `which ${noun} are named`,
      note: `${by} name${/ and /.test(by) ? '' : 's'} ${members.join(', ')} among the ${noun}${without ? `; ${without} do${/ and /.test(without) ? '' : 'es'} not` : ''}.`,
    };
  },
  contrast: ({ contrast, names, sides }) => ({
    about: `${CONTRASTS[contrast]}${names.length ? ` (${names.map(titleCase).join(' ')})` : ''}`,
    note: toldDifferently(sides),
  }),
  nationality: ({ calls, lists }) => ({
    about: 'nationality of the deployed forces',
    note: `${[...calls.map((c) => `${c.source} calls them ${c.words}`), ...lists.map((l) => `${l.source} lists troops of ${COUNT_WORDS[l.nations] ?? String(l.nations)} nations (${l.words})`)].join('; ')}.`,
  }),
  nameSpellings: ({ name, spellings }) => ({
    about: `spelling of ${name}’s name`,
    note: `The sources spell this name ${spellings.length} ways: ${spellings.map((s) => `“${s.value}” (${s.sources.join(', ')})`).join(', ')}. They are read here as one name.`,
  }),
  prices: ({ prices }) => ({
    about: 'which prices set off the protests',
    note: `The sources name different prices: ${prices.map(quoted).join(', ')}.`,
  }),
  surprise: ({ act, surprised, expected }) => ({
    about: `whether the ${act} was a surprise`,
    note: toldDifferently([surprised, expected]),
  }),
  curated: () => ({ about: '', note: '' }),
};

export const EN: Language = {
  terms: {
    summary: 'Executive summary',
    figures: 'Key figures',
    actors: 'Actors',
    discrepancies: 'Discrepancies',
    sources: 'Sources',
    contents: 'Contents',
    guide: 'Guide',
    cover: 'Cover',
    notes: 'Notes',
    continuedFrom: 'cont. from p.\u00a0{page}',
    pageOfPages: 'Page {page} of {pages}',
    noteLink: 'Note {n}',
    backToNote: 'Back to the reference of note {n}',
  },
  wording: {
    description: (sources, outlets, unidentified) => {
      const outletNote = outlets.length === 0 ? ''
        : ` (${outlets.join(', ')}${unidentified ? `; ${unidentified} of unidentified outlet${plural(unidentified, '', 's')}` : ''})`;
      return `Briefing dossier compiled from ${sources} source${plural(sources, '', 's')}${outletNote}`
        + ': executive summary, key figures, actors, discrepancies and the full source texts.';
    },
    keywords: ['briefing', 'dossier'],
    alleged: ALLEGED,
    allegedBy: 'alleged by {who}',
    otherParagraphs: (n) => ` and ${n} other paragraphs`,
    citedParagraphsTitle: (n) => `Cited paragraphs (${n})`,
    allParagraphsCited: (n) => `All ${n} paragraphs cited: `,
    figuresLegend: (n, label) => `${n.all} quantit${plural(n.all, 'y', 'ies')} the sources report: `
      + `${n.consistent} on which sources agree (${label.consistent}), `
      + `${n.conflicting} on which they conflict (${label.conflicting}), `
      + `${n.single} from one source only (${label.single}). `
      + 'Each value comes first, with the paragraphs that give it and the first source’s own wording; “S2 ¶4” links to the paragraph quoted.',
    figureColumns: { figure: 'Figure', values: 'Reported values, by source', agreement: 'Agreement' },
    backgroundFigures: 'Background figures',
    backgroundFiguresIntro: 'Quantities about earlier events, reported for context; they are not this event’s figures.',
    otherNumbers: 'Other numbers mentioned',
    otherNumbersIntro: 'Numbers one source gives without saying what happened to what they count; each stands with its own words, and is no key figure.',
    agreement: {
      consistent: 'agree', conflicting: 'conflict', singleSource: 'one source',
      sameNumber: 'same number', oneNumber: 'one number', qualifiersDiffer: 'qualifiers differ', differentAmounts: 'different amounts',
      differentAmountsAndUnits: 'different amounts, in different units', oneAmountInUnits: 'one amount in different units',
      range: 'range {range}', countsDifferentThings: 'counts different things', disputed: 'disputed',
    },
    actorFacts: { kind: 'Kind', person: 'Person', organisation: 'Organisation', spelling: 'Spelling', spellings: 'Spellings', sources: 'Sources', mentions: 'Mentions' },
    statements: (shown, all) => (all > shown ? `Statements (${shown} of ${all}):` : 'Statements:'),
    discrepancyKinds: { figure: 'Figure', name: 'Name', claim: 'Claim' },
    discrepanciesIntro: (n) => `${n} point${plural(n, '', 's')} on which the sources disagree or a source contradicts itself. `
      + 'Each note quotes every side verbatim, with a link to the paragraph.',
    alsoCited: 'Also: ',
    andMore: (n) => (n > 0 ? `, and ${n} more.` : '.'),
    notes: NOTES,
    sourceFacts: {
      source: 'Source', outlet: 'Outlet', notIdentified: 'not identified', date: 'Date', author: 'Author', language: 'Language',
      originalLanguage: 'Original language', originalFile: 'Original file', address: 'Address',
    },
  },
};
