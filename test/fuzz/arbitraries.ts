// Fuzz tests: fast-check arbitraries for adversarial article text, markdown structure and front matter.
// Samples cover every script family a news corpus may carry, plus the Unicode that breaks layout code.
import fc from 'fast-check';

/** Text in many scripts and troublesome Unicode; each key names what it exercises. */
export const SCRIPT_SAMPLES: Record<string, string> = {
  latin: 'Zürich, Ærøskøbing, Łódź, São Paulo, façade naïve coöperate',
  cyrillic: 'Жители Новоградска эвакуированы; Київ, Беларусь, Ёлкино',
  greek: 'Θεσσαλονίκη: τουλάχιστον 12 νεκροί',
  hebrew: 'ירושלים: לפחות 40 הרוגים, אמר הדובר',
  arabic: 'قال المتحدث إن ١٢٣٬٤٥٦ شخصا نزحوا من القاهرة',
  persian: 'تهران ۱۲۳ نفر',
  devanagari: 'नई दिल्ली में कम से कम १२ लोग मारे गए',
  bengali: 'ঢাকায় বন্যা',
  tamil: 'சென்னை வெள்ளம்',
  thai: 'กรุงเทพมหานครน้ำท่วมหนัก',
  chinese: '北京地震造成至少１２３人死亡，当局表示',
  japanese: '東京で地震、少なくとも三十人が負傷 ひらがな カタカナ',
  korean: '서울특별시 지진 사망자 최소 12명',
  georgian: 'თბილისი წყალდიდობა',
  armenian: 'Երևան երկրաշարժ',
  ethiopic: 'አዲስ አበባ ጎርፍ',
  emoji: 'Flood 🌊 rescuers 👩🏽‍🚒 flag 🇺🇦 keycap 1️⃣ heart ❤️‍🔥 family 👨‍👩‍👧‍👦',
  zeroWidth: 'Ze\u200bro\u200cwi\u200ddth\u2060 joi\ufeffners',
  combining: 'Z̴̡̛̙a̷̘͝l̶̰̈g̸̙̓o̵͍͗ cafe\u0301 man\u0303ana A\u030a e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301',
  bidiControls: '\u202eevil override\u202c \u2067isolate\u2069 \u200fRLM\u200e LRM',
  mathAlphanumerics: '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚𝟛 𝐁𝐨𝐥𝐝',
  controls: 'bell\u0007 escape\u001b[31m vtab\u000b formfeed\u000c del\u007f',
  nonCharacters: 'private\ue000use \ufffe\uffff nonchars \ufffd replacement',
  longWord: 'x'.repeat(3000),
  spaces: 'nbsp\u00a0thin\u2009narrow\u202fideographic\u3000em\u2003end',
};

/** Numbers written in ways a figure extractor may not expect. */
export const ODD_NUMBERS = [
  '1,234,567.89', '1.234.567,89', '1 234 567', '1\u202f234', '١٢٣٤', '۱۲۳', '१२३', '１２３', '½', '¾ of', '1e308', '1e309', '-0',
  'NaN', 'Infinity', '0x1F', '99999999999999999999999999', '12th', '3–4 million', '10^6', '1,2,3', '$-5', '€1.5bn', '£3,5m',
  '50%', '5‰', '.5', '5.', '1,,000', '1..2', '2022-01-10', '10:30', '+7 (727) 123-45-67', 'MMXXII', '~100', '≈100', '>1000',
  '1 000 000 000 000 000 000', '0', '000', '007', 'between 100 and 50', 'from 5 to 5 million', '1.5 million', 'a million billion',
  'twenty-one', 'two dozen', 'hundreds', 'tens of thousands', '3-4', '4/5', '1/0', '2.5.3', '٣٫٥', '1,000,000,000,000,000,000,000',
];

const PHRASES = [
  'at least {n} people died', 'more than {n} were injured', 'nearly {n} homes', 'the ministry said {n}', '{n} ({n}) protesters',
  'police detained {n} people, up from {n}', 'between {n} and {n} troops', '{n} per cent', 'up to {n} dollars',
];

const sample = fc.constantFrom(...Object.values(SCRIPT_SAMPLES));
const phrase = fc.tuple(fc.constantFrom(...PHRASES), fc.array(fc.constantFrom(...ODD_NUMBERS), { minLength: 2, maxLength: 2 }))
  .map(([p, [a, b]]) => p.replace('{n}', a).replace('{n}', b));
