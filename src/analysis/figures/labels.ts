// Analysis stage (figures): names a figure in words ("people killed", "length of the shutdown (days)").
import { lang } from '../lang/index.js';
import type { Quantity } from './quantities.js';

/** `whole`: say the whole record a part is of ("wins (record of Doe, 10-4)"), when another row has the same label. */
export function labelOf(list: Quantity[], whole = false): string {
  const era = list[0].era;
  // Background figures say which earlier year they belong to; ages of a time, which reports they are from.
  const kind = labelOfKind(list, whole);
  const label = list[0].reported ? `${kind} (${lang().figures.REPORTED_IN} ${list[0].reported})` : kind;
  return era && era !== 'past' ? `${label} (${era})` : label;
}

function labelOfKind(list: Quantity[], whole: boolean): string {
  const q = list[0];
  const subject = mostCommon(list.map((x) => x.subject).filter((s): s is string => Boolean(s)));
  switch (q.cls) {
    case 'age':
      // A name ("age of Doe") or a common noun ("age of the mayor").
      return subject ? `age of ${/^\p{Lu}|^the /u.test(subject) ? subject : `the ${subject}`}` : 'age';
    case 'duration':
      if (subject === 'time at large') return 'time at large';
      if (lang().figures.TIME_SUBJECT.test(subject)) return `${subject} (${q.nouns[0]})`;
      // "another five-year sentence": a further term, named so beside the first.
      if (q.facet === 'others') return `length of ${lang().figures.ANOTHER} ${subject ?? 'period'} (${q.nouns[0]})`;
      return `length of the ${subject ?? 'period'} (${q.nouns[0]})`;
    case 'money':
      return new Set(list.map((x) => x.currency)).size === 1 ? `${subject ?? 'amount'} (${q.currency})` : subject ?? 'amount';
    case 'percent':
      return `${subject ?? 'share'} (%)`;
    case 'record': {
      // "wins (record of Doe)": whose record, when the sentences name the same person most often.
      const owner = mostCommon(list.map((x) => x.subject).filter((x): x is string => Boolean(x)));
      // (A row that joined two tellings of one record names none of them.)
      const facets = new Set(list.filter((x) => !x.loose).map((x) => x.facet));
      const of = whole && q.facet && facets.size === 1 ? `, ${q.facet}` : '';
      return owner ? `${q.event} (record of ${owner}${of})` : `${q.event} (record${of})`;
    }
    case 'gauge':
      return `${q.nouns[0]} of the ${subject}`;
    case 'crowd':
      return 'size of the crowd';
    case 'sentence':
      return 'life sentences being served';
    case 'weight':
    case 'height':
      return `${q.cls} (${q.nouns[0]})`;
    case 'round':
      return q.event === 'knockdown' ? 'round of a knockdown' : q.event === 'elimination' ? 'round of elimination' : 'round in which the contest was stopped';
    case 'ordinal':
      return `${q.event} number${subject ? ` (${subject})` : ''}${q.facet === 'over a period' ? ', counted over a period' : ''}`;
    case 'streak':
      return `${q.subject === 'contest' ? 'wins' : `${q.subject}s`} in a row${q.facet ? ` (${q.facet})` : ''}`;
    case 'versus':
      return `${q.event} ${q.event === 'victories' ? 'over' : 'against'} ${subject}`;
    case 'difference':
      return `${q.nouns[0]} ${q.event}${subject ? ` (${subject})` : ''}`;
    case 'margin':
      return `${subject} (${q.nouns[0]})`;
    case 'times':
      return `times ${subject}${q.facet ? ', counted over a period' : ''}`;
    case 'distance':
      return `distance from ${subject}`;
    case 'depth':
      return 'depth';
    case 'magnitude':
      // The event's shock, an aftershock or foreshock (one row per value), or an earlier quake (background).
      return subject === 'earthquake' ? 'magnitude of the earthquake' : subject === 'earlier quake' ? 'magnitude of an earlier quake'
        : subject ? `magnitude of ${/^[aeiou]/.test(subject) ? 'an' : 'a'} ${subject}` : 'magnitude';
    default: {
      const lemmas = new Set(list.flatMap((x) => x.nouns));
      // Sources naming different kinds (vehicles, equipment) are labelled by the wider class noun.
      // Kinds of people told apart by the sources but counted as one toll are people.
      const noun = lemmas.size === 1 ? [...lemmas][0] : list.some((x) => x.cls !== q.cls) ? 'people' : mostCommon(list.map((x) => x.nouns[x.nouns.length - 1]));
      // With no event the lexicon knows, the verb a source used says what happened ("officers overpowered").
      // (The event of the row's mentions that have one: a count that said none may have joined them.)
      const event = list.find((x) => x.event)?.event;
      const participle = event ? lang().EVENT_PARTICIPLE[event] ?? event : mostCommon(list.map((x) => x.verb).filter((v): v is string => Boolean(v)));
      const total = subject === 'total' ? ' (total)' : '';
      // "two other pistols": a further set, said so.
      const other = q.facet === 'others' ? 'other ' : '';
      return `${other}${participle ? `${noun} ${participle}` : noun}${total}`;
    }
  }
}

export function mostCommon(xs: string[]): string {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}
