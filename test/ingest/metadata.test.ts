// Front matter guessing on invented pages: title, outlet, date, author, languages, url.
import { describe, expect, it } from 'vitest';
import { ingest, page } from './helpers.js';

const BODY = [
  'The regional parliament in Valparaíso approved the water-rationing plan late on Tuesday, after a debate of eleven hours.',
  'Farmers in the valley said the cuts would cost them half of this year\'s harvest, and vowed to appeal the decision.',
  'The plan takes effect on 1 April and will be reviewed every three months, the environment minister told reporters.',
];

describe('title', () => {
  it('strips a site suffix and takes the outlet from it', () => {
    const r = ingest(page('Chile rations water as drought enters its tenth year | The Andes Courier', ...BODY));
    expect(r.meta.title).toBe('Chile rations water as drought enters its tenth year');
    expect(r.meta.outlet).toBe('The Andes Courier');
  });
  it('keeps a dash that is part of the headline', () => {
    const r = ingest(page('Andes Courier', 'Water cuts in Chile – what do they mean for farmers?', ...BODY));
    expect(r.meta.title).toBe('Water cuts in Chile – what do they mean for farmers?');
    expect(r.meta.outlet).toBe('Andes Courier');
  });
  it('strips a section run into the headline ("New York|…") and a "Site > News > 2015 >" trail', () => {
    expect(ingest(page('World|Chile rations water as drought enters its tenth year', ...BODY)).meta.title).toBe('Chile rations water as drought enters its tenth year');
    expect(ingest(page('Andes Courier > News > 2023 > Chile rations water as drought enters its tenth year', ...BODY)).meta.title).toBe('Chile rations water as drought enters its tenth year');
    // A bar with spaces around it is a site suffix, as before.
    expect(ingest(page('Chile rations water as drought enters its tenth year | The Andes Courier', ...BODY)).meta.outlet).toBe('The Andes Courier');
  });
  it('strips a breadcrumb trail in front of the only headline', () => {
    const r = ingest(page('Home World Chile rations water as drought enters its tenth year', ...BODY));
    expect(r.meta.title).toBe('Chile rations water as drought enters its tenth year');
  });
  it('asks for --title when the page starts with text, and takes the one given', () => {
    const lead = 'Chile will ration water from April. The regional parliament approved the plan late on Tuesday.';
    expect(() => ingest(page(lead, ...BODY), 'chile-water.txt')).toThrow(/chile-water\.txt: error: no title found[\s\S]*--title/);
    const r = ingest(page(lead, ...BODY), 'chile-water.txt', { title: 'Chile rations water' });
    expect(r.meta.title).toBe('Chile rations water');
    expect(r.blocks).toEqual([lead, ...BODY]);
  });
});

describe('outlet', () => {
  it('reads a "Source:" line, else a copyright footer, else a banner above the headline', () => {
    expect(ingest(page('Chile rations water as drought enters its tenth year', ...BODY, 'Source: Diario del Sur')).meta.outlet).toBe('Diario del Sur');
    expect(ingest(page('Chile rations water as drought enters its tenth year', ...BODY, '© 2023 The Andes Courier. All rights reserved.')).meta.outlet).toBe('The Andes Courier');
    expect(ingest(page('Andes Courier', 'Chile rations water as drought enters its tenth year', ...BODY)).meta.outlet).toBe('Andes Courier');
  });
});

describe('date', () => {
  it.each([
    ['2023-03-14T09:12:00Z', '2023-03-14'],
    ['14/03/2023', '2023-03-14'],
    ['03/14/2023', '2023-03-14'],
    ['Tuesday, 14 March 2023, 09:12', '2023-03-14'],
    ['Published: March 14, 2023 at 9:12 am', '2023-03-14'],
    ['Updated 14.03.2023 10:40', '2023-03-14'],
  ])('reads "%s" under the headline', (stamp, iso) => {
    expect(ingest(page('Chile rations water as drought enters its tenth year', stamp, ...BODY)).meta.date).toBe(iso);
  });
  it('prefers the article\'s own stamp to trending lists and to dates in the text', () => {
    const r = ingest(page('Chile rations water as drought enters its tenth year', 'Tuesday, 14 March 2023', ...BODY,
      'Most read', 'Politics 2025-06-02T10:00:00Z', 'Economy 2025-06-01T08:00:00Z'));
    expect(r.meta.date).toBe('2023-03-14');
    expect(r.body).not.toContain('2025');
  });
  it('does not take a date from the headline', () => {
    expect(ingest(page('Floods of 2 June 2024: the valley one year later', ...BODY)).meta.date).toBeUndefined();
  });
  it('does not take a date from the report itself', () => {
    const r = ingest(page('Chile rations water as drought enters its tenth year', 'The cuts were announced on 2 February 2023 by the minister, who spoke in Santiago.', ...BODY));
    expect(r.meta.date).toBeUndefined();
  });
});

