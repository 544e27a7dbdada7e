// Whole invented pages (a Nordic news site, a machine-translated Latin American site): exactly the report survives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from './helpers.js';

const read = (name: string) => readFileSync(join(import.meta.dirname, 'pages', name), 'utf8');

describe('a news site with menus, share bar, link boxes, most-read list and comments', () => {
  const r = ingest(read('ferry-strike.txt'), 'ferry-strike.txt');
  it('keeps the report and nothing else', () => {
    expect(r.blocks).toEqual([
      expect.stringMatching(/^The strike by seafarers halted all ferry traffic/),
      expect.stringMatching(/^According to the union, about 1,800 crew members/),
      expect.stringMatching(/^“We have been patient for eight months,”/),
      'The shipping companies said the strike was illegal and that they would seek damages in court.',
      'What happens next?',
      expect.stringMatching(/^The national conciliator has invited both sides/),
      'Travelers are advised to check the status of their departures before leaving for the port.',
    ]);
  });
  it('reports why each line went', () => {
    expect(r.reasonOf('Why are Finnish wages falling behind?')).toBe('link list');
    expect(r.reasonOf('This is ridiculous, I paid for my ticket weeks ago.')).toBe('comments');
    expect(r.reasonOf('Holiday deals: Tallinn spa weekend from €99 per person')).toBe('advert');
    expect(r.reasonOf('Passengers queue at the West Harbour terminal in Helsinki on Tuesday. Photo: Lehtikuva / Markku Ulander')).toBe('photo credit');
  });
  it('guesses the front matter', () => {
    expect(r.meta).toMatchObject({ title: 'Ferry strike halts traffic between Helsinki and Tallinn', outlet: 'Nordic Daily Post', date: '2023-09-12', language: 'en' });
    expect(r.meta.original_language).toBeUndefined();
  });
});

describe('a machine-translated page with a menu bar, a broken sentence and an AI-translation note', () => {
  const r = ingest(read('pension-reform.txt'), 'pension-reform.txt');
  it('keeps the report, re-joining the broken sentence', () => {
    expect(r.blocks).toHaveLength(5);
    expect(r.blocks[4]).toBe('Opposition lawmakers left the plenary before the final vote, denouncing that the text had been approved without the necessary debate.');
    expect(r.body).not.toMatch(/Senate approves|Petro asks|Keep reading|Pensions|WhatsApp|translated/);
  });
  it('guesses the front matter, the original language from the translation note', () => {
    expect(r.meta).toMatchObject({
      title: 'Parliament in Bogotá approves pension reform after marathon session', date: '2024-06-15',
      original_language: 'es', author: 'Redacción Internacional, EFE',
    });
  });
});

describe('a translated francophone site: cookie banner, paywall label, inline link, real bullet list', () => {
  const r = ingest(read('junta-election.txt'), 'junta-election.txt');
  it('keeps the report: dialogue dash, the bulleted points, a subheading after a link box', () => {
    expect(r.blocks[0]).toMatch(/^The military authorities in Bamako/);
    expect(r.blocks).toContain('– We cannot organize a credible vote under these conditions, declared the government spokesman, Colonel Abdoulaye Maïga, on state television.');
    expect(r.blocks).toContain('The transition charter, which expires in March 2024, will be extended by decree.');
    expect(r.kept).toContainEqual(expect.objectContaining({ text: 'ECOWAS reaction', as: 'heading' }));
    expect(r.blocks[r.blocks.length - 1]).toMatch(/^The opposition coalition called on its supporters/);
    expect(r.blocks).toHaveLength(9);
  });
  it('removes the cookie banner, paywall and navigation', () => {
    expect(r.body).not.toMatch(/cookies|Accept|Subscribers|Niger|Our selection|Read later|ADVERTISEMENT|Posted in|Senegal|Burkina/);
  });
  it('guesses the front matter', () => {
    expect(r.meta).toMatchObject({
      title: 'Mali: the junta postpones the presidential election indefinitely', outlet: 'Le Quotidien du Sahel',
      date: '2023-09-26', author: 'Amadou Traoré',
    });
  });
});

describe('a WordPress news blog: inline "See more", an ALSO READ box, agency credit, share and like widgets', () => {
  const r = ingest(read('quake-wordpress.txt'), 'quake-wordpress.txt');
  it('keeps the report with its subheading, and nothing else', () => {
    expect(r.blocks).toHaveLength(8);
    expect(r.kept).toContainEqual(expect.objectContaining({ text: 'Rescue efforts', as: 'heading' }));
    expect(r.blocks[r.blocks.length - 1]).toBe('The quake was followed by at least 62 aftershocks, the meteorology agency BMKG said.');
    expect(r.body).not.toMatch(/Semeru|Jakarta floods|Bali|ANTARA|#Indonesia|Share this|Like|Related/);
  });
  it('reads the agency credit as the author', () => {
    expect(r.reasonOf('(ANTARA/Reuters)')).toBe('byline');
    expect(r.meta.author).toBe('ANTARA/Reuters');
  });
});
