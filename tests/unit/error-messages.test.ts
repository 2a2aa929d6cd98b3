// Why a data set cannot be shown, in the interface's words (#13: the page's error
// view): the English sentences as before, and each other language's own.
import { describe, expect, it } from 'vitest';
import { withMessages, type Locale } from '../../src/i18n';
import { ALL_CATALOGUES } from '../../src/i18n/all';
import { errorMessage } from '../../src/state/failure';
import type { LoadErrorReason } from '../../src/state/load';

const say = (locale: Locale, reason: LoadErrorReason) =>
  withMessages(locale, ALL_CATALOGUES[locale], () => errorMessage(reason));

const BAD: LoadErrorReason = { type: 'bad-id', id: '../x', example: 'alaska-summit-2025' };
const UNKNOWN: LoadErrorReason = {
  type: 'unknown',
  id: 'alaska-sumit-2025',
  hint: 'alaska-summit-2025',
  known: ['alaska-summit-2025', 'antarctic-treaty'],
};
const invalid = (errors: number): LoadErrorReason => ({ type: 'invalid', id: 'x', errors });

describe('errorMessage', () => {
  it.each<[Locale, LoadErrorReason, string]>([
    [
      'en',
      BAD,
      '"../x" is not a data set id. Data set ids are short names such as "alaska-summit-2025".',
    ],
    [
      'en',
      UNKNOWN,
      'There is no data set "alaska-sumit-2025". Did you mean "alaska-summit-2025"? Available: alaska-summit-2025, antarctic-treaty.',
    ],
    ['en', { type: 'unknown', id: 'q', known: [] }, 'There is no data set "q".'],
    ['en', invalid(1), 'The data set "x" has 1 error and cannot be shown.'],
    ['en', invalid(1164), 'The data set "x" has 1,164 errors and cannot be shown.'],
    [
      'de',
      UNKNOWN,
      'Es gibt keinen Datensatz „alaska-sumit-2025“. Meinten Sie „alaska-summit-2025“? Verfügbar: alaska-summit-2025, antarctic-treaty.',
    ],
    ['de', invalid(3), 'Der Datensatz „x“ enthält 3 Fehler und kann nicht angezeigt werden.'],
    [
      'de',
      invalid(1164),
      'Der Datensatz „x“ enthält 1.164 Fehler und kann nicht angezeigt werden.',
    ],
    [
      'fr',
      invalid(2),
      'Le jeu de données «\u00a0x\u00a0» contient 2 erreurs et ne peut pas être affiché.',
    ],
    ['es', invalid(1), 'El conjunto de datos «x» tiene 1 error y no se puede mostrar.'],
    // The Arabic dual after "على" is genitive.
    ['ar', invalid(2), 'تحتوي مجموعة البيانات «x» على خطأين، ولذا لا يمكن عرضها.'],
    ['ar', invalid(1), 'تحتوي مجموعة البيانات «x» على خطأ واحد، ولذا لا يمكن عرضها.'],
  ])('%s: %j', (locale, reason, sentence) => {
    expect(say(locale, reason)).toBe(sentence);
  });
});
