import { SOURCE_WORDS } from './source-phrases';

/**
 * Clutter knowledge as data. Each table is matched against the collapsed, lower-cased text of a whole
 * block (or heading), never against a fragment of a sentence, so prose that merely mentions these words
 * is safe. Several languages: aggregators republish in all of them.
 */

/** Headings that introduce a list of other stories ("Related News" in seeds 000, "Similar News:" in 001/002). */
export const RELATED_HEADINGS: readonly RegExp[] = [
  // English
  /^(related|similar|recommended|popular|trending|latest|top|more|other|recent|most read|most popular)( news| stories| articles?| posts?| videos?| reads| coverage| headlines)?( for you| on this (story|topic)| from [^.]{1,40}| you may like)?\s*:?$/,
  /^(you (might|may) (also )?(like|enjoy|be interested in))/,
  /^(recommended for you|read (next|also)|also read|more to read|don't miss|editor'?s picks|around the web|from around the web|more in [^.]{1,30}|more from [^.]{1,40}|read more from [^.]{1,40})\s*:?$/,
  /^(other posts you may (enjoy|like)|what others are reading|good articles to read together)\s*:?$/,
  // "Read more:" as a label of its own, with its colon, over a list of the site's posts (WCXB 4095); a bare
  // "Read more" is a link, not a label.
  /^read more\s*:$/,
  /^similar news\b/,
  /^browse by (category|tag|topic)\s*:?$/,
  // Jannah's "Check Also" box; AMP and reader pages' "Top coverage" and "Perspectives" are not labels a
  // story uses.
  /^check also\s*:?$/,
  // Spanish, Portuguese, Italian, French, German, Dutch
  /^(noticias relacionadas|art[ií]culos relacionados|te puede interesar|tambi[eé]n te puede interesar|m[aá]s noticias|lo m[aá]s le[ií]do|lee tambi[eé]n|contenido relacionado)\s*:?$/,
  /^(not[ií]cias relacionadas|leia tamb[eé]m|veja tamb[eé]m|mais lidas|artigos relacionados)\s*:?$/,
  /^(articoli correlati|potrebbe interessarti|leggi anche|notizie correlate|i pi[uù] letti)\s*:?$/,
  /^(articles similaires|[àa] lire aussi|lire aussi|sur le m[eê]me sujet|les plus lus|vous aimerez aussi)\s*:?$/,
  /^(das k[oö]nnte sie auch interessieren|mehr zum thema|[aä]hnliche artikel|weitere artikel|weitere meldungen|meistgelesen|auch interessant|lesen sie auch)\s*:?$/,
  /^(gerelateerde artikelen|lees ook|meer nieuws)\s*:?$/,
  // Indonesian, Turkish, Russian, Arabic, Hindi, Chinese, Japanese
  /^(berita terkait|baca juga|artikel terkait)\s*:?$/,
  /^(ilgili haberler|benzer haberler|(bunlar da )?ilginizi [çc]ekebilir|[çc]ok okunanlar)\s*:?$/,
  /^(похожие новости|читайте также|по теме|еще по теме)\s*:?$/,
  /^(أخبار ذات صلة|اقرأ أيضا|اقرأ أيضاً|مواضيع ذات صلة|قد يهمك|أخبار متعلقة)\s*:?$/,
  /^(संबंधित खबरें|यह भी पढ़ें|ये भी पढ़ें)\s*:?$/,
  /^(相关新闻|相关阅读|相关文章|推荐阅读|延伸阅读)\s*:?$/,
  /^(関連記事|関連ニュース|おすすめ記事)\s*:?$/,
  // Polish, Czech and Slovak, Ukrainian, Swedish, Danish and Norwegian, Finnish, Hungarian, Romanian,
  // Greek, Vietnamese, Korean, Dutch ("meest gelezen"), Chinese rankings.
  /^(zobacz (też|także)|czytaj (też|także)|przeczytaj (też|także)|polecamy|najczęściej czytane|podobne artykuły|powiązane artykuły)\s*:?$/,
  /^(čtěte také|přečtěte si (také|též)|související články|nejčtenější|čítajte aj|súvisiace články|najčítanejšie)\s*:?$/,
  /^(читайте також|схожі новини|по темі|найпопулярніше)\s*:?$/,
  /^(läs (också|även|mer)|relaterade artiklar|mest lästa?|læs også|relaterede artikler|mest læste|les også|mest lest|lue myös|luetuimmat)\s*:?$/,
  /^(olvassa el ezt is|kapcsolódó cikkek|legolvasottabb|citește și|citeste si|articole similare|cele mai citite)\s*:?$/,
  /^(διαβάστε (επίσης|ακόμα)|δείτε επίσης|σχετικά άρθρα|δημοφιλή)\s*:?$/,
  /^(xem thêm|tin liên quan|bài viết liên quan|đọc thêm|tin cùng chuyên mục|đọc nhiều nhất)\s*:?$/,
  /^(관련 ?기사|많이 본 (뉴스|기사)|추천 기사)\s*:?$/,
  /^(meest gelezen|ook interessant)\s*:?$/,
  /^(热门推荐|相关推荐|热点推荐|24小时热文|热门文章|猜你喜欢)\s*:?$/,
];

