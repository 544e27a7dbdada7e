// Pasted text: menus without bullets, interface text never a headline, and furniture words in the page's own language.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/content/ingest/dates.js';
import { detectLanguage } from '../../src/content/ingest/language.js';
import { ingest, page } from './helpers.js';

const TITLE = 'Floods: Bavaria declares disaster after the Danube bursts its banks';
const P = [
  'The state government in Munich declared a disaster on Thursday after the Danube burst its banks near Regensburg.',
  'Rescue teams evacuated 1,200 residents overnight, a spokesman for the fire brigade said.',
  'Firefighters worked through the night to reinforce dams along the river, officials said on Friday.',
];

describe('a menu without bullets', () => {
  it('three or more lines of one to three words are navigation, in the head and between paragraphs', () => {
    const r = ingest(page('World', 'Politics', 'Business', 'Health & Science', TITLE, P[0], 'Live blog', 'Video', 'Most shared stories', 'Weather map', P[1], P[2]));
    expect(r.blocks).toEqual(P);
    for (const l of ['World', 'Politics', 'Health & Science', 'Video', 'Most shared stories', 'Weather map']) expect(r.reasonOf(l), l).toBe('navigation');
    expect(r.meta.title).toBe(TITLE);
  });
  it('keeps one or two short lines (a subheading), and short lines holding numbers (a fact box)', () => {
    const r = ingest(page(TITLE, P[0], 'Dams under strain', P[1], 'Evacuated: 1,200', 'Dead: 2', 'Missing: 5', P[2]));
    expect(r.kept).toContainEqual(expect.objectContaining({ text: 'Dams under strain', as: 'heading' }));
    expect(r.blocks).toEqual(expect.arrayContaining(['Evacuated: 1,200', 'Dead: 2', 'Missing: 5']));
  });
});

describe('interface text is never the headline', () => {
  it.each([['Skip to content'], ['Sign In'], ['Share article'], ['News'], ['Menu'], ['Aller au contenu'], ['Zum Inhalt springen'], ['Iniciar sesión'], ['Přihlásit se'], ['Войти']])(
    '%s above the headline', (ui) => {
      const r = ingest(page(ui, TITLE, ...P));
      expect(r.meta.title).toBe(TITLE);
      expect(r.body).not.toContain(ui);
    });
  it('with only interface text above the report, ingest asks for --title rather than choosing it', () => {
    expect(() => ingest(page('Skip to content', 'Sign In', ...P))).toThrow(/no title found[\s\S]*--title/);
    expect(ingest(page('Skip to content', 'Sign In', ...P), 'page.txt', { title: 'Bavaria floods' }).meta.title).toBe('Bavaria floods');
  });
});