const name = fc.constantFrom('President Ivan Petrov', 'Mohammed al-Rashid', 'Muhammad Al Rasheed', 'the UN', 'United Nations (UN)', 'Dr. Smith-Jones', 'O’Brien', 'Ms. 李明', 'Prime Minister');

/** One sentence-ish run of text mixing scripts, odd numbers, names and random Unicode. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: sample },
  { weight: 3, arbitrary: phrase },
  { weight: 2, arbitrary: name.map((n) => `${n} said: “${n} was ${n}”.`) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('*', '_', '`', '[', ']', '(', ')', '<', '>', '|', '#', '\\', '!', '~', '&', ';', '"', "'", ' ', '\n'), maxLength: 30 }) },
);

export const sentenceText = fc.array(fragment, { minLength: 1, maxLength: 6 }).map((xs) => xs.join(' '));

function nestedList(depth: number, ordered: boolean, text: string): string {
  const lines: string[] = [];
  for (let i = 0; i < depth; i++) lines.push(`${'  '.repeat(i)}${ordered ? `${i + 1}.` : '-'} ${text} ${i}`);
  return lines.join('\n');
}

function raggedTable(rows: number[], text: string): string {
  const header = `| ${text} | b | c |`;
  return [header, '|---|:-:|--:|', ...rows.map((n) => `|${Array.from({ length: n }, (_, i) => ` ${i}${text.slice(0, 8)} `).join('|')}|`)].join('\n');
}

/** A markdown block: paragraph, heading, nested list, ragged table, quote, code, HTML or links. */
export const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: sentenceText },
  { weight: 1, arbitrary: sentenceText.map((t) => `${'#'.repeat(1 + (t.length % 6))} ${t.replace(/\n/g, ' ')}`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 40 }), fc.boolean(), sentenceText).map(([d, o, t]) => nestedList(d, o, t.replace(/\n/g, ' '))) },
  { weight: 1, arbitrary: fc.tuple(fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 6 }), sentenceText).map(([r, t]) => raggedTable(r, t.replace(/[\n|]/g, ' '))) },
  { weight: 1, arbitrary: sentenceText.map((t) => t.split('\n').map((l) => `> > ${l}`).join('\n')) },
  { weight: 1, arbitrary: sentenceText.map((t) => `\`\`\`${t.length % 2 ? 'js' : ''}\n${t}\n${t.length % 3 ? '```' : ''}`) },
  { weight: 1, arbitrary: sentenceText.map((t) => `<div onclick="x()"><script>alert(1)</script>${t}<img src="http://example.invalid/x.png"></div>`) },
  { weight: 1, arbitrary: sentenceText.map((t) => `[${t}](javascript:alert(1)) ![img](http://example.invalid/a.png "t") [ref][r]\n\n[r]: ../../../etc/passwd`) },
);

export const body = fc.array(block, { minLength: 0, maxLength: 12 }).map((bs) => bs.join('\n\n'));

/** Raw front matter YAML: valid, odd-but-valid and broken variants of the allowed keys (the alias bomb,
 * a known bug, is kept apart in adversarial.test.ts so the search can find others). */
export const frontMatterYaml: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(sentenceText, fc.constantFrom('2022-01-10', '2022-13-45', '2022-1-1', '10/01/2022', '2022-01-10T12:00:00Z', '', '0000-00-00'))
    .map(([t, d]) => `title: ${JSON.stringify(t)}\noutlet: Some Outlet\ndate: ${d}`),
  fc.constantFrom(
    'title: 12345',
    'title: [a, b]',
    'title: ~',
    'title: ""',
    'title: yes\ndate: no',
    'title: "a"\ntitle: "b"',
    'title: x\nunknown_key: 1',
    'title: &a x\noutlet: *a',
    'title: !!binary aGVsbG8=',
    'title: !!js/function "function(){}"',
    'title: |\n  multi\n  line\ndate: 2022-01-10',
    'title: a: b: c',
    '\ttitle: tab',
    '- a\n- b',
    'just a string',
    'title: x\n  bad indent: y',
    '{title: flow, outlet: "o"}',
    'title: "unterminated',
    `title: ${'a'.repeat(20000)}`,
    'title: x\ndate: 2022-02-30',
    '? [complex, key]\n: value\ntitle: x',
    'title: x\n<<: {outlet: merged}',
    'title: x\n---\ntitle: second document',
  ),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
);

