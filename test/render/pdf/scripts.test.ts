// Scripts the text faces lack fall back to other bundled faces: drawn and extractable, never dropped.
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { loadTheme } from '../../../src/style/theme.js';
import { sampleDocument } from '../../fixtures/sampleDocument.js';

const SAMPLES: Record<string, string> = {
  Greek: 'Σεισμός στην Αθήνα',
  Cyrillic: 'Наводнение в Киеве',
  Hebrew: 'שלום עולם',
  Arabic: 'زلزال قوي',
  Chinese: '地震造成损失',
  Japanese: 'こんにちは',
  Thai: 'น้ำท่วมใหญ่',
  Devanagari: 'बाढ़ से नुकसान',
  Symbols: '≠ → ∑',
};

describe('script coverage in the PDF', () => {
  it('draws every sample script with a bundled face and keeps its text extractable', async () => {
    const doc = sampleDocument(2);
    const source = doc.sections.find((s) => s.kind === 'sources')!.children[0];
    source.blocks.push(...Object.entries(SAMPLES).map(([name, text], i) => ({
      type: 'sourceParagraph' as const, sourceId: 'S1', number: 100 + i, anchor: `src-S1-p${100 + i}`,
      content: [{ type: 'text' as const, text: `${name}: ${text}` }],
    })));
    const bytes = await renderPdf(doc, loadTheme(), { paper: 'A4', creationDate: new Date(0) });
    const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
    let text = '';
    const fonts = new Set<string>();
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      text += content.items.map((it) => ('str' in it ? it.str : '')).join('');
      for (const style of Object.values(content.styles)) fonts.add(style.fontFamily);
    }
    const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u00ad\u0000-\u001f]/g, '');
    // Right-to-left words come back in visual order, so each word is checked on its own.
    for (const [name, sample] of Object.entries(SAMPLES)) {
      for (const word of sample.split(' ')) expect(squash(text), `${name}: ${word}`).toContain(squash(word));
    }
    const raw = Buffer.from(bytes).toString('latin1');
    for (const face of ['NotoSansSC', 'NotoSansThai', 'NotoSansDevanagari', 'DejaVuSans']) expect(raw, face).toContain(face);
  });
});
