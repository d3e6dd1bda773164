// A source as the registry keeps it while the text is read, and the name normalisers that compare sources.
import { cleanToken, isCountryLike, isDemonym, POSTNOMINALS, singular } from './noun-phrase';
import type { SourceKind } from './types';

export interface Entity {
  id: string;
  name: string;
  named: boolean;
  kind: SourceKind;
  role: string | null;
  affiliation: string | null;
  /** Every text that says what the source is: mention, role, affiliation, appositions. */
  context: string[];
  /** Relative clauses about the source ("which monitors ..."). */
  activities: string[];
  heads: Set<string>;
  stems: Set<string>;
  plural: boolean;
  surname: string | null;
  aliases: Set<string>;
  lastSeen: number;
  claimCount: number;
}

/** Prefix length for loose word matching: "Chilean" ~ "Chile's", "defence" ~ "defense", "European" ~ "Europe". */
export const STEM_LENGTH = 4;
export const stem = (word: string): string =>
  word
    .toLowerCase()
    .replace(/['\u2019]s?$/, '')
    .slice(0, STEM_LENGTH);
/** Without accents: "Zoë Ferré" and "Zoe Ferre" are one name, as a page may write it both ways. */
const unaccented = (text: string): string =>
  /[^ -~\s]/.test(text) ? text.normalize('NFD').replace(/\p{M}+/gu, '') : text;
export const normName = (name: string): string =>
  unaccented(name)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['\u2019]s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
export const normSurname = (token: string): string =>
  unaccented(cleanToken(token))
    .toLowerCase()
    .replace(/['\u2019]s$/, '')
    .replace(/^(?:al|el|ad|as|ash|at|ar|az|an)-/, '');
/** Generational suffixes and letters after a family name: "James P. Kennedy Jr." is a Kennedy, "Sam Reed QC" and
 * "Ann Cole MP" a Reed and a Cole. */
export const NAME_SUFFIX = new RegExp(`^(?:Jr|Sr|II|III|IV|${POSTNOMINALS.join('|')})\\.?,?$`);
/** The family name of a full name, suffixes aside, normalised: "James P. Kennedy Jr." -> "kennedy". */
export const surnameOf = (name: string): string => {
  const tokens = name.split(/\s+/).filter((t) => t !== '' && !NAME_SUFFIX.test(t));
  return normSurname(tokens[tokens.length - 1] ?? name);
};
/** Synonymous heads for "the official" matching: a spokesman is a spokesperson. */
export const HEAD_SYNONYMS: Record<string, string> = {
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  adviser: 'advisor',
  firm: 'company',
  figure: 'data',
  statistic: 'data',
  number: 'data',
};

export const headKey = (head: string): string => {
  const s = singular(head);
  return HEAD_SYNONYMS[s] ?? s;
};

export { PARTY_MEMBERS } from './noun-phrase';

/** Whether an organisation is the one written here: a shared alias, its first word, or its initials. */
export function sameOrganisation(e: Entity, aliases: Set<string>, written: string): boolean {
  for (const a of aliases) if (e.aliases.has(a)) return true;
  // "the Environmental Protection Agency" and "the United States Environmental Protection Agency", "Pakistan
  // People's Party" and "Bhutto's Pakistan People's Party": a name of two words or more that ends the other,
  // whose extra words are only its country or a possessor.
  for (const a of aliases)
    for (const b of e.aliases) if (countryOrOwnerBefore(a, b) || countryOrOwnerBefore(b, a)) return true;
  const w = written.replace(/^the\s+/i, '');
  // "Zentro" for "Zentro Research Group"; "VPA" for "Vellmark Ports Authority"; "Watchlog" for "Watchlog.org".
  if (!w.includes(' ')) {
    const [opening = '', ...rest] = e.name.split(/\s+/);
    if (withoutDomain(opening) === withoutDomain(w)) return true;
    // ("CDC" for "the Harlow Center for Disease Control": a country's or a people's word may open the name.)
    if (spells(w, e.name) || ((isCountryLike(opening) || isDemonym(opening)) && spells(w, rest.join(' ')))) return true;
  }
  // ("the Tarnby CWS" for "the Tarnby Center for Water Safety": the same words, then the rest's acronym.)
  const words = w.split(/\s+/);
  const acronym = words.pop() ?? '';
  const prefix = `${words.join(' ')} `;
  return (
    words.length > 0 &&
    /^\p{Lu}{2,}$/u.test(acronym) &&
    e.name.startsWith(prefix) &&
    spells(acronym, e.name.slice(prefix.length))
  );
}

/** A site's name without its domain: "Watchlog" of "Watchlog.org" (a name with none is itself). */
function withoutDomain(name: string): string {
  return name.replace(/\.(?:com|org|net|info|co\.uk|org\.uk)$/i, '');
}

/** Whether `acronym` is made of the initials of `name`'s capitalised words, or of those before its last "and"
 * ("CDC" of "Centers for Disease Control and Prevention"). */
function spells(acronym: string, name: string): boolean {
  const initials = (words: string): string =>
    words
      .split(/\s+/)
      .filter((t) => /^\p{Lu}/u.test(t))
      .map((t) => t[0])
      .join('');
  const and = name.lastIndexOf(' and ');
  return acronym.length > 1 && (initials(name) === acronym || (and > 0 && initials(name.slice(0, and)) === acronym));
}

/** Whether `long` is `short` (two words or more) with only a country ("united states") or a possessor
 * ("bhutto's", "the royal family's") before it; both normalised (normName). */
function countryOrOwnerBefore(short: string, long: string): boolean {
  if (!short.includes(' ') || long.length <= short.length + 1 || !long.endsWith(` ${short}`)) return false;
  const before = long.slice(0, -short.length - 1);
  return isCountryLike(before) || /['\u2019]s$/.test(before);
}
