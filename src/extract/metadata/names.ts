// People's names out of a byline: prefixes ("By", "Story by", "Von"), roles, credentials, dates
// and counters taken off.
import { decodeEntities } from '../jsonld';
import { collapse } from '../text';
import { MONTHS } from './months';

/** Words that open a byline, in the languages Sift meets: "By", "Story by", "Texto:", "Von". */
export const BYLINE_PREFIX =
  /^(?:(?:story|words|text|contributed|reporting|analysis|commentary|interview|photos?|video|written|posted|published|reported|compiled|edited|reviewed|fact[- ]checked|medically reviewed)\s+by|by|von|par|por|door|av|oleh|di|da|de|от|автор(?:ы)?|текст|texto|text|penulis|contributors?|autor(?:a|es)?|auteur|author|authors|writer|escrito por|publicado por|reportagem de|verfasst von|geschrieben von|تأليف|بقلم|كتب|著者|作者|記者)(?=[\s:：]|$)\s*[:：]?\s*/iu;
/** The prefixes that need a name after them to mean "by". */
export const WEAK_PREFIX = /^(?:di|da|de|av|door|par|por|von|text|от)$/i;

/** CMS account names that say nothing about who wrote the story. */
const GENERIC_AUTHORS =
  /^(admin|administrator|editor|editorial|staff|webmaster|guest|user|author|authors|the author|about the author|anonymous|unknown|none|null|undefined|by)$/i;

/** Words of the labels and buttons around a byline, never in a name. */
export const LABEL_WORDS =
  /\b(last|originally|source|sections?|table|contents|written|fact[- ]?checked|checked|reviewed|updated|published|posted|share|follow|subscribe|log ?in|sign (in|up)|menu|search|home|contact|privacy|policy|terms|agreement|cookies?|read|min|comments?|views?|edited|cite|webpage|profile|bio|more|newsletter|download|print|email|español|english|deutsch|français|integrity|network|insights|global|sponsored|advertisement|tags?|categor(?:y|ies)|topics?|recent|posts)\b/i;

/** Words that make a part of a byline a role, not a name ("Senior Autos Reporter", "CEO of …"). */
export const ROLE_WORDS =
  /\b(reporter|editor|editors|writer|correspondent|contributor|columnist|journalist|staff|expert|consultant|ceo|cto|coo|founder|co-founder|director|manager|producer|analyst|specialist|strategist|officer|president|chief|head of|lead|senior|junior|former|associate|assistant|contributing|freelance|intern|attorney|lawyer|professor|researcher|scientist|engineer|designer|developer|marketer|coach|instructor|author of|host|anchor|presenter|photographer|illustrator|blogger|fellow|partner|owner|advisor|adviser|reviewer|member|student|expert in|coordinator|executive|marketing|community|content|social media|product|evangelist|certified|licensed|registered|nurse|dietitian|nutritionist|therapist|physician|university|college|institute|department|hospital|association|foundation|ltd|inc|llc|corp)\b/i;
/**
 * Roles written after the name in Korean, Japanese and Chinese bylines: "김서연 기자" (reporter),
 * "특파원" (correspondent), "記者", "编辑" (agg-ko-wonmun).
 */
const EAST_ASIAN_ROLES =
  '기자|특파원|선임기자|객원기자|전문기자|논설위원|편집위원|통신원|記者|特派員|編集委員|論説委員|记者|特约记者|通讯员|编辑|編輯';
const EAST_ASIAN_ROLE = new RegExp(`^(?:${EAST_ASIAN_ROLES})$`, 'u');
/** A byline of that form: a name of a few characters, then the role ("김서연 기자", "홍길동·김철수 기자"). */
export const NAME_THEN_ROLE = new RegExp(
  `^[\\p{L}·]{2,12}(?:\\s[\\p{L}·]{1,12})?\\s?(?:${EAST_ASIAN_ROLES})$`,
  'u',
);
/** Credentials written after a name. */
const CREDENTIALS =
  /^(ph\.?d\.?|m\.?d\.?|m\.?s\.?|m\.?a\.?|b\.?s\.?|mba|rn|dds|dmd|do|jd|cpa|cfa|facp|faclm|esq\.?|jr\.?|sr\.?|ii|iii|iv|e-ryt ?\d*|rd|ld|cscs|mph|msc|bsc|frcp)$/i;
