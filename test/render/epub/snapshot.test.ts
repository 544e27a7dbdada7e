// EPUB writer: the XHTML of a chapter, the nav and the package as reviewable snapshots — a change in
// markup shows up as a diff in review (the other tests check meaning; these show the whole shape).
import { expect, it } from 'vitest';
import { buildSample, openEpub } from './helpers.js';

it('matches the reviewed XHTML of the summary chapter, the nav and the package document', async () => {
  const epub = await openEpub(await buildSample(3));
  for (const name of ['c01-sec-summary.xhtml', 'toc.xhtml', 'content.opf']) {
    await expect(await epub.text(`OEBPS/${name}`)).toMatchFileSnapshot(`./__snapshots__/${name}`);
  }
});
