// Analysis stage, language pack (English): the words the actors' rules read a name's surroundings by
// (actors/) — forms of address, appositions, relative clauses, places, products, pronouns. Part of
// `en` (en.ts); the rules read them as `lang().actors`. The names' words that came to the pack first
// (TITLES, ROLE_NOUNS, ORG_HEADS, NAME_CONNECTORS…) stay in en.ts.
import type { ActorWords } from './pack.js';

export const actors: ActorWords = {
  HONORIFICS: /^(?:mr|mrs|ms|miss|mx|sir|dame|lord|lady|madam|monsieur|herr|frau)\.?$/i,
  FINITE: /\b(?:will|would|is|are|was|were|has|have|had|can|could|should|may|might|must|did|does)\b/i,
  // (a full stop inside an abbreviation does not end it: "a spokesman for the U.S. Marshals Service")
  APPOSITION: /^['’]?s?,\s+((?:the|a|an)\s+(?:[^,.;:()]|(?<=\b\p{Lu})\.){3,120}?)(?=\s+(?:who|which|that)\b|,|(?<!\b\p{Lu})\.|;|$)/u,
  RELATIVE_CLAUSE: /^,\s+(?:who|which)\s+(?!(?:he|she|it|they|we|i)\b)([^,.;:()]{3,80}?)(?=,|\.|;|$)/,
  NOT_HABITUAL_VERB: /^(?:is|has|does|was|lies|sits|stands|borders|overlooks|faces)$/,
  ROLE_QUALIFIER: /^(?:former|late|then|acting)$/i,
  ROLE_CONNECTIVE: /^(?:against|for|with|by|to|from|of|and|the|a|an|on|in|at)$/i,
  ROLE_CONNECTIVE_KEPT: /^(?:the|a|an|and)$/i,
  BODY_ROLE_WORDS: ['company', 'firm', 'maker', 'manufacturer', 'agency', 'newspaper', 'broadcaster'],
  ROLE_LEADS: [/^(?:the|a|an)\s+/i, /^\d+-year-old\s+/i, /^(?:and|,)\s+/i],
  ROLE_EPITHET: /^([“"‘][^”"’]+[”"’])\s*(?:and|,)\s+(.+)$/,
};
