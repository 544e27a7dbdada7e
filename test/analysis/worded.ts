// Test helper: discrepancies with their subject and note worded in English, as the dossier prints them
// (a rule's finding is data; compose words it through model/terms.ts).
import type { Discrepancy } from '../../src/analysis/types.js';
import { EN } from '../../src/model/lang/en.js';
import { wordDiscrepancy, type Worded } from '../../src/model/terms.js';

export const worded = <T extends Discrepancy>(ds: T[]): (T & Worded)[] => ds.map((d) => ({ ...d, ...wordDiscrepancy(d, EN.wording) }));
