/**
 * Provenance knowledge as data: what a page says when it republishes another outlet's story, and the
 * places where a link to another outlet is a citation rather than the story's origin. Matched against
 * the collapsed, lower-cased text of a short block or an anchor.
 */

/**
 * "Source" in the languages aggregators republish in, lower-cased: a line "Source: …" names the
 * story's origin. English, Spanish, Portuguese and Italian, German, Turkish, Indonesian and Malay,
 * Arabic, Chinese (simplified and traditional), Japanese, Korean, Russian, Ukrainian, Bulgarian,
 * Serbian (Cyrillic and Latin) and Croatian, Polish, Czech and Slovak, Dutch, Swedish, Danish and
 * Norwegian, Finnish, Hungarian, Romanian, Greek, Vietnamese, Hindi, Persian, Hebrew, Thai,
 * Lithuanian, Latvian, Estonian.
 */
export const SOURCE_WORDS =
  'source|fuente|fonte|quelle|kaynak|sumber|المصدر|来源|來源|出典|出处|出處|출처|источник|джерело|източник|извор|izvor|źródło|zdroj|bron|källa|kilde|lähde|forrás|sursa|sursă|πηγή|nguồn|स्रोत|منبع|מקור|ที่มา|šaltinis|avots|allikas';

/** More anchors (or the line around a generic one) that lead to the original: "Read the original article". */
export const ORIGINAL_ANCHORS: readonly { pattern: RegExp; clue: string }[] = [
  { pattern: /\bread the original (article|story|post)\b/, clue: 'read the original' },
  { pattern: /^(view|see) (the )?original( (article|story|post))?$/, clue: 'read the original' },
  // "Read the full story on Inland Valley Courier", "Full story at …", "Lire la suite sur Le Monde".
  {
    pattern:
      /^(read (the )?(full|whole|complete) (story|article)|full (story|article|coverage)|read more|lire la suite|continuer la lecture|seguir leyendo|sigue leyendo|leia (mais|a mat[ée]ria completa)|weiterlesen) (on|at|sur|en|em|no|na|auf|bei) \p{L}/u,
    clue: 'continue reading at',
  },
  // The button to the story at its outlet on a portal carrying it: "元記事を読む" (Japanese), "기사원문",
  // "원문보기" (Korean), "阅读原文" (Chinese), "पूरी खबर पढ़ें" ("read the full story", Hindi), "Ver
  // nota original", "Zum Originalartikel", "Xem bài gốc" (agg-ja-haishin, agg-ko-wonmun,
  // agg-hi-teaser-full-story).
  {
    pattern:
      /^(元記事(を読む|はこちら|へ)?|元の記事(を読む)?|配信元で読む|기사 ?원문( ?보기)?|원문 ?(보기|기사 ?보기)|阅读原文|閱讀原文|查看原文|原文链接|原文鏈接|पूरी (खबर|ख़बर|स्टोरी) पढ़ें|पूरा (लेख|आर्टिकल) पढ़ें|(ver|leer) (la )?(nota|noticia) original|(ler|ver) (a )?(mat[ée]ria|not[íi]cia) original|zum originalartikel|originalartikel lesen|lire l'article original|leggi l'articolo originale|(xem|đọc) bài gốc|اقرأ (المقال|الخبر) (الأصلي|من المصدر)|haberin (tamamı|devamı) için tıklayın|baca artikel asli|lees het originele artikel)\s*[»›>→]*$/u,
    clue: 'read the original',
  },
  // A newswire's release on a portal, its line under the release: "View original content to download
  // multimedia: <a>https://…</a>", "View source version on businesswire.com: …" (agg-finance-press-release).
  {
    pattern: /^view (original content|source version on [\w.-]+)( to download multimedia)?\s*:/,
    clue: 'read the original',
  },
];

/** A "read more" that leads to the rest of a story cut short ("Read More", "Continue reading"). */
export const READ_MORE_ANCHOR =
  /^(read more|read the rest|continue reading|keep reading|read (the )?(full|whole|rest of the) (article|story|post|text)|view (the )?(full|original) (article|story|post)|full (article|story)|lire la suite|la suite|leer m[aá]s|seguir leyendo|weiterlesen|mehr lesen|continua a leggere|leggi (tutto|di pi[uù])|leia mais|continuar lendo|lees verder|baca selengkapnya|читать далее|اقرأ المزيد|المزيد)(?![\p{L}\p{N}])/u;

/**
 * A page saying it carries someone else's story without linking it: summarized, generated from a
 * feed, reprinted. Matched (case-insensitively) inside short blocks. Where the pattern ends in a
 * preposition, what follows must be a name (capitalized, not a date): "originally published in
 * March 2022" and "first appeared in 2004" are a page's own history, "originally published by The
 * Conversation" is republication.
 */
