/**
 * A quote in the marks its language's readers expect: the data's quotes are in the
 * data set's language (BCP 47, `dataAttrs.lang`), whatever the interface speaks.
 * The marks are CLDR's main quotation delimiters for the languages below, English's
 * elsewhere. They are written into the text (not CSS `quotes`), so a quote that is
 * copied, read out or found by search keeps them.
 */
const MARKS: Record<string, readonly [string, string]> = {};
const mark = (languages: string, open: string, close: string) => {
  for (const language of languages.split(' ')) MARKS[language] = [open, close];
};
mark('de cs sk sl lt et is bg', '„', '“');
mark('pl ro hu', '„', '”');
mark('es it ru uk be ar fa el ca nb nn no', '«', '»');
// French sets its guillemets apart by a narrow no-break space.
mark('fr', '«\u202f', '\u202f»');
mark('he sv fi', '”', '”');
mark('ja', '「', '」');

export function quoted(text: string, language: string | undefined): string {
  const [open, close] = MARKS[(language ?? '').split('-')[0]!.toLowerCase()] ?? ['“', '”'];
  return `${open}${text}${close}`;
}
