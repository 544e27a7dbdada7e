import { describe, expect, it } from 'vitest';
import { ratio } from '../../eval/ecbplus.js';

describe('eval ratio', () => {
  it('never prints a share just under a target as the target', () => {
    expect(ratio([152, 169])).toBe('152/169 (0.89)'); // 0.8994: rounding showed "0.90" beside FAIL ≥ 0.90
    expect(ratio([153, 170])).toBe('153/170 (0.90)');
    expect(ratio([0, 0])).toBe('0/0');
  });
});
