// Furniture removal, one kind at a time, on invented pages (other outlets, events and translations).
import { describe, expect, it } from 'vitest';
import { ingest, page } from './helpers.js';

const TITLE = 'Floods: Bavaria declares disaster after the Danube bursts its banks';
const P1 = 'The state government in Munich declared a disaster on Thursday after the Danube burst its banks near Regensburg.';
const P2 = 'Rescue teams evacuated 1,200 residents overnight, a spokesman for the fire brigade said.';
const P3 = 'Firefighters worked through the night to reinforce dams along the river, officials said on Friday.';
const P4 = 'The weather service expects the water level to fall slowly over the weekend.';

/** A page with furniture lines placed between two paragraphs of the body. */
const withMiddle = (...furniture: string[]) => page(TITLE, P1, P2, ...furniture, P3, P4);
/** A page with furniture lines after the report. */
const withTail = (...furniture: string[]) => page(TITLE, P1, P2, P3, P4, ...furniture);

function expectRemoved(raw: string, lines: string[], reason: RegExp) {
  const r = ingest(raw);
  for (const l of lines) {
    const text = l.trim().replace(/^[•·-]\s+/, '');
    expect(r.body, text).not.toContain(text);
    expect(r.reasonOf(text), text).toMatch(reason);
  }
  for (const p of [P1, P2, P3, P4]) expect(r.blocks).toContain(p);
  return r;
}

function expectKept(raw: string, lines: string[]) {
  const r = ingest(raw);
  for (const l of lines) expect(r.blocks, l).toContain(l);
  expect(r.removed.filter((x) => lines.includes(x.text))).toEqual([]);
  return r;
}

describe('share buttons', () => {
  it('removes share buttons, bulleted or not, in several languages', () => {
    const buttons = ['  • Share in Facebook', '  • Tweet', 'Share this article:', 'WhatsApp', 'Partager sur Twitter', '• E-mail'];
    expectRemoved(page(TITLE, ...buttons, P1, P2, P3, P4), buttons, /share button/);
  });
  it('keeps real sentences about social networks and shares', () => {
    const real = ['Facebook said it had removed 300 accounts linked to the campaign.', 'Share prices in Frankfurt fell 2% after the announcement.'];
    expectKept(withMiddle(...real), real);
  });
});

