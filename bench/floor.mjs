// Benchmark helper: the floor the named libraries set, with none of dossier's own work — pdfkit loading
// and embedding five of the theme's faces over 20 pages, and epub-gen-memory packing a 7-chapter EPUB.
// Shows how much of part (a)'s time no change to dossier can remove.
// Usage: node bench/floor.mjs [--text]   (--text: 600 characters per face per page instead of one word)
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const t0 = performance.now();
const { default: PDFDocument } = await import('pdfkit');
const { EPub } = await import('epub-gen-memory');
const faces = [
  ...['400Regular/NotoSerif_400Regular.ttf', '400Regular_Italic/NotoSerif_400Regular_Italic.ttf', '700Bold/NotoSerif_700Bold.ttf'].map((f) => require.resolve(`@expo-google-fonts/noto-serif/${f}`)),
  ...['400Regular/NotoSans_400Regular.ttf', '700Bold/NotoSans_700Bold.ttf'].map((f) => require.resolve(`@expo-google-fonts/noto-sans/${f}`)),
];
const t1 = performance.now();

const sentence = 'The quick brown fox jumps over the lazy dog, officials said on Thursday. ';
const text = process.argv.includes('--text') ? sentence.repeat(9).slice(0, 600) : 'Officials';
const doc = new PDFDocument({ autoFirstPage: false });
const chunks = [];
doc.on('data', (c) => chunks.push(c));
const done = new Promise((resolve) => doc.on('end', resolve));
for (let p = 0; p < 20; p++) {
  doc.addPage();
  for (const face of faces) doc.font(face).fontSize(10).text(text);
}
doc.end();
await done;
const t2 = performance.now();

const chapters = Array.from({ length: 7 }, (_, i) => ({ title: `Chapter ${i + 1}`, content: `<p>${sentence.repeat(40)}</p>` }));
const epub = await new EPub({ title: 'Floor', author: 'bench', description: 'floor', verbose: false, version: 3 }, chapters).genEpub();
const t3 = performance.now();
const ms = (a, b) => `${(b - a).toFixed(0)} ms`;
console.log(`imports ${ms(t0, t1)}, PDF ${ms(t1, t2)} (${Buffer.concat(chunks).length} bytes), EPUB ${ms(t2, t3)} (${epub.length} bytes)`);
