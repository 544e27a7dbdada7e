// Unit tests, on an invented earthquake told by four sources: the event's magnitude is one row whatever
// the wording ("magnitude 5.3", "a 5.3-magnitude quake", "5.3 on the Richter scale", "a magnitude of 5.3");
// an aftershock's and a foreshock's magnitudes are rows of their own, an earlier quake's is background,
// what is usual is no figure; their depths and distances never join the event's.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/analysis/figures/index.js';
import { article } from './figuresHelpers.js';

const figures = extractFigures([
  article('S1', [
    'A magnitude 5.3 earthquake struck near Millbrook at 4:12 a.m., 14 miles north of Port Avery, at a depth of 6 miles.',
    'It was followed by a 3.1-magnitude aftershock two miles east of Port Avery.',
  ]),
  article('S2', [
    'The 5.3-magnitude quake was centered 14 miles north of Port Avery.',
    'Earlier in the night, an earthquake with a preliminary magnitude of 2.4 struck near Kessling.',
    'The earthquake struck at about 1:30 a.m. and had a depth of 1.4 miles.',
  ]),
  article('S3', [
    'The quake measured 5.3 on the Richter scale and had a depth of 6 miles.',
    'While quakes around magnitude 2 and 3 are common in the valley, residents said this one was stronger.',
    'The last earthquake measuring 4.0 or above struck on May 3, nine miles north of Port Avery at a depth of 3 miles.',
    'It measured 4.0 on the Richter scale.',
  ]),
  article('S4', [
    'An earthquake with a magnitude of 5.3 shook the valley.',
    'The 1999 quake, which measured 6.8, killed 40 people.',
    'In May 2011, a 4.2 quake struck one mile north of Port Avery.',
    'A 5.0 quake is large for the valley.',
  ]),
]);
const rows = (re: RegExp) => figures.filter((f) => re.test(f.label));
const values = (re: RegExp) => rows(re).map((f) => [f.label, f.values.map((v) => `${v.source} ${v.value}`), Boolean(f.background)]);

describe('the magnitude of the event', () => {
  it('is one row, whatever the wording, with every source in it', () => {
    expect(rows(/^magnitude of the earthquake$/)).toHaveLength(1);
    const [f] = rows(/^magnitude of the earthquake$/);
    expect(f.values.map((v) => `${v.source} ${v.value}`)).toEqual(['S1 5.3', 'S2 5.3', 'S3 5.3', 'S4 5.3']);
    expect(f.agreement).toBe('consistent');
    expect(figures.some((x) => x.label === 'magnitude')).toBe(false);
  });
});

describe('other shocks', () => {
  it('gives an aftershock and a foreshock rows of their own', () => {
    expect(values(/aftershock|foreshock/)).toEqual([
      ['magnitude of an aftershock', ['S1 3.1'], false],
      ['magnitude of a foreshock', ['S2 2.4'], false],
    ]);
  });

  it('keeps an earlier quake\'s magnitude in the background, by a year or by "the last quake"', () => {
    const bg = figures.filter((f) => f.background && f.label.startsWith('magnitude')).map((f) => f.values.map((v) => `${v.source} ${v.value}`));
    expect(bg).toEqual(expect.arrayContaining([['S3 4', 'S3 4'], ['S4 6.8'], ['S4 4.2']]));
    expect(figures.filter((f) => !f.background).flatMap((f) => f.values.map((v) => v.value))).not.toContain(6.8);
  });

  it('reads no figure from what is usual', () => {
    expect(figures.flatMap((f) => f.values).filter((v) => /around magnitude|is large/.test(v.quote))).toEqual([]);
  });

  it('keeps other shocks\' depths and distances out of the event\'s rows', () => {
    const depth = rows(/^depth$/);
    expect(depth.map((f) => [f.agreement, f.values.map((v) => `${v.source} ${v.value}`)])).toEqual([['consistent', ['S1 6', 'S3 6']]]);
    const port = rows(/^distance from Port Avery$/);
    expect(port.map((f) => [f.agreement, f.values.map((v) => `${v.source} ${v.value}`)])).toEqual([['consistent', ['S1 14', 'S2 14']]]);
  });
});