describe('read-more links and link lists', () => {
  it('removes "see also" / "read also" links with machine-translated wording', () => {
    const links = ['Also read: Heatwave warning for southern Germany – what you need to know?', 'See also  Storm Zoltan leaves thousands without power', 'To read also » Insurers count the cost of the spring storms'];
    expectRemoved(withMiddle(...links), links, /read-more link/);
  });
  it('removes a link list headed by a label, including promoted items', () => {
    const list = ['More on Rheinpost', 'Recipe: the perfect asparagus in ten minutes', 'Rheinpost', 'Read more about the floods', '  • Passau: the old town under water', '  • Who pays for flood damage?', '  • Credit on better terms: up to €50,000 for any purpose'];
    const r = expectRemoved(withMiddle(...list), list, /link|advert/);
    expect(r.reasonOf('Credit on better terms: up to €50,000 for any purpose')).toBe('advert');
  });
  it('keeps a sentence that merely begins like a link', () => {
    const real = ['Read more about the budget was demanded by MPs.', 'See also the statement issued by the ministry on Tuesday, which lists the closed roads.'];
    expectKept(withMiddle(...real), real);
  });
  it('keeps a subheading after a link line, and a lone subheading between paragraphs', () => {
    const r = ingest(withMiddle('Read also: Dams under pressure across the region', 'Evacuation continues in Passau'));
    expect(r.kept).toContainEqual(expect.objectContaining({ text: 'Evacuation continues in Passau', as: 'heading' }));
    expect(r.markdown).toContain('## Evacuation continues in Passau');
  });
  it('keeps a run of short lines with no furniture around them (a fact box)', () => {
    const facts = ['Evacuated: 1,200 residents', 'Sandbags filled: 40,000', 'Roads closed: 17'];
    const r = expectKept(withMiddle(...facts), facts);
    expect(r.kept.filter((k) => facts.includes(k.text)).map((k) => k.as)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });
  it('removes navigation labels (next post, you may like, most read, trending)', () => {
    const nav = ['Next Article', 'You might also like', 'Most Read', 'Trending now'];
    expectRemoved(withTail(...nav), nav, /navigation/);
  });
});

describe('furniture as machine translation renders it', () => {
  it('removes literal translations of German, French, Spanish and Russian site furniture', () => {
    const furniture = ['Also interesting', 'Materials on the topic', 'News of partners', 'Data protection', 'To the homepage', 'Look also: The dikes of Passau hold', 'Leave your comment', 'Share in Telegram'];
    // Each alone between two paragraphs, so only its own wording can give it away.
    for (const line of furniture) expectRemoved(withMiddle(line), [line], /read-more link|site footer|comment prompt|share button/);
  });
});

describe('adverts', () => {
  it('removes sponsored and promotional lines', () => {
    const ads = ['Advertisement', 'In cooperation with our partner will present', 'Mortgage from 1.9%: borrow up to $300,000 today'];
    expectRemoved(withMiddle(...ads), ads, /advert|link list/);
  });
  it('keeps a sentence about a loan', () => {
    const real = ['The loan of €2 billion from the European bank was approved by parliament on Friday.'];
    expectKept(withMiddle(...real), real);
  });
});

describe('comment prompts', () => {
  it('removes comment sections and their machine-translated notices', () => {
    const prompts = ['Leave your comment', 'Your e-mail address will not be published. Mandatory fields are marked with *', '12 Comments', 'Cancel reply'];
    expectRemoved(withTail(...prompts), prompts, /comment prompt/);
  });
  it('keeps a sentence about comments', () => {
    const real = ['Comments by the minister drew sharp criticism from the opposition on Friday.'];
    expectKept(withMiddle(...real), real);
  });
});

describe('tag clouds', () => {
  it('removes hashtag clouds and tag lists', () => {
    const tags = ['#Floods #Bavaria #Danube #weather #disaster', 'Keywords:', '  • Bavaria', '  • Weather'];
    expectRemoved(withTail(...tags), tags, /tag cloud/);
    expectRemoved(withTail('Tags: Floods, Bavaria, Weather'), ['Tags: Floods, Bavaria, Weather'], /tag cloud/);
  });
  it('keeps sentences with a hashtag or the word "tags"', () => {
    const real = ['Residents shared photos under #DanubeFlood, which trended nationwide on Friday.', 'Tags on the containers showed they had come from the port of Rotterdam.'];
    expectKept(withMiddle(...real), real);
  });
});

describe('site banners and footers', () => {
  it('removes banners above the headline and breadcrumbs', () => {
    const r = ingest(page('The Rhine Post', 'Read the news from Europe in English...', 'Home News Europe Floods: Bavaria declares disaster after the Danube...', TITLE, P1, P2, P3));
    expect(r.meta.title).toBe(TITLE);
    expect(r.reasonOf('The Rhine Post')).toBe('site banner');
    expect(r.reasonOf('Read the news from Europe in English...')).toBe('site banner');
    expect(r.reasonOf('Home News Europe Floods: Bavaria declares disaster after the Danube...')).toMatch(/title|breadcrumb/);
    expect(r.body).not.toContain('Rhine Post');
  });
  it('removes footers, copyright lines and link disclaimers', () => {
    const footer = ['Back to top', '© 2024 Rheinpost Media GmbH. All rights reserved.', 'Privacy Policy', 'All articles from 2024-06-14', 'We are not responsible for the content of external websites, which are not under our control.', 'source site-12', 'Exit mobile version'];
    expectRemoved(withTail(...footer), footer, /site footer|navigation/);
  });
  it('treats everything after a comment section as the page, not the report', () => {
    const r = ingest(withTail('3 comments', 'Hans M. wrote that the dams should have been raised years ago, and nobody listened.', 'Reply'));
    expect(r.body).not.toContain('Hans M.');
  });
  it('keeps a short closing paragraph before the footer', () => {
    const r = ingest(withTail('He denied it.', 'Source link', 'Leave a Reply'));
    expect(r.blocks[r.blocks.length - 1]).toBe('He denied it.');
  });
  it('keeps the report after an inline "Related:" link late in the article', () => {
    const r = ingest(page(TITLE, P1, P2, P3, 'Related: Storm Zoltan leaves thousands without power', P4, 'Insurers expect claims of more than €100 million, an industry association said.'));
    expect(r.blocks).toEqual([P1, P2, P3, P4, 'Insurers expect claims of more than €100 million, an industry association said.']);
  });
  it('keeps "Home Office" sentences, and sentences that sound like disclaimers or translation notes', () => {
    const real = ['Home Office officials declined to comment on the evacuation plans.',
      'The statement does not necessarily reflect the views of the whole government, the spokesman said.',
      'The letter was translated from German by the embassy and read out in parliament.',
      'Machine-translated court documents were full of errors, the lawyers said.'];
    expectKept(withMiddle(...real), real);
  });
});

describe('photo credits and captions', () => {
  it('removes credit lines and captions ending in a credit', () => {
    const credits = ['© Lukas Barth / dpa', 'Firefighters fill sandbags in Passau on Thursday (Photo: Reuters)', 'Photo: Armin Weigel/dpa', 'Picture: Getty Images'];
    expectRemoved(withMiddle(...credits), credits, /photo credit/);
  });
  it('keeps a sentence mentioning a photographer', () => {
    const real = ['A photographer for the agency was injured when a wall collapsed (police said).'];
    expectKept(withMiddle(...real), real);
  });
});

describe('media controls and appeals', () => {
  it('removes gallery counters, play buttons and donation or newsletter appeals', () => {
    const controls = ['Click to enlarge', 'Image 3 of 12', '2 / 9', 'Play video', 'In pictures: the flooded old town of Passau', 'Support independent journalism', 'Sign up for our morning briefing'];
    expectRemoved(withMiddle(...controls), controls, /media control|photo credit|subscription prompt/);
  });
  it('keeps sentences about clicks, images and donations', () => {
    const real = ['Residents were asked to click on a government map to see which streets were closed.', 'Donations to the relief fund reached €3 million by Friday evening.'];
    expectKept(withMiddle(...real), real);
  });
});

describe('bylines and timestamps', () => {
  it('removes agency bylines, initials and lone timestamps', () => {
    const r = ingest(page(TITLE, 'By Anna Keller', 'Friday, 14 June 2024, 08:12 Updated: 09:40', P1, P2, P3, P4, 'jk', 'dpa/AFP', '14.06.2024 09:41'));
    expect(r.reasonOf('By Anna Keller')).toBe('byline');
    expect(r.reasonOf('Friday, 14 June 2024, 08:12 Updated: 09:40')).toBe('timestamp');
    expect(r.reasonOf('jk')).toBe('byline');
    expect(r.reasonOf('dpa/AFP')).toBe('byline');
    expect(r.blocks).toEqual([P1, P2, P3, P4]);
    const relative = ['Updated 2 hours ago', 'Yesterday at 14:05'];
    expectRemoved(page(TITLE, ...relative, P1, P2, P3, P4), relative, /timestamp/);
  });
  it('keeps sentences that name an agency', () => {
    const real = ['AFP reported that twelve people were arrested near the border.', 'Reuters'];
    const r = ingest(withMiddle(real[0]));
    expect(r.blocks).toContain(real[0]);
  });
});

describe('titles and duplicates', () => {
  it('moves the title to front matter and drops its repetitions and truncations', () => {
    const r = ingest(page(`${TITLE} - Rheinpost news`, 'Floods: Bavaria declares disaster after the Danube...', TITLE, P1, P2));
    expect(r.meta.title).toBe(TITLE);
    expect(r.body).not.toContain('Floods:');
    expect(r.removed.map((x) => x.reason)).toEqual(['title (moved to front matter)', 'duplicate title', 'duplicate title']);
  });
});

describe('broken sentences and markdown', () => {
  it('re-joins a sentence cut over lines without changing a character', () => {
    const r = ingest(page(TITLE, P1, 'The authority, which replaced the', '', 'Federal Water Office', ', said the dams would hold.', 'He has led it since the', 'reform', '.', P2));
    expect(r.blocks).toContain('The authority, which replaced the Federal Water Office, said the dams would hold.');
    expect(r.blocks).toContain('He has led it since the reform.');
    const link = ingest(page(TITLE, P1, 'The evacuation was ordered overnight, said Interior Minister', 'Joachim Herrmann', 'on Friday morning.', P2));
    expect(link.blocks).toContain('The evacuation was ordered overnight, said Interior Minister Joachim Herrmann on Friday morning.');
  });
  it('escapes markdown so the reader sees exactly the scraped text', () => {
    const odd = ['Losses: *at least* €2_000 per household, [estimate] <unconfirmed> & rising | says #ministry.', '1. That is the first point, the minister said.', '- Dashes start this sentence in the scraped text, oddly.', '> Quoted residents said the water came fast.'];
    const r = ingest(page(TITLE, P1, ...odd, P2));
    for (const o of odd) expect(r.blocks).toContain(o.replace(/^- /, ''));
  });
});