describe('furniture words of the page\'s language', () => {
  const pages: Record<string, { title: string; body: string[]; furniture: string[]; stamp: [string, string] }> = {
    fr: {
      title: 'Inondations : la Bavière déclare l\'état de catastrophe',
      body: ['Le gouvernement régional a déclaré l\'état de catastrophe jeudi après la crue du Danube près de Ratisbonne.',
        'Les secours ont évacué 1 200 habitants pendant la nuit, a indiqué un porte-parole des pompiers.',
        'Les pompiers ont travaillé toute la nuit pour renforcer les digues le long du fleuve, selon les autorités.'],
      furniture: ['Partager', 'Lire aussi : Les digues sous pression', 'Publicité', 'Abonnez-vous', 'Commentaires'],
      stamp: ['Publié le 14 mars 2030 à 10h12', '2030-03-14'],
    },
    de: {
      title: 'Hochwasser: Bayern ruft den Katastrophenfall aus',
      body: ['Die Staatsregierung in München hat am Donnerstag den Katastrophenfall ausgerufen, nachdem die Donau bei Regensburg über die Ufer getreten ist.',
        'Die Rettungskräfte haben in der Nacht 1200 Bewohner in Sicherheit gebracht, sagte ein Sprecher der Feuerwehr.',
        'Die Feuerwehr hat die ganze Nacht die Dämme an dem Fluss verstärkt, und das Wasser ist nicht weiter gestiegen.'],
      furniture: ['Teilen', 'Lesen Sie auch: Dämme unter Druck', 'Anzeige', 'Jetzt abonnieren', 'Kommentare'],
      stamp: ['Veröffentlicht am 14. März 2030, 10:12 Uhr', '2030-03-14'],
    },
    es: {
      title: 'Inundaciones: Baviera declara la catástrofe tras la crecida del Danubio',
      body: ['El gobierno regional declaró el estado de catástrofe el jueves después de que el Danubio se desbordara cerca de Ratisbona.',
        'Los equipos de rescate evacuaron a 1.200 vecinos durante la noche, según un portavoz de los bomberos.',
        'Los bomberos trabajaron toda la noche para reforzar los diques a lo largo del río, dijeron las autoridades.'],
      furniture: ['Compartir', 'Lee también: Los diques, bajo presión', 'Publicidad', 'Suscríbete', 'Comentarios'],
      stamp: ['Publicado el 14 de marzo de 2030 a las 10:12', '2030-03-14'],
    },
    cs: {
      title: 'Povodně: Bavorsko vyhlásilo stav katastrofy',
      body: ['Bavorská vláda ve čtvrtek vyhlásila stav katastrofy poté, co se Dunaj u Řezna vylil z břehů, uvedla agentura.',
        'Záchranáři podle mluvčího hasičů během noci evakuovali 1200 obyvatel, kteří jsou nyní ve školách.',
        'Hasiči také celou noc zpevňovali hráze na řece, což jsou podle úřadů práce, které budou pokračovat.'],
      furniture: ['Sdílet', 'Čtěte také: Hráze pod tlakem', 'Reklama', 'Předplatné', 'Diskuse'],
      stamp: ['Aktualizováno 14. března 2030 10:12', '2030-03-14'],
    },
    ru: {
      title: 'Наводнение: Бавария объявила режим стихийного бедствия',
      body: ['Правительство Баварии в четверг объявило режим стихийного бедствия после того, как Дунай вышел из берегов.',
        'По словам представителя пожарной службы, спасатели за ночь эвакуировали 1200 жителей, и это не конец.',
        'Пожарные всю ночь укрепляли дамбы на реке, и, как сообщили власти, вода больше не поднимается.'],
      furniture: ['Поделиться', 'Читайте также: Дамбы под угрозой', 'Реклама', 'Подписаться', 'Комментарии'],
      stamp: ['Опубликовано 14 марта 2030 10:12', '2030-03-14'],
    },
  };

  it.each(Object.keys(pages))('%s: the language is detected, and its buttons, labels, adverts and stamp are removed', (lang) => {
    const p = pages[lang];
    const r = ingest(page(p.title, p.stamp[0], p.furniture[0], p.body[0], p.furniture[1], p.furniture[2], p.body[1], p.body[2], p.furniture[3], p.furniture[4]));
    expect(r.meta.language).toBe(lang);
    expect(r.meta.title).toBe(p.title);
    expect(r.meta.date).toBe(p.stamp[1]);
    expect(r.blocks).toEqual(p.body);
    for (const f of [...p.furniture, p.stamp[0]]) expect(r.reasonOf(f), f).toBeDefined();
  });

  it('a furniture word of another language is not looked for: "Reklama" is a Czech advert label, not furniture in English text', () => {
    const r = ingest(page(TITLE, P[0], 'Reklama', P[1], P[2]));
    expect(r.reasonOf('Reklama')).toBeUndefined();
  });

  it('detects Czech and Russian', () => {
    expect(detectLanguage(pages.cs.body.join(' '))).toBe('cs');
    expect(detectLanguage(pages.ru.body.join(' '))).toBe('ru');
  });

  it('reads dates written with month names in each language', () => {
    expect(['12 juin 2031', '12. Juni 2031', '12 de junio de 2031', '12. června 2031', '12 июня 2031 г.'].map((t) => findDates(t).map((d) => d.iso)))
      .toEqual(Array(5).fill(['2031-06-12']));
  });
});

describe('what a text rendering of a whole page lets through', () => {
  const consent = 'By clicking “accept” below, you grant your consent to our partners to process personal data about your use of our site.';
  const news = 'The regulator said the company had collected personal data without consent and fined it 12 million euros on Tuesday.';
  it('removes lines of bare tags, browser notices and consent banners, and never joins a tag line to the headline', () => {
    const pixel = '<img src="//stats.example/p.gif?id=1&amp;r=2" alt="" width="1" height="1" /><img src="//b.example/p?c=2">';
    const r = ingest(page(pixel, 'IE 11 is not supported. For an optimal experience visit our site on another browser.',
      'For full functionality, it is necessary to enable JavaScript.', consent, TITLE, news, ...P));
    expect(r.meta.title).toBe(TITLE);
    expect(r.blocks).toEqual([news, ...P]);
    expect(r.reasonOf(pixel)).toBe('markup');
    expect(r.reasonOf(consent)).toBe('cookie notice');
  });
  it('a long bulleted list of links does not start the report', () => {
    const editions = '• Change edition: América Latina (español) Argentina (español) Australia (English) Brasil (português) Canada (English) Canada (français) Deutschland (Deutsch) España (español)';
    const r = ingest(page(editions, TITLE, ...P));
    expect(r.meta.title).toBe(TITLE);
    expect(r.blocks).toEqual(P);
  });
});

