/**
 * Ids from names: lower-case ASCII slugs (German umlauts transliterated, ä → ae,
 * ß → ss; other accents dropped), unique within a data set by numbered suffixes.
 */
import { ID_PATTERN } from '../spec';

const SPELLED: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
};

const MAX = 64;

export function slugify(text: string): string {
  const spelled = text.replace(/[äöüÄÖÜßẞæÆœŒøØłŁđĐı]/g, (c) => SPELLED[c] ?? c);
  const slug = spelled
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, MAX)
    .replace(/-+$/, '');
  return slug === '' ? 'x' : slug;
}

/** Hands out unique ids: the slug itself, then slug-2, slug-3, … */
export class IdRegistry {
  private readonly taken = new Set<string>();

  claim(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id); n++) {
      const suffix = `-${n}`;
      id = `${base.slice(0, MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
    }
    if (!ID_PATTERN.test(id)) throw new Error(`internal error: "${id}" is not a valid id`);
    this.taken.add(id);
    return id;
  }
}
