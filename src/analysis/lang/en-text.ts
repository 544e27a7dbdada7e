// Analysis stage, language pack (English): the words the shared text utilities read a sentence by
// (text/) — what bounds a clause, what a quote must not end on, what abbreviation no sentence ends
// after. Part of `en` (en.ts); the utilities read them as `lang().text`.
import type { TextWords } from './pack.js';

export const text: TextWords = {
  CLAUSE_MARK: /[;()—–]|[:,](?=\s)|\s(?:and|but|while)\s/g,
  PHRASE_OPENER: /^(?:at|to|in|on|for|with|from|by|as|after|before|during|since|into|near|amid|under|over|while|when|where|which|who|that|because|although|though|if|and|but|or)$/i,
  /** "…at the request of the". */
  HANGING: /\s(?:the|a|an|of|to|at|in|on|for|with|from|by|as|and|or|but|that|which|who|its|their|his|her|this|these)$/i,
  /** "the No. 7 seed", "Vol. 2". */
  NUMBER_ABBREVIATION: /(?:^|[^\p{L}])(?:No|Nos|Vol|Fig|Art)\.$/u,
};