/** A whole article file: maybe front matter (sometimes unclosed), CRLF or BOM, then a body. */
export const articleFile: fc.Arbitrary<string> = fc.tuple(
  fc.oneof({ weight: 4, arbitrary: fc.tuple(fc.constant('t'), sentenceText) }, { weight: 2, arbitrary: fc.tuple(fc.constant('y'), frontMatterYaml) }, { weight: 1, arbitrary: fc.tuple(fc.constant('n'), fc.constant('')) }),
  body,
  fc.constantFrom('\n', '\r\n'),
  fc.boolean(),
  fc.boolean(),
).map(([[kind, fm], b, eol, bom, closed]) => {
  const head = kind === 't' ? `---\ntitle: ${JSON.stringify(fm)}\noutlet: Fuzz\ndate: 2022-01-10\n---\n`
    : kind === 'y' ? `---\n${fm}\n${closed ? '---\n' : ''}` : '';
  return `${bom ? '\ufeff' : ''}${(head + b).replace(/\n/g, eol)}`;
});

/** Long text without a single space, the way Chinese, Japanese and Thai are written (and one huge
 * 'word'): found text running off the PDF page and out of the file. */
export function unbrokenScript(kind: 'chinese' | 'japanese' | 'thai' | 'word', chars: number): string {
  const unit = kind === 'chinese' ? '北京地震造成至少一百二十三人死亡，当局表示救援工作仍在进行中。'
    : kind === 'japanese' ? '東京で地震があり、少なくとも三十人が負傷したと当局が発表しました。'
      : kind === 'thai' ? 'กรุงเทพมหานครน้ำท่วมหนักประชาชนอพยพออกจากบ้าน' : 'x';
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** Characters XML 1.0 forbids, and the ways text can carry them: raw, as a numeric entity, in HTML.
 * Found FATAL RSC-016 in the EPUB and malformed XMP in the PDF. */
export const FORBIDDEN_CODES = [...Array.from({ length: 31 }, (_, i) => i + 1).filter((c) => c !== 9 && c !== 10 && c !== 13), 0xfffe, 0xffff];
export const controlText: fc.Arbitrary<string> = fc.array(fc.tuple(fc.constantFrom(...FORBIDDEN_CODES), fc.constantFrom('raw', 'dec', 'hex', 'html'), fc.constantFrom('word', '12 people', '')), { minLength: 1, maxLength: 8 })
  .map((xs) => xs.map(([c, how, w]) => {
    const ch = how === 'raw' ? String.fromCodePoint(c) : how === 'dec' ? `&#${c};` : how === 'hex' ? `&#x${c.toString(16)};` : `<b>&#${c};</b>`;
    return `${w}${ch}${w}`;
  }).join(' '));

/** Markdown nested `depth` levels deep, of each kind that overflowed marked's stack or heap. */
export function deepNesting(kind: 'quote' | 'spacedQuote' | 'list' | 'emphasis' | 'brackets', depth: number): string {
  switch (kind) {
    case 'quote': return `${'>'.repeat(depth)} deep quote of 5 people`;
    case 'spacedQuote': return `${'> '.repeat(depth)}deep quote`;
    case 'list': return Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    case 'emphasis': return `${'*'.repeat(depth)}x${'*'.repeat(depth)}`;
    case 'brackets': return `${'['.repeat(depth)}x${'](http://example.com)'.repeat(depth)}`;
  }
}

/** What a content file's name may turn out to be on disk: found FIFOs that blocked forever and settings
 * read through a link to outside the folder. */
export type FileKind = 'file' | 'fifo' | 'linkOutside' | 'linkInside' | 'dangling' | 'folder';
export const FILE_KINDS: FileKind[] = ['file', 'fifo', 'linkOutside', 'linkInside', 'dangling', 'folder'];
export const fileLayout = fc.record({
  settings: fc.constantFrom<FileKind | 'absent'>('absent', ...FILE_KINDS),
  curated: fc.constantFrom<FileKind | 'absent'>('absent', ...FILE_KINDS),
  article: fc.constantFrom(...FILE_KINDS),
  lockFile: fc.boolean(),
});
