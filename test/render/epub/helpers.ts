// Test helpers for the EPUB writer: build the sample document once and read the EPUB back through its zip.
import { DOMParser, type Document as XmlDocument, type Element as XmlElement } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { renderEpub } from '../../../src/render/epub/index.js';
import { loadTheme } from '../../../src/style/theme.js';
import { sampleDocument } from '../../fixtures/sampleDocument.js';

export const MODIFIED = new Date(Date.UTC(2021, 6, 16, 8, 30, 0));

export async function buildSample(paragraphs?: number): Promise<Uint8Array> {
  return renderEpub(sampleDocument(paragraphs), loadTheme(), { modified: MODIFIED });
}

export type { XmlDocument, XmlElement };

export interface EpubFiles {
  zip: JSZip;
  names: string[];
  text(name: string): Promise<string>;
  xml(name: string): Promise<XmlDocument>;
}

export async function openEpub(bytes: Uint8Array): Promise<EpubFiles> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  const read = async (name: string) => {
    const f = zip.file(name);
    if (!f) throw new Error(`missing ${name} in the EPUB (has ${names.join(', ')})`);
    return f.async('string');
  };
  return { zip, names, text: read, xml: async (name) => parseXml(await read(name), name) };
}

/** Strict XML parse: any well-formedness error throws, naming the file. */
export function parseXml(text: string, name: string): XmlDocument {
  const parser = new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== 'warning') throw new Error(`${name}: ${message}`);
    },
  });
  return parser.parseFromString(text, 'application/xml');
}

export function elements(root: XmlDocument | XmlElement, tag: string): XmlElement[] {
  return Array.from(root.getElementsByTagName(tag));
}

export function text(el: XmlElement | XmlDocument): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}
