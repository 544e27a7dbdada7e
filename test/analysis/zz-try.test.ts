import { it } from 'vitest';
import { extractFigures } from '../../src/analysis/figures/index.js';
import { article } from './figuresHelpers.js';
it('x', () => {
  const texts = (process.env.T ?? '').split('||');
  const f = extractFigures(texts.map((t, i) => article(`S${i + 1}`, [t])));
  for (const x of f) console.log(x.label, x.background ?? '', x.agreement, JSON.stringify(x.values.map((v) => [v.source, v.value, v.quote])));
});
