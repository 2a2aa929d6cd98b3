/**
 * The words of the readable statements CSV in one interface language: the table's
 * column names (so the file's headers read as the table's), plus the two columns the
 * table shows inside others (Via, Sources), and stance and certainty as labels.
 */
import type { StatementCsvWords } from '../model/csv/statements';
import type { CoreMessages } from './en';
import type { PartMessages } from './en-parts';

export function statementCsvWords(core: CoreMessages, part: PartMessages): StatementCsvWords {
  const { date, speaker, about, topic, stance, certainty, text } = part.table.columns;
  return {
    columns: { date, speaker, about, topic, stance, certainty, text, ...part.download.csvColumns },
    stance: core.stance,
    certainty: core.certainty,
  };
}
