// Test helpers for the EPUB writer: build the sample document once and read the EPUB back through its zip.
import JSZip from 'jszip';
import { renderEpub } from '../../../src/render/epub/index.js';
import { loadTheme } from '../../../src/style/theme.js';
import { sampleDocument } from '../../fixtures/sampleDocument.js';

export const MODIFIED = new Date(Date.UTC(2021, 6, 16, 8, 30, 0));

export async function buildSample(paragraphs?: number): Promise<Uint8Array> {
  return renderEpub(sampleDocument(paragraphs), loadTheme(), { modified: MODIFIED });
}

export interface EpubFiles {
  zip: JSZip;
  names: string[];
  text(name: string): Promise<string>;
}

export async function openEpub(bytes: Uint8Array): Promise<EpubFiles> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  return {
    zip,
    names,
    text: async (name) => {
      const f = zip.file(name);
      if (!f) throw new Error(`missing ${name} in the EPUB (has ${names.join(', ')})`);
      return f.async('string');
    },
  };
}