/** Labels that open an inline teaser inside the story ("Read more from Sky News:", "Follow live: …"). */
export const TEASER_LABELS: readonly RegExp[] = [
  /^(read more|read also|also read|see also|related|more|watch|listen|follow live|live|latest|recommended|more on this( story)?|read next|don't miss|explainer|analysis)( from [^:]{1,40}| on [^:]{1,40})?\s*:/,
  // "You might also like: <headline>" between paragraphs (WCXB 4511).
  /^you (might|may) also (like|enjoy)\s*:/,
  /^(lee tambi[eé]n|leia tamb[eé]m|veja tamb[eé]m|lire aussi|[àa] lire aussi|voir aussi|leggi anche|mehr dazu|lesen sie auch|lees ook|baca juga|ilginizi [çc]ekebilir|check also|читайте также|اقرأ أيضا|اقرأ أيضاً|यह भी पढ़ें)\s*:?/,
  // Polish, Czech, Slovak, Ukrainian, Nordic, Finnish, Hungarian, Romanian, Greek, Vietnamese, Korean.
  /^(zobacz (też|także)|czytaj (też|także|więcej)|przeczytaj (też|także)|čtěte také|přečtěte si (také|též)|čítajte aj|читайте також|läs (också|även)|læs også|les også|lue myös|olvassa el ezt is|citește și|citeste si|διαβάστε (επίσης|ακόμα)|δείτε επίσης|xem thêm|đọc thêm|관련 ?기사)\s*:/,
  // Japanese, Chinese and Korean labels in their brackets, with no colon: "【関連記事】" (agg-ja-haishin).
  /^[【［[〈《]\s*(関連記事|関連ニュース|あわせて読みたい|こちらもおすすめ|相关阅读|相关新闻|延伸阅读|推荐阅读|相關新聞|延伸閱讀|관련 ?기사|관련 ?뉴스|함께 볼만한 뉴스)\s*[】］\]〉》]/,
];

/** Share counters and share-button labels ("74 SHARES", "Share30Tweet19", "Visited 1 times, …"). */
export const SHARE_LINES: readonly RegExp[] = [
  /^visited \d[\d,]* times?,? \d[\d,]* visits?\(?s?\)? today$/,
  /^[\d.,]+\s?[km]?\s?(shares?|views?|comments?|reads?)$/,
  /^((share|tweet|pin|email|whatsapp|telegram|reddit|linkedin)\s?[\d.,]*k?\s?)+$/,
  /^(share|post) (on|to) (facebook|twitter|x|whatsapp|linkedin|telegram|reddit)( ?(share|post) (on|to) (facebook|twitter|x|whatsapp|linkedin|telegram|reddit))*$/,
];

/** Whole lines that are boilerplate wherever they appear. */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  ...SHARE_LINES,
  /^source( link)?\s*:?$/,
  /^read (the )?(entire|full|complete|original) (article|story|text)( here| at [^.]{1,40})?\s*[»›>→]*$/,
  /^(read|continue reading|see|view) more\s*[»›>→]*$/,
  /^continue reading( at| on) [^.]{1,40}$/,
  /^be the first to (get|know)( the)? (breaking )?news$/,
  /^(install|download|get) the [^.]{1,40} app( for free)?$/,
  /^follow (us|our channel)[^.]{0,40}(and never miss an update|for more)?$/,
  /^sign up (for|to) (our|the) [^.]{1,40} newsletter$/,
  /^tags?\s*:/,
  /^(leave a (reply|comment)|post a comment|add a comment)( cancel reply)?$/,
  /^your email address will not be published/,
  /^would love your thoughts,? please comment/,
  /^(next|previous) (post|article|story)$/,
  /^no result view all result$/,
  /^(make|set) [^.]{1,30} (my|your|as( your)?) home ?page\b/,
];