describe('a whole page pasted: the report is the cluster of running prose, its headline shortly above it', () => {
  const BODY = [
    'The city council voted on Thursday to close the old coal port by the end of next year, after a debate that lasted most of the night.',
    'Dock workers protested outside the council building, saying some 600 jobs would be lost without any plan to retrain them.',
    'The council leader said the port had lost money for nine years and that the land would be used for housing and a new park.',
    'The dock workers\' union said it would challenge the decision in court and call a strike if talks were not resumed soon.',
  ];
  const HEADLINE = 'Council votes to close the coal port next year';
  // Promotions above the report: each a heading and one sentence, as a site's header shows them.
  const PROMOS = ['Health concern on your mind?', 'See what your symptoms could mean, and learn about possible conditions from our experts.',
    'Newsletters', 'Sign up to receive our award-winning reporting delivered to your inbox every single morning.',
    'Our app', 'Track the weather, the traffic and the news of your town with our free app for phones and tablets.'];
  it('takes the headline above the report, not the first long line of the page, and leaves the promotions out', () => {
    const menu = ['World', 'Politics', 'Business', 'Science', 'Sport', 'Culture', 'Travel'];
    const r = ingest(page('Valley Post', 'Sign In', ...PROMOS, ...menu, HEADLINE, 'By Ana Ruiz', 'Updated 14 March 2023', ...BODY));
    expect(r.meta.title).toBe(HEADLINE);
    expect(r.blocks).toEqual(BODY);
  });
  it('"There are 13 comments", "4 Responses": the head of a comment section', () => {
    const r = ingest(page(HEADLINE, ...BODY, 'There are 13 comments', 'Reader · March 10, 2023 at 8:40 PM', 'Reply'));
    expect(r.blocks).toEqual(BODY);
    expect(r.reasonOf('There are 13 comments')).toBe('comment prompt');
    expect(ingest(page(HEADLINE, ...BODY, '4 Responses')).reasonOf('4 Responses')).toBe('comment prompt');
  });
  it('a long cookie banner starting "We use cookies" goes, however many words it runs to', () => {
    const banner = 'We use cookies and similar technologies to improve your browsing experience, personalize content and offers, show targeted ads, analyze traffic, and better understand you. ' +
      'We may share your information with third-party partners for marketing purposes. To learn more and make choices about data use, visit our advertising policy and the privacy policy. ' +
      'By clicking the button below, you agree to the use of these technologies and to the processing of your personal data by us and by our partners for the purposes described, ' +
      'including cross-device tracking, measurement of the performance of advertising and content, and the development and improvement of the products we offer to our readers.';
    const r = ingest(page(HEADLINE, BODY[0], BODY[1], banner, BODY[2], BODY[3]));
    expect(r.blocks).toEqual(BODY);
    expect(r.reasonOf(banner)).toBe('cookie notice');
  });
  it('the headline, not the longer dek of two sentences under it; "Supported by" is not joined to it', () => {
    const dek = 'Old docks lose money every year. The city wants the land for housing and a park by the river';
    const r = ingest(page('Supported by', HEADLINE, dek, 'By Ana Ruiz', ...BODY));
    expect(r.meta.title).toBe(HEADLINE);
    expect(r.reasonOf('Supported by')).toBe('advert');
  });
});

describe('the head of a pasted page (seen on invented multi-outlet events)', () => {
  it('a row of links ending in a word that cannot end a sentence ("Subscribe | Log in") is not joined to the headline under it', () => {
    const r = ingest(page('The Valley Times', 'Subscribe | Log in', TITLE, ...P));
    expect(r.meta.title).toBe(TITLE);
    expect(r.reasonOf('Subscribe | Log in')).toBeDefined();
    expect(r.reasonOf(TITLE)).toBe('title (moved to front matter)');
  });
  it('a banner with a section link ("Site Name | Latest") is neither the headline nor, whole, the outlet', () => {
    const r = ingest(page('River News Online | Latest', 'Menu', 'Search', TITLE, 'March 14, 2030 4:52 pm', ...P));
    expect(r.meta.title).toBe(TITLE);
    expect(r.meta.outlet).toBe('River News Online');
    expect(r.blocks).toEqual(P);
  });
  it('a banner naming an edition gives the outlet without it, even when the whole line is long', () => {
    expect(ingest(page('Il Corriere delle Valli — English edition', TITLE, ...P)).meta.outlet).toBe('Il Corriere delle Valli');
  });
  it('"Email this article" under the share buttons is furniture, not a subheading', () => {
    const r = ingest(page(TITLE, 'Share on Facebook', 'Share on Twitter', 'Email this article', ...P));
    expect(r.blocks).toEqual(P);
  });
});

describe('a byline that names the publication', () => {
  it('"By Ana Ruiz, Valley Gazette" gives the author and, when the page names no other, the outlet', () => {
    const r = ingest(page(TITLE, 'By Ana Ruiz, Valley Gazette', ...P));
    expect(r.meta.author).toBe('Ana Ruiz');
    expect(r.meta.outlet).toBe('Valley Gazette');
  });
  it('"By Ana Ruiz, Jon Pell": two authors, no outlet', () => {
    const r = ingest(page(TITLE, 'By Ana Ruiz, Jon Pell', ...P));
    expect(r.meta.author).toBe('Ana Ruiz, Jon Pell');
    expect(r.meta.outlet).toBeUndefined();
  });
});

describe('bylines with a job or a kind of piece', () => {
  it('"By Tom Brisk, Political Editor" gives the name; "Analysis by Petra Holm" is a byline, not report text', () => {
    expect(ingest(page(TITLE, 'By Tom Brisk, Political Editor', ...P)).meta.author).toBe('Tom Brisk');
    const r = ingest(page(TITLE, 'June 10, 2030', 'Analysis by Petra Holm', ...P));
    expect(r.blocks).toEqual(P);
    expect(r.meta.author).toBe('Petra Holm');
  });
});
