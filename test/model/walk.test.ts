// Model stage: the one walk reaches every inline list (table captions and headers, terms, profile
// titles), and citations are resolved once, in the model, for both writers.
import { describe, expect, it } from 'vitest';
import { resolveCitations } from '../../src/model/anchors.js';
import { type Block, type DossierDocument, type Inline, inlineText } from '../../src/model/document.js';
import { filterInlines, walkInlines } from '../../src/model/walk.js';

const t = (text: string): Inline => ({ type: 'text', text });
const ref: Inline = { type: 'noteRef', noteId: 'fn-gone' };

function everyPlace(): Block[] {
  return [
    { type: 'table', caption: [t('caption'), ref], header: [{ content: [t('head'), ref] }], rows: [[{ content: [t('cell'), ref] }]] },
    { type: 'definitionList', items: [{ term: [t('term'), ref], description: [t('desc'), ref] }] },
    { type: 'profile', anchor: 'actor-A1', title: [t('title'), ref], subtitle: [t('sub'), ref], children: [
      { type: 'blockquote', children: [{ type: 'paragraph', content: [{ type: 'emphasis', children: [t('deep'), ref] }] }] },
    ] },
    { type: 'list', ordered: false, items: [[{ type: 'heading', level: 1, content: [t('h'), ref] }]] },
  ];
}

describe('model walk', () => {
  it('visits every inline list in reading order', () => {
    const seen: string[] = [];
    walkInlines(everyPlace(), (i) => { if (i.type === 'text') seen.push(i.text); });
    expect(seen).toEqual(['caption', 'head', 'cell', 'term', 'desc', 'title', 'sub', 'deep', 'h']);
  });

  it('strips a dangling note reference wherever it is (table headers, captions, terms, profile titles)', () => {
    const blocks = everyPlace();
    filterInlines(blocks, (i) => i.type !== 'noteRef');
    const refs: Inline[] = [];
    walkInlines(blocks, (i) => { if (i.type === 'noteRef') refs.push(i); });
    expect(refs).toEqual([]);
    const texts: string[] = [];
    walkInlines(blocks, (i) => { if (i.type === 'text') texts.push(i.text); });
    expect(texts).toHaveLength(9);
  });
});

describe('citation targets', () => {
  it('points at the paragraph, else at its source, else nowhere', () => {
    const cite = (sourceId: string, paragraph?: number): Inline => ({ type: 'sourceRef', sourceId, paragraph, label: inlineText([t(sourceId)]) });
    const refs = [cite('S1', 2), cite('S1', 9), cite('S1'), cite('S7', 1)];
    const doc: Pick<DossierDocument, 'sections' | 'cover' | 'footnotes'> = {
      cover: { sources: [{ sourceId: 'S1', anchor: 'src-S1', title: 'One' }, { sourceId: 'S7', anchor: 'src-S7', title: 'Gone' }] },
      sections: [
        { kind: 'summary', anchor: 'sec-summary', title: 'Summary', blocks: [{ type: 'paragraph', content: refs.slice(0, 3) }], children: [] },
        { kind: 'sources', anchor: 'sec-sources', title: 'Sources', blocks: [], children: [
          { kind: 'source', anchor: 'src-S1', title: 'One', sourceId: 'S1', children: [], blocks: [
            { type: 'sourceParagraph', sourceId: 'S1', number: 2, anchor: 'src-S1-p2', content: [t('x')] },
          ] },
        ] },
      ],
      footnotes: { 'fn-D1': { id: 'fn-D1', number: 1, anchor: 'fn-D1', kind: 'note', content: [{ type: 'paragraph', content: [refs[3]] }] } },
    };
    resolveCitations(doc);
    expect(refs.map((r) => r.type === 'sourceRef' && r.target)).toEqual(['src-S1-p2', 'src-S1', 'src-S1', undefined]);
    expect(doc.cover.sources.map((s) => s.anchor)).toEqual(['src-S1', undefined]);
  });
});
