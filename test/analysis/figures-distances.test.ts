// Unit tests, on an invented earthquake reported by four sources: a distance is a figure only with its
// reference place (one row per place, its label naming it); depth is its own row; units are kept, and
// one distance in two units agrees; the writer's own distance from the quake, a distance describing
// another place, and lengths that are no distance of the event (a fall) are left out.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/analysis/figures/index.js';
import { agreementOf, rangeOf } from '../../src/analysis/figures/grouping.js';
import { agreementWording } from '../../src/model/compose/figures.js';
import { loadTheme } from '../../src/style/theme.js';
import { EN } from '../../src/model/lang/en.js';
import type { Figure } from '../../src/analysis/types.js';
import { article } from './figuresHelpers.js';

const quake = [
  article('S1', [
    'A magnitude 5.3 earthquake struck at 4:12 a.m. about 14 miles (22 km) north-northeast of Millbrook, the geological survey said.',
    'The quake had a depth of 6 miles.',
  ]),
  article('S2', ['The quake was centered 22 kilometres north of Millbrook and 9 km west of Port Avery, at a depth of 10 kilometres.']),
  article('S3', [
    'The epicenter was 6 miles west of Port Avery and 40 miles from Kessling.',
    'It struck 10 km below the surface.',
  ]),
  article('S4', [
    'I live 30 miles south of the quake and felt it clearly.',
    'Residents in Dunmore, a fishing village in Harlan County, 3 miles east of Port Avery, said dishes fell.',
  ]),
];
const figures = extractFigures(quake);
const row = (label: string) => figures.find((f) => f.label === label);
const cells = (f: Figure | undefined) => f?.values.map((v) => [v.source, v.value, v.unit]);

describe('distances from a reference place', () => {
  it('gives each reference place its own row, named in the label', () => {
    expect(figures.some((f) => f.label === 'distance')).toBe(false);
    expect(cells(row('distance from Millbrook'))).toEqual([['S1', 14, 'miles'], ['S2', 22, 'km']]);
    expect(cells(row('distance from Port Avery'))).toEqual([['S2', 9, 'km'], ['S3', 6, 'miles']]);
    expect(cells(row('distance from Kessling'))).toEqual([['S3', 40, 'miles']]);
  });

  it('calls one distance in two units consistent, and says so without a range in one unit', () => {
    const f = row('distance from Millbrook')!;
    expect(f.agreement).toBe('consistent');
    expect(row('distance from Port Avery')!.agreement).toBe('consistent');
    expect(agreementWording(f, loadTheme(), EN.wording).join(' ')).toMatch(/one amount in different units/);
    // Nor does the JSON give a range that mixes miles and kilometres.
    expect(f.range).toBeUndefined();
  });

  it('keeps each source\'s own wording in the quote', () => {
    const f = row('distance from Millbrook')!;
    expect(f.values.map((v) => v.quote)).toEqual([
      expect.stringContaining('about 14 miles (22 km) north-northeast of Millbrook'),
      expect.stringContaining('22 kilometres north of Millbrook'),
    ]);
    expect(f.values[0].qualifier).toBe('about');
  });

  it('leaves out the writer\'s own distance and a distance that locates another place', () => {
    const values = figures.flatMap((f) => f.values.map((v) => v.value));
    expect(values).not.toContain(30);
    expect(values).not.toContain(3);
  });

  it('shows different distances from the same place as a conflict', () => {
    const fs = extractFigures([
      article('S1', ['The quake hit 14 miles north of Millbrook.']),
      article('S2', ['The quake hit 18 miles north of Millbrook.']),
    ]);
    expect(fs.map((f) => [f.label, f.agreement])).toEqual([['distance from Millbrook', 'conflicting']]);
  });
});

describe('depth', () => {
  it('is its own row, in each source\'s unit, never with a distance', () => {
    const f = row('depth');
    expect(cells(f)).toEqual([['S1', 6, 'miles'], ['S2', 10, 'km'], ['S3', 10, 'km']]);
    expect(f!.agreement).toBe('consistent');
    expect(f!.values[1].quote).toContain('at a depth of 10 kilometres');
  });

  it('tells 1.2 miles from 1.4 miles, and reads "two-tenths of a mile"', () => {
    const fs = extractFigures([
      article('S1', ['The quake had a depth of 1.2 miles.']),
      article('S2', ['It struck at a depth of 1.4 miles.']),
      article('S3', ['The shock came at a depth of two-tenths of a mile.']),
    ]);
    expect(fs).toHaveLength(1);
    expect([fs[0].label, fs[0].agreement, fs[0].values.map((v) => v.value)]).toEqual(['depth', 'conflicting', [1.2, 1.4, 0.2]]);
  });
});

describe('lengths that are no distance of the event', () => {
  it('counts neither a fall nor an unreferenced distance, and never as people', () => {
    const fs = extractFigures([
      article('S1', ['The climber fell 300 metres to his death.']),
      article('S2', ['A warship some 13 miles away answered the call.']),
    ]);
    expect(fs.flatMap((f) => f.values.map((v) => v.value))).toEqual([]);
    // A fall written glued to its unit ("2, 000ft" as re-joined text has it) is no count of the dead either.
    const glued = extractFigures([article('S1', ['A climber has been killed after falling around 2, 000ft.', 'Another fell about 600m to his death.'])]);
    expect(glued.flatMap((f) => f.values.map((v) => v.value))).toEqual([]);
    // A glued "2m" is two million, not two metres.
    expect(extractFigures([article('S1', ['The club paid 2m euros for the striker.'])]).map((f) => f.values[0].unit)).toEqual(['EUR']);
  });
});

describe('agreement across units', () => {
  it('follows the written precision: 14 miles agrees with 22 km and 23 km, not with 15 miles', () => {
    const v = (value: number, unit: string, source: string) => ({ source, value, unit, qualifier: null, quote: '', paragraph: 1, start: 0 });
    expect(agreementOf([v(14, 'miles', 'S1'), v(22, 'km', 'S2')])).toBe('consistent');
    expect(agreementOf([v(14, 'miles', 'S1'), v(23, 'km', 'S2')])).toBe('consistent');
    expect(agreementOf([v(14, 'miles', 'S1'), v(15, 'miles', 'S2')])).toBe('conflicting');
    expect(agreementOf([v(10, 'km', 'S1'), v(6.2, 'miles', 'S2')])).toBe('consistent');
    expect(rangeOf([v(14, 'miles', 'S1'), v(15, 'miles', 'S2')])).toEqual({ low: 14, high: 15 });
  });
});

describe('how a reference place is written', () => {
  it('takes the name after "the … city of" or a common noun, and keeps a noun phrase whole', () => {
    const fs = extractFigures([
      article('S1', ['The quake struck 130 km south of the southern coastal city of Meriton, 35 km beneath the sea.']),
      article('S2', ['It hit 80 kilometres northwest of the provincial capital Meriton.']),
      article('S3', ['The dhow was 12 nautical miles from the Tarrovian warship at that point.']),
    ]);
    expect(fs.map((f) => [f.label, f.values.map((v) => `${v.source} ${v.value} ${v.unit}`)])).toEqual([
      ['distance from Meriton', ['S1 130 km', 'S2 80 km']],
      ['depth', ['S1 35 km']],
      ['distance from the Tarrovian warship', ['S3 12 nautical miles']],
    ]);
  });
});