export const REPUBLISHED_STATEMENTS: readonly { re: RegExp; needsName: boolean }[] = [
  { re: /\bwe have summari[sz]ed this\b/i, needsName: false },
  {
    re: /\b(?:this|the) (?:article|story|post|news|content|summary) (?:was|is|has been) (?:automatically |auto-?)?(?:generated|summari[sz]ed|aggregated|curated from|rewritten)\b/i,
    needsName: false,
  },
  { re: /\b(?:auto-?generated|automatically generated) (?:from|by) /i, needsName: false },
  { re: /\bsummari[sz]ed (?:from|by|version of) /i, needsName: true },
  { re: /\b(?:originally|first) (?:published|appeared|posted) (?:on|in|at|by) (?:the )?/i, needsName: true },
  { re: /\b(?:this|the) (?:article|story|post) (?:originally )?appeared (?:on|in|at) /i, needsName: true },
  {
    re: /\b(?:republished|reprinted|reposted|syndicated) (?:here )?(?:from|with (?:the )?permission (?:of|from)) /i,
    needsName: true,
  },
  { re: /\bcontent (?:is )?(?:provided|supplied|syndicated) by /i, needsName: true },
  { re: /\b(?:publicado|publicada) originalmente (?:en|por) /i, needsName: true },
  { re: /\b(?:ursprünglich|zuerst) (?:erschienen|veröffentlicht) (?:in|auf|bei) /i, needsName: true },
  { re: /\b(?:initialement|originellement) (?:publiée?|parue?) (?:sur|dans|par) /i, needsName: true },
];

/** What may not follow "originally published in": a date, a month, a weekday, a year. */
export const NOT_A_NAME =
  /^(?:\d|jan(?:uary)?\b|feb(?:ruary)?\b|mar(?:ch)?\b|apr(?:il)?\b|may\b|june?\b|july?\b|aug(?:ust)?\b|sep(?:t(?:ember)?)?\b|oct(?:ober)?\b|nov(?:ember)?\b|dec(?:ember)?\b|mon(?:day)?\b|tue(?:sday)?\b|wed(?:nesday)?\b|thu(?:rsday)?\b|fri(?:day)?\b|sat(?:urday)?\b|sun(?:day)?\b|our\b|this\b|a\b|an\b)/i;

/** A short line that names the origin without a link: "Source: Reuters", "Via: AP", "Fuente: EFE". */
export const STATED_ORIGIN = new RegExp(`^(?:${SOURCE_WORDS}|via)\\s*[:：]\\s*(\\S.{1,60})$`, 'iu');

/** A line that names the outlet of the link inside it, beyond "Source: …" ("This story was originally published by …"). */
export const LINKED_STATEMENTS: readonly RegExp[] = [
  /\b(?:originally|first) (?:published|appeared) (?:on|in|at|by) (\p{Lu}.{1,60}?)\.?$/iu,
  /\b(?:republished|reprinted) (?:here )?(?:from|with permission from) (\p{Lu}.{1,60}?)(?: under .*)?\.?$/iu,
  // The outlet named in the link's own words: "Read the original article on The Hartford Ledger",
  // "Continue reading on The Guardian".
  /^(?:read (?:the )?(?:original|full|whole|complete) (?:story|article|post)|full (?:story|article|coverage)|read more|continue reading|keep reading|lire la suite|continuer la lecture|seguir leyendo|sigue leyendo|leia mais|weiterlesen) (?:on|at|sur|en|em|no|na|auf|bei) (.{2,60}?)\.?$/iu,
  /\bappeared first on (\p{Lu}.{1,60}?)\.?$/iu,
  /^artikel ini (?:telah )?(?:tayang|terbit) di (.{2,60}?)\.?$/iu,
];

/** Headings of the parts of a page where links are citations: references, notes, further reading. */
export const CITATION_HEADINGS =
  /^(references?|sources?|notes?|footnotes?|bibliography|citations?|works cited|further reading|external links|see also|read more|learn more|resources|literatur|referencias|fuentes|notas|références|sources et notes|quellen|fonti|riferimenti)\s*:?$/i;

/** Where a link is a citation, a credit or a quote, never the story's origin. */
export const CITATION_CONTEXT =
  'blockquote, q, cite, figure, figcaption, table, sup, [class*="reference" i], [class*="footnote" i], [class*="citation" i], [class*="caption" i], [class*="credit" i], [class*="attribution" i], [class*="bibliograph" i], [role="doc-endnotes"], [role="doc-bibliography"], [role="doc-footnote"]';

/** Sites links go to that are never a news outlet's story: share endpoints, social profiles, app stores. */
export const NOT_OUTLETS =
  /(^|\.)(facebook|twitter|x|t|linkedin|pinterest|instagram|tiktok|youtube|youtu|reddit|whatsapp|telegram|vk|weibo|line|tumblr|mastodon|threads|bsky|flipboard|pocket|getpocket|google|googleusercontent|gstatic|apple|microsoft|amazon|amzn|wikipedia|wikimedia|gravatar|wordpress|disqus|addthis|sharethis|addtoany|doubleclick|taboola|outbrain|mgid|revcontent|zergnet|feedburner|bit|tinyurl|ow|buff|lnkd|archive|creativecommons|w3|schema|github|gitlab)\.[a-z.]{2,}$/;
