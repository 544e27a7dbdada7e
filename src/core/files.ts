// Core: opening and decoding the files a build reads. A file is opened without blocking and
// checked through its descriptor: a FIFO or device named *.md cannot hang the build, and a symlink
// swapped in between a check and the open cannot lead outside the content folder (the check is of
// what was opened, not of the name).
import { closeSync, constants, fstatSync, openSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { DossierError, type Diagnostic } from './diagnostics.js';
import { codePoint, FORBIDDEN_CHAR, FORBIDDEN_CHARS } from './xmlChars.js';


/**
 * Reads a regular file's bytes. With `root`, the file actually opened must lie inside `root` (a real
 * path): links within the folder are fine, links leading out are refused before a byte is read.
 */
export function readRegularFile(path: string, shown: string, root?: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (e) {
    throw new DossierError({ message: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, file: shown });
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      const kind = st.isDirectory() ? 'a folder' : st.isFIFO() ? 'a named pipe (FIFO)' : st.isSocket() ? 'a socket' : 'a device';
      throw new DossierError({ message: `not a regular file: it is ${kind}`, file: shown, hint: 'content files must be ordinary text files' });
    }
    if (root !== undefined) {
      const where = openedPath(fd, path, st);
      const rel = where === undefined ? '..' : relative(root, where);
      if (rel.startsWith('..') || isAbsolute(rel)) {
        throw new DossierError({ message: 'points outside the content folder (a link?); not read', file: shown, hint: 'copy the file into the content folder instead of linking to it' });
      }
    }
    return readFileSync(fd);
  } catch (e) {
    if (e instanceof DossierError) throw e;
    throw new DossierError({ message: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, file: shown });
  } finally {
    closeSync(fd);
  }
}

/** Where an open descriptor's file is: Linux says through /proc; elsewhere the name's real path, if it
 * still names the very file opened (same device and inode), else undefined (refused). */
function openedPath(fd: number, path: string, st: { dev: number; ino: number }): string | undefined {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    try {
      const real = realpathSync(path);
      const now = statSync(real);
      return now.dev === st.dev && now.ino === st.ino ? real : undefined;
    } catch {
      return undefined;
    }
  }
}

export interface DecodedText {
  text: string;
  /** Forbidden characters removed, with the first one's line, for a warning. */
  removed?: { count: number; line: number; first: string };
}

/**
 * Decodes a text file: UTF-8 (BOM dropped), or UTF-16 with a byte-order mark; line ends made "\n"
 * (CR-only files included); characters XML forbids removed. Binary or mis-encoded files are refused.
 */
export function decodeText(buf: Buffer, shown: string): DecodedText {
  let text: string;
  if (buf[0] === 0xff && buf[1] === 0xfe) text = new TextDecoder('utf-16le').decode(buf.subarray(2));
  else if (buf[0] === 0xfe && buf[1] === 0xff) text = new TextDecoder('utf-16be').decode(buf.subarray(2));
  else {
    const nul = buf.indexOf(0);
    if (nul >= 0) {
      if (looksUtf16(buf)) {
        throw new DossierError({ message: 'UTF-16 text without a byte-order mark', file: shown, hint: 're-save the file as UTF-8 (e.g. `iconv -f UTF-16LE -t UTF-8 FILE`)' });
      }
      throw new DossierError({ message: 'binary file (contains NUL bytes), not a text file', file: shown, hint: 'articles must be UTF-8 markdown' });
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    } catch {
      throw new DossierError({ message: 'not valid UTF-8 text', file: shown, line: firstBadUtf8Line(buf), hint: 're-save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)' });
    }
    text = text.replace(/^\uFEFF/, '');
  }
  if (text.includes('\0')) throw new DossierError({ message: 'binary file (contains NUL characters), not a text file', file: shown });
  text = text.replace(/\r\n?/g, '\n');
  const first = FORBIDDEN_CHAR.exec(text);
  if (!first) return { text };
  const count = text.match(FORBIDDEN_CHARS)?.length ?? 0;
  const line = text.slice(0, first.index).split('\n').length;
  return { text: text.replace(FORBIDDEN_CHARS, ''), removed: { count, line, first: codePoint(first[0]) } };
}

/** The warning for removed characters. */
export function removedWarning(file: string, removed: NonNullable<DecodedText['removed']>): Diagnostic {
  const n = removed.count;
  return {
    severity: 'warning', file, line: removed.line,
    message: `removed ${n} control character${n === 1 ? '' : 's'} (first ${removed.first}) that XHTML and PDF metadata cannot hold`,
  };
}


/** Text with a NUL in every other byte of its first kilobyte is UTF-16 that lost its byte-order mark. */
function looksUtf16(buf: Buffer): boolean {
  const head = buf.subarray(0, 1024);
  if (head.length < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) (i % 2 ? odd++ : even++);
  const half = head.length / 2;
  return even > 0.4 * half || odd > 0.4 * half;
}

function firstBadUtf8Line(buf: Buffer): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= buf.length; i++) {
    if (i === buf.length || buf[i] === 0x0a) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
