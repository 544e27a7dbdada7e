// Model stage, English: every word the dossier adds around its content — the writers' terms and
// compose's wording (see model/terms.ts). Another language is a copy of this file, translated.
import type { Language } from '../terms.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

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
  },
  wording: {
    description: (sources, outlets, unidentified) => {
      const outletNote = outlets.length === 0 ? ''
        : ` (${outlets.join(', ')}${unidentified ? `; ${unidentified} of unidentified outlet${plural(unidentified, '', 's')}` : ''})`;
      return `Briefing dossier compiled from ${sources} source${plural(sources, '', 's')}${outletNote}`
        + ': executive summary, key figures, actors, discrepancies and the full source texts.';
    },
    keywords: ['briefing', 'dossier'],
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
    agreement: {
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
    sourceFacts: {
      source: 'Source', outlet: 'Outlet', notIdentified: 'not identified', date: 'Date', author: 'Author', language: 'Language',
      originalLanguage: 'Original language', originalFile: 'Original file', address: 'Address',
    },
  },
};
