// Analysis stage, language pack (English): the words the summary's rules read a sentence by
// (summary/) — what tells what happened, what leans on the sentence before, what a reporter does not
// write in their own voice. Part of `en` (en.ts); the rules read them as `lang().summary`.
import type { SummaryWords } from './pack.js';

/** Words of a list, space-separated (an entry with a space is written in its own quotes). */
const w = (s: string): string[] => s.split(' ');

export const summary: SummaryWords = {
  HUMAN_TOLL: w('killed died dead deaths? injured wounded hurt arrested detained missing displaced evacuated homeless casualties victims'),

  POINTS_BACK: [
    ...w('he she it they this that these those his her their its however but and also instead meanwhile'),
    'for his part', 'for her part', 'in another context', 'at the same time',
    ...w('additionally'), 'in addition', ...w('moreover furthermore indeed likewise similarly nevertheless nonetheless still then thus therefore consequently'),
    'as a result', ...w('otherwise besides'), 'even so', 'there,',
  ],
  PRONOUN_SUBJECT: /^[^,;:]{2,60},\s+(?:he|she|they|it)\s+(?!said\b|says\b)\p{Ll}/u,
  CONNECTIVE_INSIDE: [...w('however though meanwhile'), 'in turn', ...w('too instead nevertheless nonetheless moreover furthermore therefore')],
  EARLIER: /^(?:(?:last|earlier this|earlier that|the previous|the preceding) (?:week|month|year|season|summer|winter|spring|autumn|fall|decade)|in \d{4}|(?:\w+ )?(?:days|weeks|months|years|decades) (?:ago|earlier|before)|previously|in the past|earlier (?:today|(?:this|that) (?:morning|afternoon|evening|day))|the (?:last|previous|most recent|prior) (?:time|\p{L}+(?: \p{L}+)? (?:measuring|of magnitude|to (?:hit|strike)|occurred|struck|hit)))\b/iu,
  OBJECT_PRONOUNS: w('him them'),
  ALSO: [...w('also too'), 'as well', ...w('either again')],
  RELATIVE_TIME: [...w('today yesterday tomorrow tonight'), 'this (?:morning|afternoon|evening|week|month|year)', '(?:last|next|past) (?:night|week|month|year|weekend)', '(?:in )?recent days'],
  ASIDES: w('i\\.e\\. e\\.g\\. so-called'),
  TOLL_OR_CAUSE: w('killed died dead deaths? injur(?:ed|y|ies) wounded hurt arrested missing evacuated damage[ds]? destroyed cause'),

  ABBREVIATIONS: w('Mt St Ft Dr Mr Mrs Ms Jr Sr Gen Gov Sen Rep Lt Col Capt Sgt Cpl Maj Adm Prof Rev Hon Supt Det Insp Ave Blvd Rd Ste Co Corp Inc Ltd Bros vs'),
  LEADING_CONNECTIVES: [...w('additionally also and but so then there still indeed meanwhile later however'), 'in addition', 'at the time', 'since then'],
  PERSONAL_PRONOUNS: w('he she they his her their him them'),
  ANSWERS_BEFORE: [...w('but and yet'), 'so(?!\\s+far\\b)', 'then(?![\\p{L}-])', ...w('however instead thus therefore consequently'), 'as a result', ...w('nevertheless nonetheless'), 'even so', 'still,'],
  WRITERS_JUDGEMENT: /^(?:it(?:['’]s| is| was) (?:interesting|ironic|obvious|no (?:surprise|wonder)|funny|curious|sad|a (?:shame|pity)|(?:safe|fair) to say)|it (?:looks|seems|sounds) (?:like|as (?:if|though))|(?:clearly|obviously|of course|needless to say|surely|interestingly|ironically|sadly|unfortunately|thankfully|hopefully|luckily|frankly|admittedly)\b)/iu,
  FIRST_PERSON_WORDS: w('me my mine myself we us our ours ourselves We My Our'),
  ADDRESSES_READER: /\b(?:click (?:here|on)|this link|the link below|follow (?:us|this)|sign up|subscribe to|watch (?:the|this) video|(?:see|pictured) (?:above|below)|anyone with (?:any )?information|is (?:being )?asked to (?:call|contact|ring)|should (?:call|contact|ring)|(?:call|contact|ring) (?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:on|at)\s+\d)\b/iu,

  AGE_AFTER: /^[- ]years?[- ]old\b/i,
  AGE_BEFORE: /\b(?:aged|age of|age)\s+$/i,
};
