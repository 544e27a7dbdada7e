// EPUB render stage: repacks the files epub-gen-memory assembled so the same document gives the same
// bytes — it stamps every entry with the build time and writes folder entries; we write mimetype first
// and stored, the other entries in a fixed order, one fixed date, no folder entries. The files are taken
// from its in-memory zip before it compresses anything: its own output (deflate level 9, then inflated
// again here) cost more than the rest of the EPUB writer on large dossiers.
import JSZip from 'jszip';

/** ZIP (DOS) dates cannot go before 1980; an earlier SOURCE_DATE_EPOCH is clamped for the entries only. */
const ZIP_EPOCH = Date.UTC(1980, 0, 1, 0, 0, 0);

export async function repackEpub(source: JSZip, modified: Date): Promise<Uint8Array> {
  const names = Object.keys(source.files).filter((n) => !source.files[n].dir && n !== 'mimetype').sort();
  const date = new Date(Math.max(ZIP_EPOCH, modified.getTime()));
  const out = new JSZip();
  out.file('mimetype', 'application/epub+zip', { compression: 'STORE', date, createFolders: false });
  for (const name of names) {
    out.file(name, await source.files[name].async('uint8array'), { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