describe('author, languages and url', () => {
  it('reads a byline and agency credits', () => {
    expect(ingest(page('Chile rations water as drought enters its tenth year', 'By María Fernández', ...BODY)).meta.author).toBe('María Fernández');
    expect(ingest(page('Chile rations water as drought enters its tenth year', ...BODY, 'EFE', 'Reuters')).meta.author).toBe('EFE, Reuters');
  });
  it('records the original language only when the page says it is a translation', () => {
    const translated = ingest(page('Chile rations water as drought enters its tenth year', ...BODY, 'This article was automatically translated from Spanish.'));
    expect(translated.meta.original_language).toBe('es');
    expect(translated.body).not.toContain('translated');
    expect(ingest(page('Chile rations water as drought enters its tenth year', ...BODY)).meta.original_language).toBeUndefined();
    // A sentence about a translated letter is report text, not evidence about the page.
    const letter = 'The letter, translated from German by the embassy, was read out in parliament on Wednesday.';
    const r = ingest(page('Chile rations water as drought enters its tenth year', ...BODY, letter, BODY[0]));
    expect(r.meta.original_language).toBeUndefined();
    expect(r.blocks).toContain(letter);
  });
  it('names the language of the text', () => {
    expect(ingest(page('Chile rations water', ...BODY)).meta.language).toBe('en');
    const de = ['Das Parlament in Valparaíso hat den Plan zur Rationierung von Wasser am Dienstag nach einer langen Debatte angenommen.',
      'Die Bauern in dem Tal sagten, dass die Kürzungen sie die Hälfte der Ernte kosten würden, und das ist nicht hinnehmbar.'];
    expect(ingest(page('Chile rationiert das Wasser', ...de)).meta.language).toBe('de');
  });
  it('names the language of a page in a non-Latin script from its letters', () => {
    const text = (title: string, ...paras: string[]) => ingest(page(title, ...paras)).meta.language;
    expect(text('旧煤港明年关闭', '市议会星期四投票决定明年年底关闭旧煤港，辩论持续了大半夜。', '码头工人在议会大楼外抗议，称约有六百个工作岗位将会消失。')).toBe('zh');
    expect(text('古い石炭港が来年閉鎖', '市議会は木曜日、古い石炭港を来年末に閉鎖することを決めた。議論は夜遅くまで続いた。', '港湾労働者たちは議会の前で抗議し、約六百人の雇用が失われると述べた。')).toBe('ja');
    expect(text('오래된 석탄항 내년 폐쇄', '시의회는 목요일 오래된 석탄항을 내년 말에 폐쇄하기로 결정했다. 토론은 밤늦게까지 계속됐다.', '항만 노동자들은 의회 건물 앞에서 약 600개의 일자리가 사라질 것이라며 항의했다.')).toBe('ko');
    expect(text('ท่าเรือถ่านหินเก่าจะปิดปีหน้า', 'สภาเมืองลงมติเมื่อวันพฤหัสบดีให้ปิดท่าเรือถ่านหินเก่าภายในสิ้นปีหน้าหลังการอภิปรายที่ยาวนาน', 'คนงานท่าเรือประท้วงหน้าอาคารสภาโดยกล่าวว่างานประมาณหกร้อยตำแหน่งจะหายไป')).toBe('th');
    expect(text('إغلاق ميناء الفحم القديم العام المقبل', 'صوت مجلس المدينة يوم الخميس على إغلاق ميناء الفحم القديم بحلول نهاية العام المقبل بعد نقاش طويل.', 'واحتج عمال الميناء أمام مبنى المجلس قائلين إن نحو ستمائة وظيفة ستختفي.')).toBe('ar');
    expect(text('Старый угольный порт закроют', 'Городской совет в четверг проголосовал за закрытие старого угольного порта к концу следующего года.', 'Портовые рабочие протестовали у здания совета, заявив, что исчезнут около шестисот рабочих мест.')).toBe('ru');
  });
  it('reads the page address from a lone URL line outside the report', () => {
    const r = ingest(page('Chile rations water as drought enters its tenth year', ...BODY, 'https://andes-courier.example/chile/water-cuts'));
    expect(r.meta.url).toBe('https://andes-courier.example/chile/water-cuts');
    expect(r.body).not.toContain('https://');
  });
});
