import { describe, expect, it } from 'vitest';
import { quoted } from '../../src/i18n/quotes';

describe('quoted', () => {
  it.each([
    ['en', '“Yes.”'],
    ['en-GB', '“Yes.”'],
    ['de', '„Yes.“'],
    ['de-AT', '„Yes.“'],
    ['pl', '„Yes.”'],
    ['fr', '«\u202fYes.\u202f»'],
    ['es', '«Yes.»'],
    ['ar', '«Yes.»'],
    ['he', '”Yes.”'],
    ['ja', '「Yes.」'],
  ])('in %s: %s', (language, expected) => {
    expect(quoted('Yes.', language)).toBe(expected);
  });

  it("falls back to English's marks for a language it does not know, or none", () => {
    expect(quoted('Ja.', 'xx')).toBe('“Ja.”');
    expect(quoted('Ja.', undefined)).toBe('“Ja.”');
    expect(quoted('Ja.', 'DE')).toBe('„Ja.“');
  });
});