describe('an earlier disaster named by the year before the reports\'', () => {
  it('keeps "the 2030 tsunami" toll out of this quake\'s toll', () => {
    const fs = extractFigures([
      article('S1', ['The quake killed 12 people in the harbour town.', 'The 2030 tsunami killed 5,000 people along the coast.'], '2031-03-28'),
      article('S2', ['At least 12 people died when the quake struck.'], '2031-03-28'),
    ]);
    const killed = fs.filter((f) => f.label.startsWith('people killed'));
    expect(killed.map((f) => [f.label, f.agreement, Boolean(f.background), f.values.map((v) => v.value)])).toEqual([
      ['people killed', 'consistent', false, [12, 12]],
      ['people killed (2030)', 'single-source', true, [5000]],
    ]);
  });

  it('knows it by its month too, and by "the tsunami of 2030"', () => {
    const fs = extractFigures([
      article('S1', ['The quake killed 12 people.', 'The December 2030 tsunami killed 5,000 people.'], '2031-03-28'),
      article('S2', ['At least 12 people died.', 'Some 5,000 people were killed by the tsunami of 2030.'], '2031-03-28'),
    ]);
    expect(fs.filter((f) => f.label.startsWith('people killed')).map((f) => [f.label, Boolean(f.background), f.values.map((v) => v.value)])).toEqual([
      ['people killed', false, [12, 12]],
      ['people killed (2030)', true, [5000, 5000]],
    ]);
  });
});

describe('the written forms of a magnitude', () => {
  it('reads each form as the event\'s magnitude, and "or above" as at least', () => {
    const forms = [
      'The quake, magnitude-6.1, shook the valley.', 'It measured 6.1 on the open-ended Richter scale.',
      'The survey put the magnitude at 6.1.', 'An earthquake registering 6.1 hit the valley.', 'A 6.1 quake hit the valley.',
      'The quake was 6.1 in magnitude.',
    ];
    const fs = extractFigures(forms.map((t, i) => article(`S${i + 1}`, [t])));
    expect(fs.map((f) => [f.label, f.agreement, f.values.length])).toEqual([['magnitude of the earthquake', 'consistent', forms.length]]);
    const [last] = extractFigures([article('S1', ['The last earthquake measuring 3.5 or above struck in May.'])]);
    expect([last.label, last.background, last.values[0].qualifier]).toEqual(['magnitude of an earlier quake', true, 'at least']);
  });
});

describe('sentences that refer back to an earlier quake', () => {
  it('stay with it while they only refer back, and the event is back when named again', () => {
    const fs = extractFigures([article('S1', [
      'A magnitude 5.3 earthquake struck 14 miles north of Port Avery.',
      'In May 2011, a 4.2 quake struck near Kessling.',
      'The quake was 3 miles west of Dunmore.',
      'It was also 20 km from Millbrook.',
      'The main quake had a depth of 6 miles.',
    ])]);
    expect(fs.filter((f) => !f.background).map((f) => [f.label, f.values.map((v) => v.value)])).toEqual([
      ['magnitude of the earthquake', [5.3]], ['distance from Port Avery', [14]], ['depth', [6]],
    ]);
  });
});

describe('a quake dated before the reports\' year', () => {
  it('is an earlier quake even when its date comes after the magnitude, with its distance left out', () => {
    const fs = extractFigures([
      article('S1', ['A magnitude 6.1 quake struck 40 km from Meriton.', 'The 8.9-magnitude quake that struck 150 km off Kelt in December 2030 was far stronger.'], '2031-03-28'),
      article('S2', ['The survey put the quake at 6.1, while the national centre put it at 6.0.'], '2031-03-28'),
    ]);
    expect(fs.map((f) => [f.label, Boolean(f.background), f.values.map((v) => v.value)])).toEqual([
      ['magnitude of the earthquake', false, [6.1, 6.1, 6]],
      ['distance from Meriton', false, [40]],
      ['magnitude of an earlier quake (2030)', true, [8.9]],
    ]);
  });
});

describe('a toll in the year before the reports\'', () => {
  it('is background when its month is more than two months before the report, not a season across the new year', () => {
    const fs = extractFigures([
      article('S1', ['The quake killed 12 people.', 'A tsunami killed 5,000 people in December 2030.'], '2031-03-28'),
      article('S2', ['The floods of late December killed 9 people in 2030-31 alone.', 'At least 12 people died.'], '2031-01-04'),
    ]);
    expect(fs.filter((f) => f.label.startsWith('people killed')).map((f) => [f.label, Boolean(f.background), f.values.map((v) => v.value)])).toEqual([
      ['people killed', false, [12, 9, 12]],
      ['people killed (2030)', true, [5000]],
    ]);
  });
});

describe('a quake dated in the reports\' own year', () => {
  it('is the event, not an earlier quake', () => {
    const fs = extractFigures([
      article('S1', ['In March 2031, a 6.1 quake struck 40 km from Meriton.'], '2031-03-28'),
      article('S2', ['A magnitude 6.1 earthquake hit the valley.'], '2031-03-28'),
    ]);
    expect(fs.map((f) => [f.label, Boolean(f.background), f.values.map((v) => v.value)])).toEqual([
      ['magnitude of the earthquake', false, [6.1, 6.1]],
      ['distance from Meriton', false, [40]],
    ]);
  });
});
