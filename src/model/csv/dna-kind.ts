/**
 * What kind of actor a coded speaker is, for discourse-network data whose speaker
 * table has only a name and an organization (speakers.csv of the German nuclear
 * data set). Its `politician` column is TRUE for parties and party bodies as well
 * as for people (SPD, FDP-Bundestagsfraktion, Angela Merkel), so it cannot tell a
 * person from an organization; the name and the organization do:
 *
 * 1. the name is its own organization ("SPD", "Greenpeace", "Die Welt") → organization;
 * 2. the name contains its organization's name ("FDP-Bundestagsfraktion",
 *    "Grüne Jugend", "CDU-Landesverband Hessen") → organization, a part of it;
 * 3. the name is shaped like a personal name: two to five words, each capitalized
 *    and not an acronym, with name particles (von, van, de, zu, "von der") and
 *    initials ("Gert G. Wagner") allowed, no digits → person;
 * 4. anything else ("Experten", "306 Wissenschaftler", "Unionspolitiker",
 *    "Mehrheit der Deutschen") → group, an informal set.
 *
 * `state` is never chosen: nothing in such data says a name is a country.
 *
 * Some coders put a person's title where the organization goes ("Frankreichs
 * Regierungschef", "Britischer Energieminister", "Europa- und Energieexperte");
 * `isTitle` spots those (…minister, …chef, …experte, Vorsitzende…), and the
 * mapping makes them the person's role instead of an organization.
 */
import type { ActorKind } from '../types';

const PARTICLES = new Set([
  'von',
  'van',
  'vom',
  'zu',
  'zur',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'le',
  'la',
  'ten',
  'ter',
]);
/** "der"/"den" only right after von/van, as in "Ursula von der Leyen". */
const ARTICLES = new Set(['der', 'den']);

/** A capitalized word that is not an acronym ("FDP", "EU-Diplomat"): no two capitals in a row. */
function nameWord(word: string): boolean {
  return /^\p{Lu}[\p{L}'’.-]*$/u.test(word) && !/\p{Lu}\p{Lu}/u.test(word);
}

export function looksLikePersonName(name: string): boolean {
  if (/[\d,()/&+]/.test(name)) return false;
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((word, i) => {
    if (i === 0) return nameWord(word);
    const previous = words[i - 1]!;
    if (PARTICLES.has(word)) return i < words.length - 1;
    if (ARTICLES.has(word))
      return (previous === 'von' || previous === 'van') && i < words.length - 1;
    return nameWord(word);
  });
}

export function actorKind(name: string, organization: string): ActorKind {
  const org = organization.trim();
  if (org !== '' && org === name.trim()) return 'organization';
  if (org.length >= 2 && name.toLowerCase().includes(org.toLowerCase())) return 'organization';
  if (looksLikePersonName(name)) return 'person';
  return 'group';
}

/** An "organization" that reads as a person's title: "Britischer Energieminister". */
export function isTitle(organization: string): boolean {
  const text = organization.trim();
  return (
    /(minister|ministerin|chef|chefin|experte|expertin)$/i.test(text) || /^vorsitzende/i.test(text)
  );
}
