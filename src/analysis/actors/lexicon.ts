// Analysis stage (actors): general news-language vocabulary — titles, role nouns, organisation heads,
// reporting verbs. Nothing here is specific to one event; it is how news English names people and bodies.

/** Titles written before a name ("President X", "Secretary of State X"); multi-word titles first. */
export const TITLES: string[][] = [
  ['secretary', 'of', 'state'], ['secretary', 'general'], ['prime', 'minister'], ['foreign', 'minister'],
  ['defence', 'minister'], ['defense', 'minister'], ['interior', 'minister'], ['deputy', 'prime', 'minister'],
  ['vice', 'president'], ['supreme', 'leader'], ['crown', 'prince'], ['chief', 'executive'],
  ['president'], ['premier'], ['chancellor'], ['minister'], ['secretary'], ['king'], ['queen'], ['prince'],
  ['princess'], ['emperor'], ['sheikh'], ['general'], ['gen.'], ['colonel'], ['col.'], ['admiral'], ['senator'], ['sen.'],
  ['governor'], ['gov.'], ['mayor'], ['ambassador'], ['spokesman'], ['spokeswoman'], ['spokesperson'],
  ['chairman'], ['chairwoman'], ['chair'], ['director'], ['leader'], ['pope'], ['cardinal'], ['archbishop'],
  ['bishop'], ['rabbi'], ['imam'], ['judge'], ['justice'], ['dr'], ['dr.'], ['prof.'], ['professor'], ['mr'], ['mr.'],
  ['mrs'], ['mrs.'], ['ms'], ['ms.'], ['miss'], ['sir'], ['lord'], ['lady'], ['chief'], ['commander'], ['head'], ['ceo'],
  ['speaker'], ['lawmaker'], ['deputy'], ['representative'], ['rep.'], ['former'], ['acting'], ['interim'],
  ['coach'], ['sheriff'], ['undersheriff'], ['detective'], ['det.'], ['sergeant'], ['sgt.'], ['sgt'], ['lieutenant'],
  ['lt.'], ['captain'], ['capt.'], ['officer'], ['trooper'], ['attorney'], ['prosecutor'], ['attorney-general'],
  ['cfo'], ['coo'], ['gm'], ['general', 'manager'], ['manager'], ['councilman'], ['councilwoman'], ['council', 'member'],
  ['commissioner'], ['congressman'], ['congresswoman'], ['assemblyman'], ['assemblywoman'], ['alderman'],
  ['superintendent'], ['inspector'], ['constable'], ['magistrate'], ['chancellor'], ['clerk'], ['marshal'], ['ranger'],
  ['advocate'],
];

/** Occupational nouns that introduce a person's role in a descriptor ("researcher at …", "a doctor at …"). */
export const ROLE_NOUNS = new Set([
  'researcher', 'analyst', 'professor', 'expert', 'scholar', 'scientist', 'economist', 'doctor', 'nurse', 'surgeon',
  'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'leader', 'head', 'chief', 'director',
  'official', 'ambassador', 'envoy', 'diplomat', 'secretary', 'chairman', 'chairwoman', 'commander', 'general',
  'officer', 'correspondent', 'journalist', 'reporter', 'editor', 'lawyer', 'attorney', 'judge', 'prosecutor',
  'activist', 'witness', 'resident', 'student', 'teacher', 'worker', 'founder', 'owner', 'manager', 'ruler',
  'premier', 'chancellor', 'governor', 'mayor', 'senator', 'lawmaker', 'politician', 'candidate', 'member',
  'adviser', 'advisor', 'aide', 'assistant', 'monarch', 'king', 'queen', 'prince', 'cleric', 'priest', 'bishop', 'father', 'mother',
]);