/** Trailers glued to a byline: a date, "Updated", a reading time, a share counter. */
const TRAILERS = [
  /\s*(?:\||•|·|—|–|-)?\s*(?:published|posted|updated|last updated|modified|on|le|el|am|em|il)\s*:?\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|\p{L}+ \d).*$/iu,
  /\s*(?:published|posted|updated)\s*(?:on|:)?\s*$/i,
  /\s*(?:\||•|·|—|–|-)?\s*\d+\s*(?:min(?:ute)?s?)\s*(?:read|de lecture|lesezeit)?.*$/i,
  /\s*(?:\||•|·|—|–)?\s*\d[\d.,]*\s*[km]?\s*(?:shares?|views?|comments?|reads?|likes?)\b.*$/i,
  /\s*(?:share|tweet|pin|email)\s*\d.*$/i,
  /\s*(?:\||•|·|—|–|-)?\s*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,? \d{4}).*$/i,
  /\s+on behalf of\b.*$/i,
  // "Mahua Das in Project Management": the section after the name (WCXB 4218).
  /\s+in$/i,
  /\s*(?:follow|view (?:all )?(?:posts|articles)|read more|see (?:all|more)|full bio|more from|contact|email)\b.*$/i,
];

/**
 * A byline as a reader wants it: the names, without "By", the role, the date or a share counter;
 * null when nothing in it is a name. Several names are joined with ", ".
 */
export function cleanByline(text: string | null): string | null {
  const list = splitNames(text ?? '', false);
  return list.length > 0 ? list.join(', ') : null;
}

/**
 * A name as people write one, capitalized ("Cory Dransfeldt", "Swoogo"), not an account's handle in
 * lower case ("worldnewsera").
 */
export function writtenAsName(name: string): boolean {
  return /^\p{Lu}/u.test(name.trim());
}

/**
 * The names in a byline. `marked`: the text comes from an element the page marks as the author, so
 * a lone user name ("jsteinhardt") counts; otherwise a name must look like one (capitalized words).
 */
export function splitNames(raw: string, marked: boolean): string[] {
  let t = collapse(decodeEntities(raw));
  if (!t || t.length > 300 || /^https?:|^www\./i.test(t)) return [];
  for (let i = 0; i < 3; i++) {
    const m = BYLINE_PREFIX.exec(t);
    if (!m || m[0].length === 0) break;
    const prefix = m[0].trim().replace(/[:：]$/, '');
    const rest = t.slice(m[0].length);
    if (WEAK_PREFIX.test(prefix) && (!/^\p{Lu}/u.test(rest) || /^\p{Lu}{2,}$/u.test(prefix))) break;
    t = rest;
  }
  for (const re of TRAILERS) t = t.replace(re, '');
  t = t.replace(/\s*[|•·]\s*$/, '').trim();
  // "Mariana Couto — São Paulo", "Jane Doe - CNN": after a dash, the dateline or the outlet, not a
  // second author (agg-pt-leia-tambem).
  const dash = /\s+[-–—]\s+/.exec(t);
  if (dash && dash.index > 0) t = t.slice(0, dash.index);
  const parts = t
    // "Dieter Hogen with Uta Pippig": two writers (WCXB 4117).
    .split(/\s*(?:,|;|&|\+|\||•|·|\s+(?:and|und|y|et|e|och|og|en|i|и|و|with)\s+)\s*/u)
    .map((p) =>
      p
        .replace(/^(?:and|by)\s+/i, '')
        // A footnote mark on a name ("Jennifer Huberty1"), not the digits of a brand ("Rapid7").
        .replace(/^(\S+\s.*\p{L})\d+$/u, '$1')
        .trim(),
    )
    .filter(Boolean);
  const out: string[] = [];
  let afterRole = false;
  for (const [i, part] of parts.entries()) {
    if (CREDENTIALS.test(part)) continue;
    // "Maria Okafor, The Riverside Sentinel": after a name, "The …" is the outlet, no person.
    if (i > 0 && out.length > 0 && /^The\s+\p{Lu}/u.test(part)) continue;
    // "AI Writer, Embarque": the employer after a role is not a second author.
    if (afterRole && !/\s/.test(part)) {
      afterRole = false;
      continue;
    }
    afterRole = ROLE_WORDS.test(part);
    const name = nameOf(part, marked);
    // "By clicking Continue, you agree to our Terms": a line of prose, whatever comes after the comma.
    if (!name && i === 0) return [];
    if (name && !out.includes(name)) out.push(name);
  }
  // "Jane Doe, Senior Reporter" has one name; "Acme Corp" alone is kept only when it is all there is.
  return out.length > 8 ? [] : out;
}

