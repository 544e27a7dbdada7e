// EPUB render stage: repacks the files epub-gen-memory assembled so the same document gives the same
// bytes — it stamps every entry with the build time and writes folder entries; we write mimetype first
// and stored, the other entries in a fixed order, one fixed date, no folder entries. The files are taken
// from its in-memory zip before it compresses anything: its own output (deflate level 9, then inflated
// again here) cost more than the rest of the EPUB writer on large dossiers.
// Zipped by yazl, which deflates with node:zlib (on libuv's threads, in parallel) rather than with
// JSZip's pure-JS pako: ≈0.1 s of a seed build's CPU → a few ms. zlib's deflate is Node's build of it,
// so the bytes are the same for the same document, time and Node binary (another Node may compress
// differently; the files inside are the same).
import type JSZip from 'jszip';
import { ZipFile } from 'yazl';

/** ZIP (DOS) dates cannot go before 1980; an earlier SOURCE_DATE_EPOCH is clamped for the entries only. */
const ZIP_EPOCH = Date.UTC(1980, 0, 1, 0, 0, 0);

export async function repackEpub(source: JSZip, modified: Date): Promise<Uint8Array> {
  const names = Object.keys(source.files).filter((n) => !source.files[n].dir && n !== 'mimetype').sort();
  const mtime = dosStamp(new Date(Math.max(ZIP_EPOCH, modified.getTime())));
  const zip = new ZipFile();
  // No extra fields (forceDosTimestamp): mimetype's header must be the plain one readers look for at byte 30.
  zip.addBuffer(Buffer.from('application/epub+zip'), 'mimetype', { compress: false, mtime, forceDosTimestamp: true });
  for (const name of names) {
    zip.addBuffer(Buffer.from(await source.files[name].async('uint8array')), name, { compressionLevel: 6, mtime, forceDosTimestamp: true });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The Date whose local fields are `utc`'s UTC fields: yazl writes the DOS time (which has no zone) from
 * local fields, and the bytes must not depend on the machine's time zone, so the entries hold the build
 * time in UTC. In the hour a daylight-saving change skips, no local time has those fields and the
 * machine's zone writes one hour later.
 */
function dosStamp(utc: Date): Date {
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds());
}