/**
 * Promotions and notices placed inside the story: each pattern is matched against a whole short block
 * (remove-promo-blocks), never a fragment of prose. A pattern that reads up to a few sentences before
 * its words first looks ahead for a word it needs (`(?=[\s\S]*newsletter)`): without it, every
 * paragraph of the story was read again at each of its sentence ends, and this table was the engine's
 * costliest line in Chromium. The lookahead changes no answer.
 */
export const PROMO_LINES: readonly RegExp[] = [
  // Calls to action and sign-up boxes ("Subscribe", "Get a quote", "Join … to unlock").
  /^(subscribe|sign up|sign in|log in|register|join|donate|support us)( now| today| for free| here| free)?\s*[.!»›→]*$/,
  /^(subscribe|sign up|register) (to|for) [^.]{1,60}[.!]?$/,
  // A button's label left in the text: a shop's or a booking's, "Learn more" (WCXB 4677, 4603, 0297…).
  /^(learn more|see the rating|best prices today|check (the )?price|book now|where to buy|view deal|shop now|buy now|see price|get (the )?deal|check availability)\s*[:.!»›→]*$/,
  // Engagement lines at a post's end (WCXB 4640, 0442, 0107, 4511, 2453, 4565, 0464, 4142, 4164, 4662).
  /^(like|enjoy|enjoying|love|loving) what you('re| are) reading\b/,
  /^would you like to receive notifications\b/,
  /^help (me|us) spread the word\b/,
  /^this (story|article|journalism|work) (is|was) (funded|made possible|supported) by (readers|people|members) like you\b/,
  /^sponsor this (newsletter|post|podcast)\b/,
  /^add (us )?as a preferred source on google$/,
  /^(be the first to comment|what do you think\??|all comments are welcome)[.!]?$/,
  /^pin (this |it )?for later!?$/,
  /^(article|story) continues below( advertisement)?$/,
  // A search box's label left behind without its field (WCXB 4339).
  /^search( (this|the) (site|blog|website))?( for)?\s*[:…]?$/,
  /^subscribe to get (full )?access\b/,
  /^(get a (free )?quote|schedule a (free )?(call|demo|consultation|meeting)|book a (free )?(demo|call|consultation)|request a (free )?(demo|quote)|contact us( today)?|get started( today| now)?|start (your )?free trial|try (it )?(for )?free)\s*[.!»›→]*$/,
  /^join [^.,]{1,60} to (unlock|read|continue|get|access|keep)\b[^.,]{0,60}[.!]?$/,
  /^(download|get|install) (the|our) [^.]{0,40}\bapp\b[^.]{0,40}$/,
  // An app promo in any language: a last sentence telling the reader to get the app from the stores.
  /^([^.]*\.\s*)?(download|get|install|unduh|descarga|descargue|baixe|lade|t[ée]l[ée]charge[zr]?|indir)\b[^.]{0,80}\b(google play|play store|app store)\b[^.]{0,60}\.?$/,
  /^already (a subscriber|have an account|registered)\??( (sign|log) in)?\.?$/,
  /^(join|follow) (us|our|the|me)\b[^.]{0,40}\b(newsletter|mailing list|community|group|channel|on (facebook|twitter|x|instagram|linkedin|youtube|tiktok|whatsapp|telegram))\b[^.]{0,40}[.!]?$/,
  /^stay (connected|in touch|up to date|informed)( with (us|me))?\b[^.]{0,60}[.!]?$/,
  // Asks for support and offers to readers, as the last sentence of a short block (WCXB 4371, 0418,
  // 0005, 0166, 0097, 0221, 4159, 0031).
  /^(?=[\s\S]*if you)([^.!?]*[.!?]\s*){0,2}if you('ve| have)? (enjoyed|liked|like|love|found)\b[^.]{0,80}\b(please )?(consider )?(support|supporting|subscribing|donating|sharing|liking)\b/,
  /^(?=[\s\S]*please )([^.!?]*[.!?]\s*){0,2}please (consider )?(support|supporting) (us|our [^.]{1,30}) by (donating|subscribing|becoming)\b/,
  /^new (customers|users|subscribers|members) (get|receive|can get)\b[^.]{0,80}\b(free|credits?|off|discount)\b/,
  /^(?=[\s\S]*talk to )([^.!?]*[.!?]\s*){0,2}talk to (our|an?|one of our) [^.]{0,50}\b(experts?|specialists?|team|advisors?|consultants?)\s*[.!]?$/,
  /^[^.]{0,80}\bunlock up to \d+% off\b/,
  /^this (article|story|content|post|piece) is (exclusive|available only|only available) (to|for) [^.]{0,40}\b(subscribers|members)\b/,
  /^did you (make|try|cook|bake) (this|one of (my|our|these))\b[^.]{0,60}\??\s*(please )?[^.]{0,40}\b(rating|review|comment)\b/,
  /^share your (story|thoughts|experience)\s*[.!]?$/,
  // Newsletter boxes.
  /^(our |the )?newsletters?$/,
  /^(sign up|subscribe) (for|to) (our|the|my)?[^.]{0,60}newsletters?[^.]{0,80}$/,
  // The sign-up ask as the last sentence of a short note ("… Sign up for Proof Points and other Hechinger
  // newsletters.", WCXB 0174), and the ask put as a question ("Want to keep up with …? The free weekly …
  // email is …", 0052).
  /^(?=[\s\S]*newsletter)([^.!?]*[.!?]\s*){1,3}(sign up|subscribe) (for|to) [^.!?]{0,80}\bnewsletters?\b[^.!?]{0,40}[.!]?$/,
  /^(want|looking|do you want) to (keep up|stay (up to date|informed|on top|ahead|in the loop))\b[^?]{0,150}\?/,
  /^(get|receive) [^.]{0,60} (in|to|delivered to) your inbox[^.]{0,60}$/,
  /^[^.]{0,120}(dans votre bo[iî]te (mail|e-mail|aux lettres|de r[ée]ception)|in ihr(em)? (e-mail-)?postfach|en tu (bandeja de entrada|correo)|na sua caixa de entrada|nella tua (casella|inbox))[^.]{0,60}\.?$/,
  // The consent line under a sign-up box ("By submitting your information you agree to the Terms …").
  /^by (submitting|signing up|subscribing|clicking|entering|registering|posting|commenting)\b[^.]{0,200}\b(agree|accept|consent)/,
  // Attribution and affiliate lines.
  /^(this|the) (story|article|post|piece) (was )?(originally|first) (appeared|published|ran)( on| in| at| by)\b/,
  // An RSS auto-blog's feed footer: "The post <headline> appeared first on <site>."
  // Also worded "The article … was first published on …", "… first appeared on …" (agg-newsmatic-autoblog).
  /^the (post|article|story|entry) .{1,300} (appeared first|first appeared|was (first |originally )?(published|posted)) (on|at) .{1,100}$/,
  // A summary or article that says a machine wrote it ("This summary was written with the help of AI").
  /^(this|the) (summary|article|story|text|content|post) (was|is|has been) (written|generated|created|produced|summari[sz]ed|drafted)\b[^.]{0,60}\b(ai|artificial intelligence|automated tools?|automatically)\b/,
  // A summary site's note under its summary (headtopics-like pages).
  /^we have summari[sz]ed this news\b/,
  // A portal's note that a program, not its editors, put the story there ("Disclaimer: This story is
  // auto-aggregated by a computer program and has not been created or edited by …", in English and
  // Hindi; agg-hi-teaser-full-story).
  /^((disclaimer|डिस्क्लेमर|अस्वीकरण)\s*:\s*)?[^.।]{0,80}(auto-?aggregated|automatically aggregated|aggregated by a computer program|कंप्यूटर प्रोग्राम द्वारा स्वतः एकत्रित)/,
  /^(affiliate )?(disclosure|disclaimer)\s*:.{0,300}\b(affiliate|commission)/,
  /^(if|when) you (buy|purchase|click|shop)[^.]{0,80}(we|i) (may )?(earn|receive|get) [^.]{0,40}commission/,
  /^(we|i) may (earn|receive) (a )?(small )?(affiliate )?commission/,
  // "<Site> may receive a share from purchases made via links on this page" (agg-yonder-syndication).
  /^[^.]{0,60}\b(may|might|could) (earn|receive|get|collect) (a |an )?(small )?(share|portion|percentage|part|cut|commission)\b[^.]{0,40}\b(purchases|sales|revenue)\b/,
  /^(products|items|everything|all products) (featured )?(are|is|were) (independently )?(chosen|selected|picked|reviewed)\b[^.]{0,80}\b(editors?|independently)\b/,
  // A reviewer's disclosure in three lines (WCXB 4698; 4130 lists them as boilerplate): "We independently
  // test everything we recommend.", "Buying through links on our site supports our work.", "We are a
  // reader-supported website and do not accept payment from manufacturers…".
  /^(we|our (editors|team|experts|writers)) independently (test|review|research|evaluate|select|choose|vet|pick)\b[^.]{0,60}\.?$/,
  /^(buying|shopping|purchases made) (through|via|from) (the )?links on (our|this) (site|page|website)\b[^.]{0,60}\.?$/,
  /^(we are|we're) (a )?reader-supported (site|website|publication)\b/,
  // Cookie and consent notices.
  /^(we|this (site|website)|our (site|website)) uses? (cookies|cookies and similar technologies) (to|on|for|and|so)\b/,
  // Cookie notices in other languages, and any short block asking consent to cookies.
  /^(usamos|utilizamos|nous utilisons|ce site utilise|wir (verwenden|nutzen)|diese (website|seite) (verwendet|nutzt)|utilizziamo|questo sito utilizza|we gebruiken|kami menggunakan) [^.]{0,40}(cookies?|[çc]erez)|^sitemizde [çc]erez/,
  /\b(cookies?|[çc]erezler?)\b[^.]{0,200}\b(you (agree|accept|consent)|vous acceptez|acepta[sr]?|aceptas|stimmen sie|zustimm|concorda|kabul)/,
  /\b(by continuing (to (use|browse|navigate|visit)|your (visit|journey|navigation)|on (this|our) (site|website))|en poursuivant (votre navigation|la navigation)|al continuar (navegando|en este sitio)|ao continuar (navegando|a navegar)|continuando a navigare|wenn sie (die|diese) (seite|website) weiter)\b[^.]{0,200}\bcookies?\b/,
  /^(accept|reject|allow|decline)( all)?( cookies)?$/,
  /^(cookie (policy|settings|preferences))$/,
  // Feedback prompts ("Was this summary helpful? Yes No").
  /^(was|is|did you find) this (summary|article|story|page|post|answer|information|content)( helpful| useful| informative)+\??( (yes|no|👍|👎))*$/,
  // A link to the rest of a list that is gone ("See all education summaries", "View all posts").
  /^(see|view|show|browse) (all|more)( the)? [^.]{1,50}\s*[»›→]*$/,
  // A screen-reader heading left above post links ("Post navigation").
  /^(post|posts|article|articles) navigation$/,
  // The label over an author box, and a lone "Written by …" line at a post's end (WCXB 0261, 4095).
  /^(about the (author|writer)|meet the author)\s*:?$/,
  /^written by [^.,:;]{3,40}$/,
  // Comment headings and share labels.
  /^\d+ (comments?|responses?|replies)$/,
  /^(comments?|join the (conversation|discussion)|discussion|leave a comment|show comments|view comments|load comments)\s*(\(\d+\))?\s*:?$/,
  /^share (this|the) (article|story|post|page)\s*:?$/,
  /^(share|share on|share via|share this)\s*:?$/,
  // Labels: "Sponsored", "Related video: …", "See more in:", tag and category lines.
  // Labels, also between dashes or bullets ("- Advertisement -", tagDiv's ad slot) and in other languages.
  /^[-–—•·|\s]*(sponsored|advertisement|advertising|promoted|paid content|partner content|sponsored content|ad|anzeige|werbung|publicidad|publicit[ée]|pubblicit[àa]|publicidade|reklam|iklan|реклама|advertentie|reklama|annons|annonce|annonse|mainos|hirdetés|publicitate|διαφήμιση|quảng cáo|广告|廣告|広告|광고)[-–—•·|\s]*$/,
  /^advertisement\s*[-–—:]?\s*(continue reading|story continues|article continues|scroll (down )?to continue( reading)?)( below)?$/,
  // The editor in charge, closing a Chinese portal's story ("(责任编辑：张晓峰_HD5128)"), and its
  // disclaimer on a reprint ("声明：本文转载自中国新闻网，仅供参考，不代表本网观点。…").
  /^[(（[]?(责任编辑|責任編輯|编辑|編輯|校对|校對)\s*[:：]\s*[^\s。！？?()（）[\]]{1,30}[)）\]]?$/,
  /^(声明|聲明|免责声明|免責聲明)\s*[:：].{0,40}(转载|轉載).{0,120}$/,
  /^related (video|videos|podcast)\s*:/,
  /^see more (in|on|from)\s*:?/,
  /^(categories|category|filed under|posted in|topics?)\s*:/,
  // The date or reading time printed again as a line of its own; the header shows it (WCXB 4115, 0452, 4182).
  /^(published|updated|last updated)( on)?:? [a-z]{3,9}\.? \d{1,2},? \d{4}( (at )?\d{1,2}:\d\d ?([ap]\.?m\.?)?)?$/,
  /^posted by [^.]{1,40} (at|on) [a-z]{3,9}\.? \d{1,2},? \d{4}( (at )?\d{1,2}:\d\d ?([ap]\.?m\.?)?)?$/,
  /^[^.\d]{1,60} [|•·] \d+ min(ute)?s? read$/,
  /^jump to (the )?(list|recipe)\s*:?$/,
  // A label over links to more posts of a series ('More "5 Tips" Posts', WCXB 4171).
  /^more [^.]{1,30} (posts|articles|stories|recipes|guides)$/,
  // A compliance line ("Insight Wealth Strategies, LLC is a registered investment adviser. …", WCXB 4090, 4067).
  /^(?=[\s\S]*registered investment advis).{0,80}?\b(is|are) an? (sec[- ])?registered investment advis[eo]rs?\b/,
  /^latest (news|headlines),? (and )?(headlines|news)\b[^.]{0,80}$/,
  // Credits under pictures, also in brackets ("(Image credit: Wareable)", WCXB 4830; "Image Source: …", 0458),
  // and a post's note on where its pictures come from (WCXB 4106).
  // A name may be a site's address ("Photo credit: SewCanShe.com", "Image source: Getty Images.", WCXB
  // 4148, 4503): its periods stand between letters, and one may end the line.
  /^\(?((image|photo|picture|video)s? )?credits?\s*:\s*(?:[^.]|\.(?=\S)){1,60}\.?\)?$/,
  /^\(?(image|photo|picture|video)s? (source|courtesy)\s*:\s*(?:[^.]|\.(?=\S)){1,60}\.?\)?$/,
  // "Photo: Hyundai", "Photo Illustration: Consumer Reports, Getty Images" (WCXB 4048), "Image: Move.org" (0054).
  /^\(?(photo|image|picture)( illustration)?\s*:\s*(?:[^.]|\.(?=\S)){1,60}\.?\)?$/,
  // A stock agency's credit with the photographer's name, either way round ("Firn | Getty Images",
  // WCXB 4708; "Getty Images / Holger Leue", 0149; "Tada Images / Shutterstock", 0178).
  /^[^.|/]{1,50}\s[|/]\s(getty images|shutterstock|istock(photo)?|unsplash|pexels|adobe stock|alamy|depositphotos)\.?$/,
  /^(getty images|shutterstock|istock(photo)?|unsplash|pexels|adobe stock|alamy|depositphotos)(\s[|/]\s[^.|/]{1,50})?\.?$/,
  /^(featured?|cover|header|hero|lead|top|main) (image|photo|picture)s? (by|via|courtesy of|credit)\b/,
  // A copyright line, also with a period in the owner's name ("Take The Magic Step®. All Rights Reserved.", WCXB 4117).
  /^(©|\(c\)|copyright)\s?.{0,120}all rights reserved\.?$/,
  // The same in other languages, and a line that is only a © notice ("Riproduzione riservata © Copyright ANSA").
  /^(riproduzione riservata|tutti i diritti riservati|todos los derechos reservados|tous droits r[ée]serv[ée]s|alle rechte vorbehalten|todos os direitos reservados)\b[^.]{0,80}\.?$/,
  /^(riproduzione riservata\s*)?©\s?(copyright\s)?[^.]{1,60}$/,
  // "Note: The views expressed on Mises.org are not necessarily those of the Mises Institute." (WCXB 0458)
  /^(note:\s*)?(the )?(views|opinions)( and opinions)? expressed (on|in|by|here)\b.{0,100}\b(are|do) not necessarily\b/,
  // "Don't miss a story: follow Daily Brief on Google News." (a site's own name, on Google News only:
  // a story may say whom millions follow on Instagram).
  /^[^.!?]{0,80}\bfollow [^.!?]{1,40} on google news\b[^.!?]{0,60}[.!]?$/,
  // A follow line naming the networks ("… and follow us on Facebook, Instagram …", WCXB 4472).
  /^(?=[\s\S]*follow )[^.!?]{0,150}\bfollow (us|me) on (facebook|instagram|twitter|x|tiktok|linkedin|youtube|pinterest|threads|bluesky|google news)\b[^.!?]{0,120}[.!]?$/,
  // A label over a promoted product ("RECOMMENDS", WCXB 4589), a link back up ("↑ Back to Top", WCXB 0461).
  /^[a-z' ]{0,30}\brecommends$/,
  /^(back|go|scroll) to (the )?top$/,
  // The label of a table of contents whose links are gone (WCXB 0355).
  /^(table of contents|contents|in this (article|post|guide)|on this page|jump to (a )?section)\s*:?$/,
  // A comparison table's controls ("Select Up To 3", "Displaying 1 - 18 (scroll right …)", WCXB 4064, 4072).
  /^(select|compare) up to \d+\b[^.]{0,40}$/,
  /^displaying \d+ ?[-–] ?\d+\b[^.]{0,80}$/,
  // Disclosure labels and lines ("Advertiser Disclosure", "Some posts may contain affiliate links", WCXB 0334, 0332).
  /^(advertiser|advertising|affiliate|editorial|ftc) (disclosure|policy|disclaimer)\s*:?$/,
  /^(note:\s*)?(this|some|our) (posts?|articles?|pages?|site|website|content) (may )?contains? affiliate links\b/,
  /^(?=[\s\S]*compensation )[^.]{0,200}\b(we|i|this site) (may )?(receive|earn|get) (financial )?compensation (when|if|from)\b/,
];

/**
 * Headings of the site's note on who put a guide together ("Who curated this article?", "Checking our
 * work."): the heading and its short section go (remove-promo-blocks). Not "Why trust us": the guides'
 * own sections, which the benchmark's readers keep (WCXB 2891, 4030, 4457).
 */
export const TRUST_HEADINGS: readonly RegExp[] = [
  /^(who curated this (article|list|guide|story)|checking our work)\s*[?.!]?$/,
];

/** A line made only of hashtags ("#Hegseth #rules #NATO …" in seed 003). */
export const HASHTAG_LINE = /^(#[\p{L}\p{N}_’'-]+\s*){2,}$/u;

/** Anchor texts that point at the original of a republished story. Ordered: the first is the most explicit. */
export const SOURCE_ANCHORS: readonly { pattern: RegExp; clue: string }[] = [
  {
    pattern: /^read (the )?(entire|full|complete|original) (article|story|text)\b/,
    clue: 'read entire article',
  },
  { pattern: /\bread the full (text|article|story) here\b/, clue: 'read the full text here' },
  { pattern: /^(source link|original source|source)\s*:?$/, clue: 'source link' },
  {
    pattern: /^(original article|view original|originally (published|appeared)) (on|in|at|by)\b/,
    clue: 'original article',
  },
  { pattern: /^continue reading (at|on)\b/, clue: 'continue reading at' },
  {
    pattern: new RegExp(`^(${SOURCE_WORDS})\\s*[:：]?$`, 'u'),
    clue: 'source link',
  },
];

/** Text that states the outlet around a link: "Source: Sky News", "Originally published by Reuters". */
export const SOURCE_STATEMENTS: readonly RegExp[] = [
  new RegExp(`^(?:${SOURCE_WORDS})\\s*[:：]\\s*(.{2,60})$`, 'iu'),
  /^artikel ini (?:telah )?(?:tayang|terbit) di (.{2,60}?)\.?$/i,
  /^originally (?:published|appeared) (?:on|in|at|by) (.{2,60}?)\.?$/i,
];