/**
 * A newsroom's collective byline, printed where a person's name would be: "Podium Staff", "EcoCult
 * Staff", "Our Editors", "The Lavazza Team", "Team Tiger Data" (WCXB 0219, 4111, 4108, 4041, 4416).
 * Whole, it names who wrote the story; its last word alone is a role.
 */
const COLLECTIVE =
  /^(?:(?:the|our)\s+)?(?:\p{Lu}[\p{L}\p{N}.&'’-]*\s+){0,3}(?:staff|team|editors|editorial (?:team|staff|board)|newsroom)$/iu;
/** "Team Tiger Data": the word first, then the site's name, capitalized (not "Team Lead", a role). */
const TEAM_FIRST = /^Team(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){1,3}$/u;

/** A newsroom's byline, not a person's ("Podium Staff", "Our Editors"). */
export function isCollective(name: string): boolean {
  const t = name.trim();
  return (COLLECTIVE.test(t) || (TEAM_FIRST.test(t) && !ROLE_WORDS.test(t))) && !LABEL_WORDS.test(t);
}

/** The name at the start of a part of a byline, or null when the part is a role, a label or a sentence. */
function nameOf(part: string, marked: boolean): string | null {
  // "Penulis:", "Editor:": a label, whatever its language (agg-id-baca-juga).
  if (GENERIC_AUTHORS.test(part) || /^\d|@|https?:|[:：]$/.test(part)) return null;
  if (marked && isCollective(part)) return part.replace(/[.,:;]+$/, '');
  const tokens = part.split(/\s+/);
  // "Liz Kenny Former McKinsey Consultant": the name ends where the role begins.
  const kept: string[] = [];
  for (const token of tokens) {
    if (ROLE_WORDS.test(token) || EAST_ASIAN_ROLE.test(token) || /^(at|of|for|from|in)$/i.test(token)) {
      // "AI Writer", "SEO Specialist": the qualifier before the role goes with it.
      if (/^\p{Lu}{2,4}$/u.test(kept[kept.length - 1] ?? '') && kept.length > 2) kept.pop();
      break;
    }
    kept.push(token);
  }
  // "Deal Professor", "Autos Reporter": one word before the role qualifies it; it is not a name.
  if (kept.length === 1 && tokens.length > 1 && ROLE_WORDS.test(tokens[1] ?? '')) return null;
  const name = kept.join(' ').replace(/[.,:;]+$/, '');
  if (!name || name.length > 60 || kept.length > 5) return null;
  if (GENERIC_AUTHORS.test(name) || LABEL_WORDS.test(name)) return null;
  const cased = /\p{Lu}/u.test(name) || !/[a-z]/i.test(name);
  const particles =
    /^(van|von|der|den|de|del|della|di|da|dos|du|la|le|el|al|bin|ibn|ben|y|e|st\.?|mc|mac|o'|d'|zu)$/i;
  const lower = kept.filter((w) => /^\p{Ll}/u.test(w) && !particles.test(w));
  if (kept.length === 1) {
    if (
      !/\p{L}/u.test(name) ||
      MONTHS[name.toLowerCase().replace(/\.$/, '')] ||
      /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/i.test(name)
    )
      return null;
    if (!marked && !cased) return null;
    return name;
  }
  if (lower.length > 0) return null;
  // "Sep 16", "Issue 4": a date or a counter, not a name; a name has no word of digits alone.
  if (kept.some((w) => /^\d+$/.test(w))) return null;
  if (kept.every((w) => /^(the|a|an|our|your|my|le|la|les|el|los|der|die|das)$/i.test(w))) return null;
  return cased || marked ? name : null;
}