/** Words that head the name of an organisation or public body. */
export const ORG_HEADS = new Set([
  'organization', 'organisation', 'ministry', 'council', 'committee', 'commission', 'agency', 'office', 'department',
  'union', 'alliance', 'bloc', 'pact', 'treaty', 'convention', 'league', 'federation', 'association', 'institute',
  'institution', 'foundation', 'fund', 'bank', 'party', 'movement', 'front', 'army', 'navy', 'force', 'forces',
  'guard', 'police', 'service', 'services', 'court', 'parliament', 'assembly', 'senate', 'congress', 'government',
  'administration', 'authority', 'authorities', 'board', 'bureau', 'group', 'company', 'corporation', 'inc', 'ltd',
  'university', 'college', 'school', 'hospital', 'clinic', 'network', 'watch', 'international', 'society', 'center',
  'centre', 'church', 'command', 'directorate', 'secretariat', 'cabinet', 'tribunal', 'media', 'news', 'times', 'post',
  'mission', 'delegation', 'coalition', 'panel', 'observatory', 'programme', 'program', 'initiative', 'corps', 'brigade',
  'unit', 'team', 'club', 'corp', 'co', 'llc', 'plc', 'technologies', 'systems', 'labs', 'industries', 'holdings', 'airlines', 'patrol', 'survey', 'crescent', 'communications', 'telecom', 'trust', 'council', 'chamber', 'academy', 'laboratory', 'observers', 'monitors',
  'rescue', 'mafia', 'cartel',
  // heads as news writes them abbreviated ("the Medical Assn. of X", "the Fire Dept.")
  ...Object.keys(abbreviatedHeads()),
]);

/** Organisation heads written abbreviated, and the word each stands for. */
export function abbreviatedHeads(): Record<string, string> {
  return { assn: 'association', assoc: 'association', dept: 'department', univ: 'university' };
}

/**
 * Words that end the name of something no one is — a law, an award, an event ("… Act", "… Prize",
 * "… Finals", "… Expo") — so a name ending in one is no actor.
 */
export const NON_ACTOR_HEADS = new Set([
  'act', 'amendment', 'doctrine', 'prize', 'award', 'awards', 'medal', 'trophy', 'cup', 'finals', 'final', 'draft',
  'expo', 'festival', 'tournament', 'olympics', 'marathon', 'bowl', 'series', 'championship', 'championships',
]);

/** Organisation heads after which a new capitalised name may start ("Human Rights Organization Amnesty"). */
export const BODY_HEADS = new Set([
  'organization', 'organisation', 'ministry', 'council', 'committee', 'commission', 'agency', 'office', 'department',
  'union', 'alliance', 'institute', 'foundation', 'fund', 'bank', 'party', 'court', 'bureau', 'group', 'university',
  'mission', 'delegation', 'coalition',
]);

/** Stems too generic to show that two organisation names denote the same body. */
export const GENERIC_ORG_STEMS = new Set([
  'organ', 'organis', 'organiz', 'council', 'committe', 'commiss', 'agenc', 'offic', 'depart', 'union', 'group',
  'nation', 'intern', 'intern', 'servic', 'forc', 'govern', 'ministri', 'ministri', 'author', 'feder', 'assoc',
]);



/** Lower-case words allowed inside a capitalised name ("Ministry of Health", "Ludwig van Beethoven"). */
export const NAME_CONNECTORS = new Set(['of', 'the', 'for', 'on', 'and', 'de', 'van', 'von', 'der', 'den', 'da', 'du', 'al', 'bin', 'ibn', 'la', 'le', 'del']);

/** Capitalised function words that start sentences and are never names. */
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'if', 'at', 'on', 'in', 'of', 'for', 'to', 'from', 'by', 'with', 'as', 'after',
  'before', 'during', 'since', 'until', 'while', 'when', 'where', 'which', 'who', 'what', 'why', 'how', 'this', 'that',
  'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your',
  'however', 'according', 'instead', 'meanwhile', 'also', 'now', 'then', 'there', 'here', 'some', 'many', 'most',
  'all', 'both', 'each', 'every', 'no', 'not', 'yes', 'so', 'yet', 'still', 'even', 'only', 'just', 'today',
  'yesterday', 'tomorrow', 'last', 'next', 'first', 'other', 'another', 'such', 'more', 'less', 'over', 'under',
  'about', 'against', 'among', 'between', 'through', 'into', 'onto', 'upon', 'within', 'without', 'although', 'though',
  'because', 'unless', 'whether', 'once', 'read', 'see', 'share', 'follow', 'related', 'source', 'photo', 'video',
  'tags', 'comments', 'advertisement', 'trust',
]);
