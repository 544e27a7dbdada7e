// Ingest stage: the words of web furniture in each language a page may be in — buttons, labels and
// interface text whose whole line is furniture. The list of the page's detected language is used
// (with English, which sites of every language carry), so a word that is furniture in one language
// is never looked for in a page written in another.

export interface Phrases {
  /** Share buttons. */
  share: string[];
  /** The heading of a comment section: what follows it is readers' comments. */
  comments: string[];
  /** Labels of a link or link list ("Read also", "Related"). */
  readMore: string[];
  /** Newsletter, subscription and follow prompts. */
  subscribe: string[];
  /** Advert labels. */
  advert: string[];
  /** Labels of navigation and teaser lists ("Most read", "Latest news"). */
  navigation: string[];
  /** Interface text: never a headline ("Skip to content", "Sign in", "News"). */
  interface: string[];
  /** Single words of a publication stamp ("Publié", "le", "juin", "à"): a line of only these and numbers is a stamp. */
  stamp: string[];
}

export const PHRASES: Record<string, Phrases> = {
  en: {
    share: ['share', 'share this', 'share article', 'share this article', 'share on facebook', 'share on twitter', 'tweet', 'email', 'print', 'copy link',
      'email this article', 'email this story', 'email this page', 'e-mail this article', 'print this article', 'print this page', 'share this story'],
    comments: ['comments', 'comment', 'show comments', 'view comments', 'join the conversation', 'join the discussion'],
    readMore: ['read more', 'read also', 'see also', 'related', 'related articles', 'related stories', 'more on this story', 'recommended'],
    subscribe: ['subscribe', 'sign up', 'newsletter', 'follow us', 'get the newsletter'],
    advert: ['advertisement', 'advert', 'sponsored', 'ad', 'skip ad', 'supported by', 'sponsored by', 'presented by'],
    navigation: ['most read', 'most popular', 'latest news', 'top stories', 'trending', 'more stories', 'you may also like', 'menu', 'search'],
    interface: ['skip to content', 'skip to main content', 'jump to content', 'sign in', 'log in', 'login', 'log out', 'register', 'my account', 'share article',
      'news', 'home', 'menu', 'search', 'close', 'open', 'back', 'next', 'previous', 'more', 'live', 'video', 'videos', 'photos', 'opinion', 'world',
      'breaking news', 'subscribe', 'newsletter', 'accept', 'cookie settings', 'advertisement', 'loading', 'toggle navigation', 'main menu', 'latest'],
    stamp: ['published', 'updated', 'posted', 'last', 'modified', 'on', 'at'],
  },
  fr: {
    share: ['partager', 'partager sur facebook', 'partager sur twitter', 'partager cet article', 'envoyer par e-mail', 'imprimer', 'copier le lien'],
    comments: ['commentaires', 'commentaire', 'réagir', 'réactions', 'voir les commentaires', 'laisser un commentaire'],
    readMore: ['lire aussi', 'à lire aussi', 'a lire aussi', 'lire la suite', 'voir aussi', 'sur le même sujet', 'à voir aussi', 'articles liés', 'les plus lus'],
    subscribe: ['abonnez-vous', "s'abonner", 'je m’abonne', "je m'abonne", 'newsletter', 'inscrivez-vous', 'suivez-nous'],
    advert: ['publicité', 'contenu sponsorisé', 'sponsorisé'],
    navigation: ['les plus lus', 'les plus partagés', 'à la une', 'dernières actualités', 'dernières infos', 'en continu', 'menu', 'rechercher', 'recherche'],
    interface: ['aller au contenu', 'aller au contenu principal', 'passer au contenu', 'se connecter', 'connexion', 'mon compte', "s'inscrire", 'accueil', 'actualités',
      'actualité', 'fermer', 'rechercher', 'menu', 'suivant', 'précédent', 'en direct', 'vidéo', 'vidéos', 'partager', 'partager l’article', "partager l'article"],
    stamp: ['publié', 'mis', 'jour', 'modifié', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
      'septembre', 'octobre', 'novembre', 'décembre', 'à', 'le', 'h'],
  },
  de: {
    share: ['teilen', 'artikel teilen', 'auf facebook teilen', 'twittern', 'per e-mail', 'drucken', 'link kopieren'],
    comments: ['kommentare', 'kommentar', 'kommentieren', 'leserkommentare', 'diskutieren sie mit', 'zur diskussion'],
    readMore: ['lesen sie auch', 'auch interessant', 'mehr zum thema', 'weiterlesen', 'mehr lesen', 'siehe auch', 'das könnte sie auch interessieren', 'verwandte artikel'],
    subscribe: ['abonnieren', 'jetzt abonnieren', 'newsletter', 'folgen sie uns', 'jetzt anmelden', 'abo'],
    advert: ['anzeige', 'werbung', 'gesponsert'],
    navigation: ['meistgelesen', 'meistgelesene artikel', 'am meisten gelesen', 'neueste artikel', 'top-themen', 'aktuell', 'menü', 'suche'],
    interface: ['zum inhalt springen', 'zum hauptinhalt', 'direkt zum inhalt', 'anmelden', 'einloggen', 'abmelden', 'registrieren', 'mein konto', 'startseite',
      'nachrichten', 'schließen', 'suche', 'menü', 'weiter', 'zurück', 'live', 'video', 'videos', 'artikel teilen', 'teilen'],
    stamp: ['veröffentlicht', 'aktualisiert', 'stand', 'uhr', 'am', 'um', 'januar', 'jänner', 'februar', 'märz', 'april',
      'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  },
  es: {
    share: ['compartir', 'compartir en facebook', 'compartir en twitter', 'compartir este artículo', 'enviar por correo', 'imprimir', 'copiar enlace'],
    comments: ['comentarios', 'comentario', 'comentar', 'ver comentarios', 'deja un comentario', 'deja tu comentario'],
    readMore: ['lee también', 'lea también', 'leer más', 'ver también', 'te puede interesar', 'le puede interesar', 'noticias relacionadas', 'relacionado', 'más información'],
    subscribe: ['suscríbete', 'suscribirse', 'suscríbase', 'boletín', 'newsletter', 'síguenos'],
    advert: ['publicidad', 'anuncio', 'patrocinado', 'contenido patrocinado'],
    navigation: ['lo más leído', 'más leídas', 'más leídos', 'últimas noticias', 'lo último', 'menú', 'buscar'],
    interface: ['ir al contenido', 'saltar al contenido', 'ir al contenido principal', 'iniciar sesión', 'entrar', 'registrarse', 'mi cuenta', 'inicio', 'noticias',
      'cerrar', 'buscar', 'menú', 'siguiente', 'anterior', 'en vivo', 'en directo', 'vídeo', 'video', 'compartir', 'compartir artículo'],
    stamp: ['publicado', 'actualizado', 'el', 'de', 'a', 'las', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
      'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'h', 'hs'],
  },
  cs: {
    share: ['sdílet', 'sdílejte', 'sdílet na facebooku', 'sdílet článek', 'tisk', 'vytisknout', 'kopírovat odkaz', 'poslat e-mailem'],
    comments: ['diskuse', 'diskuze', 'komentáře', 'komentář', 'přidat komentář', 'vstoupit do diskuse', 'zobrazit diskusi'],
    readMore: ['čtěte také', 'čtěte též', 'přečtěte si také', 'přečtěte si', 'související články', 'související', 'mohlo by vás zajímat', 'více k tématu', 'další články'],
    subscribe: ['předplatné', 'předplaťte si', 'odebírat', 'newsletter', 'přihlaste se k odběru', 'sledujte nás'],
    advert: ['reklama', 'inzerce', 'komerční sdělení', 'sponzorováno'],
    navigation: ['nejčtenější', 'nejčtenější články', 'nejnovější', 'nejnovější zprávy', 'hlavní zprávy', 'menu', 'hledat', 'vyhledávání'],
    interface: ['přejít k obsahu', 'přeskočit na obsah', 'přihlásit', 'přihlásit se', 'přihlášení', 'odhlásit', 'registrace', 'můj účet', 'úvod', 'domů', 'zprávy',
      'zavřít', 'hledat', 'menu', 'další', 'předchozí', 'živě', 'video', 'sdílet', 'sdílet článek'],
    stamp: ['publikováno', 'aktualizováno', 'vydáno', 'ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu',
      'prosince', 'leden', 'únor', 'březen', 'duben', 'květen', 'červen', 'červenec', 'srpen', 'říjen', 'listopad', 'prosinec', 'v'],
  },
  ru: {
    share: ['поделиться', 'поделиться в facebook', 'поделиться статьей', 'поделиться статьёй', 'отправить', 'распечатать', 'печать', 'скопировать ссылку'],
    comments: ['комментарии', 'комментарий', 'обсуждение', 'оставить комментарий', 'показать комментарии'],
    readMore: ['читайте также', 'читать также', 'читать далее', 'подробнее', 'по теме', 'смотрите также', 'материалы по теме', 'похожие новости', 'еще по теме', 'ещё по теме'],
    subscribe: ['подписаться', 'подпишитесь', 'рассылка', 'подписывайтесь', 'следите за нами'],
    advert: ['реклама', 'на правах рекламы', 'спонсорский материал', 'партнерский материал', 'партнёрский материал'],
    navigation: ['самое читаемое', 'самое популярное', 'популярное', 'последние новости', 'главное', 'лента новостей', 'меню', 'поиск'],
    interface: ['перейти к содержанию', 'перейти к основному содержанию', 'войти', 'вход', 'выйти', 'регистрация', 'личный кабинет', 'главная', 'новости', 'закрыть',
      'поиск', 'меню', 'далее', 'назад', 'прямой эфир', 'видео', 'поделиться', 'поделиться статьей'],
    stamp: ['опубликовано', 'обновлено', 'дата', 'публикации', 'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября',
      'ноября', 'декабря', 'в', 'г'],
  },
  // Pages in these scripts are told by their letters (language.ts); their stamps carry no words to list.
  zh: {
    share: ['分享', '分享到', '我要分享', '转发', '打印', '复制链接', '微信扫一扫'],
    comments: ['评论', '我要评论', '发表评论', '网友评论', '查看评论', '全部评论', '评论区'],
    readMore: ['相关阅读', '相关新闻', '相关文章', '延伸阅读', '推荐阅读', '阅读全文', '查看全文', '猜你喜欢', '阅读更多'],
    subscribe: ['订阅', '关注我们', '扫码关注', '关注'],
    advert: ['广告', '推广', '赞助内容'],
    navigation: ['热门', '热门新闻', '热点新闻', '最新新闻', '最新消息', '排行榜', '热门排行', '今日推荐', '菜单', '搜索', '导航'],
    interface: ['跳到内容', '登录', '注册', '退出', '我的账户', '首页', '新闻', '关闭', '搜索', '菜单', '上一篇', '下一篇', '返回顶部', '直播', '视频', '图片', '分享', '更多', '加载中'],
    stamp: [],
  },
  ja: {
    share: ['シェア', 'シェアする', 'ツイート', '共有', '印刷', 'リンクをコピー', 'メールで送る'],
    comments: ['コメント', 'コメントする', 'コメントを見る', 'コメントを書く'],
    readMore: ['関連記事', '関連ニュース', '続きを読む', 'もっと見る', 'あわせて読みたい', '次の記事', 'おすすめ記事'],
    subscribe: ['購読', '購読する', '登録する', 'ニュースレター', 'フォローする', 'メルマガ'],
    advert: ['広告', 'スポンサー', 'pr'],
    navigation: ['ランキング', 'アクセスランキング', '最新ニュース', '新着', '人気記事', 'メニュー', '検索'],
    interface: ['本文へ', 'メインコンテンツへ', 'ログイン', 'ログアウト', '会員登録', 'マイページ', 'ホーム', 'トップ', 'ニュース', '閉じる', '検索', 'メニュー', '次へ', '前へ', 'ライブ', '動画', '写真', 'シェア'],
    stamp: [],
  },
  ko: {
    share: ['공유', '공유하기', '인쇄', '링크 복사', '스크랩'],
    comments: ['댓글', '댓글 보기', '댓글 쓰기', '댓글을 남겨주세요'],
    readMore: ['관련기사', '관련 기사', '관련뉴스', '더보기', '기사 더보기', '이 기사와 관련된 기사'],
    subscribe: ['구독', '구독하기', '뉴스레터', '팔로우'],
    advert: ['광고', '후원'],
    navigation: ['많이 본 뉴스', '가장 많이 본 뉴스', '최신뉴스', '최신 뉴스', '인기 기사', '메뉴', '검색'],
    interface: ['본문 바로가기', '로그인', '로그아웃', '회원가입', '마이페이지', '홈', '뉴스', '닫기', '검색', '메뉴', '이전', '다음', '라이브', '동영상', '사진', '공유'],
    stamp: [],
  },
  ar: {
    share: ['مشاركة', 'شارك', 'شارك المقال', 'طباعة', 'نسخ الرابط', 'أرسل'],
    comments: ['تعليقات', 'التعليقات', 'تعليق', 'أضف تعليقا', 'أضف تعليقاً', 'اترك تعليقا'],
    readMore: ['اقرأ أيضا', 'اقرأ أيضاً', 'إقرأ أيضا', 'اقرأ المزيد', 'مواضيع ذات صلة', 'أخبار ذات صلة', 'مقالات ذات صلة', 'ذات صلة'],
    subscribe: ['اشترك', 'اشترك الآن', 'النشرة الإخبارية', 'تابعنا', 'تابعونا'],
    advert: ['إعلان', 'اعلان', 'محتوى مدفوع'],
    navigation: ['الأكثر قراءة', 'الأكثر مشاهدة', 'آخر الأخبار', 'أحدث الأخبار', 'القائمة', 'بحث'],
    interface: ['انتقل إلى المحتوى', 'تسجيل الدخول', 'تسجيل الخروج', 'حسابي', 'الرئيسية', 'أخبار', 'إغلاق', 'بحث', 'القائمة', 'التالي', 'السابق', 'مباشر', 'فيديو', 'صور', 'مشاركة'],
    stamp: [],
  },
  th: {
    share: ['แชร์', 'แบ่งปัน', 'พิมพ์', 'คัดลอกลิงก์'],
    comments: ['ความคิดเห็น', 'แสดงความคิดเห็น'],
    readMore: ['ข่าวที่เกี่ยวข้อง', 'บทความที่เกี่ยวข้อง', 'อ่านเพิ่มเติม', 'อ่านต่อ'],
    subscribe: ['สมัครสมาชิก', 'ติดตามเรา', 'รับข่าวสาร'],
    advert: ['โฆษณา'],
    navigation: ['ยอดนิยม', 'ข่าวล่าสุด', 'ข่าวยอดนิยม', 'เมนู', 'ค้นหา'],
    interface: ['ข้ามไปยังเนื้อหา', 'เข้าสู่ระบบ', 'ออกจากระบบ', 'สมัครสมาชิก', 'หน้าแรก', 'ข่าว', 'ปิด', 'ค้นหา', 'เมนู', 'ถัดไป', 'ก่อนหน้า', 'ถ่ายทอดสด', 'วิดีโอ', 'แชร์'],
    stamp: [],
  },
};

/** Lowercase, NFKC, typographic apostrophes straightened, spaces collapsed: how lines are compared with phrases. */
export const phraseKey = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ').trim();

export type PhraseKind = keyof Phrases;

/** Compiled sets for one page: the detected language's phrases with English's, or every language's when none was detected. */
export class PhraseSet {
  private readonly sets: Record<PhraseKind, Set<string>>;
  readonly languages: string[];

  constructor(language: string | undefined) {
    this.languages = language && PHRASES[language] ? [...new Set(['en', language])] : Object.keys(PHRASES);
    const kinds = Object.keys(PHRASES.en) as PhraseKind[];
    this.sets = Object.fromEntries(kinds.map((k) => [k, new Set(this.languages.flatMap((l) => PHRASES[l][k].map(phraseKey)))])) as Record<PhraseKind, Set<string>>;
  }

  /** The whole line (trailing colon, count or arrow ignored) is a phrase of this kind. */
  isWhole(kind: PhraseKind, text: string): boolean {
    return this.sets[kind].has(phraseKey(text).replace(/\s*(?:\(\d+\)|\d+)?\s*[:»›→>|]*$/u, ''));
  }

  /** The line starts with a phrase of this kind, followed by a colon, a dash or a chevron, then more text. */
  startsWith(kind: PhraseKind, text: string): boolean {
    const key = phraseKey(text);
    for (const p of this.sets[kind]) {
      if (key.length > p.length && key.startsWith(p) && /^\s*[:|–—»›>→-]/u.test(key.slice(p.length))) return true;
    }
    return false;
  }

  /** Interface text or a furniture label ("Skip to content", "Sign In", "Share article", "News"): never a headline. */
  isInterface(text: string): boolean {
    return (['interface', 'share', 'comments', 'readMore', 'subscribe', 'advert', 'navigation'] as const).some((k) => this.isWhole(k, text));
  }

  has(kind: PhraseKind, word: string): boolean {
    return this.sets[kind].has(phraseKey(word));
  }
}
