// Summary and the key figures: a line stating only another event's numbers, or a toll the agreeing
// sources have since raised, gives way to the event's own, current count; a newsroom's "Here is what we
// know:" does not make its neighbours a speech. Invented reports of a quake whose toll rises.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/analysis/figures/index.js';
import { candidateSentences } from '../../src/analysis/summary/candidates.js';
import { summarize } from '../../src/analysis/summary/index.js';
import { parseArticle } from '../../src/content/article.js';
import type { Article } from '../../src/content/types.js';

const quake = dated(
  [
    'At least 23 people were killed when a strong earthquake struck the hill town of Marnetta early on Friday, the civil protection agency said.',
    'Rescue teams with dogs searched the rubble of the collapsed school and the town hall in the old centre of Marnetta.',
    'In 2011, an earthquake in the same valley killed 240 people and destroyed the old bridge at Marnetta.',
    'The prime minister cancelled a trip abroad and said the government would send soldiers to Marnetta.',
  ],
  [
    'The death toll from the earthquake in Marnetta rose to 31 on Friday afternoon, the civil protection agency said.',
    'The school and the town hall in the old centre of Marnetta collapsed in the earthquake.',
    'The earthquake of 2011 in the same valley killed 240 people, the civil protection agency recalled.',
    'The Red Cross set up tents for 2,000 people at the football stadium of Marnetta.',
  ],
  [
    'A strong earthquake has devastated the hill town of Marnetta, killing at least 31 people.',
    'Here is what we know so far:',
    'The earthquake struck at 3.42am on Friday and was felt across the valley around Marnetta.',
    'The school and the town hall in the old centre of Marnetta collapsed, the mayor said.',
  ],
);

/** Articles with a date, as real reports have (the figures tell another year's event by it). */
function dated(...sources: string[][]): Article[] {
  return sources.map((paragraphs, i) => parseArticle(`S${i + 1}`, `articles/0${i + 1}-test.md`,
    `---\ntitle: Test ${i + 1}\ndate: 2032-03-12\n---\n\n${paragraphs.join('\n\n')}\n`));
}

describe('summary and the key figures', () => {
  const figures = extractFigures(quake);
  const lines = summarize(quake, [], figures).map((s) => s.text);

  it('states the count the sources have raised to, not an earlier report\'s', () => {
    expect(lines.some((t) => /\b31\b/.test(t))).toBe(true);
    expect(lines.some((t) => /At least 23/.test(t))).toBe(false);
  });

  it('leaves out a line whose numbers are all another event\'s', () => {
    expect(lines.some((t) => /2011/.test(t))).toBe(false);
  });

  it('a newsroom\'s "Here is what we know so far:" does not make the lead around it a speech', () => {
    expect(candidateSentences(quake).some((c) => c.source === 'S3' && c.paragraph === 1)).toBe(true);
  });
});

describe('a line about earlier years only', () => {
  const career = (dated: boolean) => {
    const d = dated ? 'date: 2031-07-14\n' : '';
    const bodies = [
      ['The president has nominated Dr. Ana Ruiz, a country doctor from Marnetta, to be the nation\'s chief medical officer in 2031.', 'Dr. Ruiz received the Golden Lamp award in 1998 and was elected to the medical council in 1995.', 'The Senate must confirm the nomination before Dr. Ruiz can take office in Marnetta.'],
      ['Dr. Ana Ruiz, who runs a clinic in Marnetta, was nominated by the president on Monday to be chief medical officer.', 'Dr. Ruiz received the Golden Lamp award in 1998 and was elected to the medical council in 1995.', 'Her clinic in Marnetta treats patients who cannot pay, and she has run it since 2031.'],
    ];
    return bodies.map((b, i) => parseArticle(`S${i + 1}`, `articles/0${i + 1}-t.md`, `---\ntitle: T${i}\n${d}---\n\n${b.join('\n\n')}\n`));
  };
  it('reads worse than the news, by the report\'s date or, undated, by the latest year two reports name', () => {
    for (const dated of [true, false]) {
      const cands = candidateSentences(career(dated));
      const award = cands.find((c) => /Golden Lamp/.test(c.text))!;
      const nomination = cands.find((c) => /has nominated/.test(c.text))!;
      expect(award.quality, String(dated)).toBeLessThan(nomination.quality * 0.6);
    }
  });
});

describe('the number most reports share', () => {
  // five reports of one takeover, each wording the deal its own way (no sentence backs another's words),
  // beside side remarks that other sentences echo
  const deal = [
    'Norvale Systems agreed to buy the chip designer Brightwave for about $3.2 billion in cash and stock, the companies said on Monday.',
    'Norvale Systems shook up the chip industry by acquiring Brightwave for $3.2 billion on Monday.',
    'Brightwave, the maker of graphics chips, will be bought for $3.2 billion by its larger rival Norvale Systems.',
    'Paying $3.2 billion, Norvale Systems announced its largest acquisition in its history with the purchase of Brightwave.',
    'The $3.2 billion takeover of Brightwave makes Norvale Systems the second-largest chip maker in the world.',
  ];
  const aside = [
    'Analysts said the graphics market is moving towards chips that combine processors and graphics.',
    'Analysts said the graphics chip market is moving towards combined processors and graphics.',
    'Analysts said graphics chips are moving towards processors that combine graphics.',
    'Analysts said the market for graphics chips moves towards combined processors.',
    'Analysts said the graphics market moves towards chips combining processors and graphics.',
  ];
  const articles = deal.map((d, i) => parseArticle(`S${i + 1}`, `articles/0${i + 1}-t.md`,
    `---\ntitle: T${i}\ndate: 2031-07-24\n---\n\n${aside[i]}\n\n${d}\n\nThe offices of Brightwave in Kelby employ staff number ${100 + i * 7} this year.\n`));
  const lines = summarize(articles, [], extractFigures(articles)).map((s) => s.text);

  it('gives the deal, once, though no two sources word it alike', () => {
    expect(lines.filter((t) => /\$3\.2 billion/.test(t))).toHaveLength(1);
  });
});
