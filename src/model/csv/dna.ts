/**
 * Discourse-network data (coded claims: speaker, concept, agreement, date, the
 * shape discourse network analysis tools export) as a parley/1 data set:
 *
 * - claims.csv (required): date, speaker, concept, agreement → one statement each,
 *   ids c0001, c0002, … in file order; agreement support/yes/1 → positive,
 *   oppose/no/0 → negative; a summary in plain words in the data set's language
 *   (German: `Angela Merkel: für „Moratorium“`); the data set's source cited;
 * - speakers.csv (optional): name, organization → actors, kind by dna-kind.ts; a
 *   speaker whose organization is another name is affiliated with it, and an
 *   organization that is not a speaker itself becomes an organization actor
 *   (except a person's title written as one, which becomes the person's role);
 *   other columns are not carried over (parley/1 has no field for them);
 * - concepts.csv (optional): concept → topics, labelled with the concept's name.
 *
 * Without speakers.csv or concepts.csv, actors and topics come from the claims.
 * Ids are slugs of the names (slug.ts). Names are the keys, compared exactly.
 */
import type {
  Problem,
  RawActor,
  RawDataset,
  RawSource,
  RawStatement,
  RawTopic,
  Stance,
} from '../types';
import { validate } from '../validate';
import { actorKind, isTitle } from './dna-kind';
import { readDna, type DnaInput, type DnaTables } from './dna-read';
import type { CsvProblem } from './problem';
import { IdRegistry, slugify } from './slug';

export { DNA_FILES, type DnaInput } from './dna-read';

export interface DnaMeta {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  /** BCP 47 tag of the names and concepts; German ("de…") summaries read in German. */
  readonly language: string;
  readonly credit?: string;
  /** The publication the data comes from; every statement cites it. */
  readonly source?: RawSource;
  readonly $schema?: string;
}

export interface DnaResult {
  /** Problems in the input files. */
  readonly problems: readonly CsvProblem[];
  /** Errors the validator found in the result (a mapping bug if ever non-empty). */
  readonly invalid: readonly Problem[];
  readonly data?: RawDataset;
}

function summaryOf(language: string, speaker: string, concept: string, stance: Stance): string {
  const positive = stance === 'positive';
  if (/^de\b/i.test(language)) return `${speaker}: ${positive ? 'für' : 'gegen'} „${concept}“`;
  return `${speaker}: ${positive ? 'for' : 'against'} “${concept}”`;
}

/** Speakers, then the organizations they belong to that are not speakers themselves. */
function actorsOf(
  tables: DnaTables,
  ids: IdRegistry,
): { actors: RawActor[]; idOf: Map<string, string> } {
  const organizationOf = (name: string) => tables.speakers?.get(name) ?? '';
  const names = tables.speakers
    ? [...tables.speakers.keys()]
    : [...new Set(tables.claims.map((c) => c.speaker))];
  const idOf = new Map<string, string>();
  const actors = names.map((name): RawActor => {
    idOf.set(name, ids.claim(slugify(name)));
    return { id: idOf.get(name)!, name, kind: actorKind(name, organizationOf(name)) };
  });
  for (const actor of [...actors]) {
    const organization = organizationOf(actor.name);
    if (organization === '' || organization === actor.name) continue;
    if (actor.kind === 'person' && isTitle(organization) && !idOf.has(organization)) {
      actor.role = organization;
      continue;
    }
    if (!idOf.has(organization)) {
      idOf.set(organization, ids.claim(slugify(organization)));
      actors.push({ id: idOf.get(organization)!, name: organization, kind: 'organization' });
    }
    actor.affiliations = [idOf.get(organization)!];
  }
  return { actors, idOf };
}

export function dnaToDataset(files: readonly DnaInput[], meta: DnaMeta): DnaResult {
  const { problems, tables } = readDna(files);
  if (!tables) return { problems, invalid: [] };
  const ids = new IdRegistry();
  const { actors, idOf } = actorsOf(tables, ids);
  const labels = tables.concepts ?? [...new Set(tables.claims.map((c) => c.concept))];
  const topicOf = new Map<string, string>();
  const topics = labels.map((label): RawTopic => {
    topicOf.set(label, ids.claim(slugify(label)));
    return { id: topicOf.get(label)!, label };
  });
  const width = Math.max(4, String(tables.claims.length).length);
  const statements = tables.claims.map((claim, i): RawStatement => ({
    id: ids.claim(`c${String(i + 1).padStart(width, '0')}`),
    speaker: idOf.get(claim.speaker)!,
    topic: topicOf.get(claim.concept)!,
    stance: claim.stance,
    summary: summaryOf(meta.language, claim.speaker, claim.concept, claim.stance),
    date: claim.date,
    ...(meta.source ? { sources: [meta.source.id] } : {}),
  }));
  const data: RawDataset = {
    ...(meta.$schema === undefined ? {} : { $schema: meta.$schema }),
    format: 'parley/1',
    id: meta.id,
    title: meta.title,
    ...(meta.description === undefined ? {} : { description: meta.description }),
    language: meta.language,
    ...(meta.credit === undefined ? {} : { credit: meta.credit }),
    ...(meta.source ? { sources: [meta.source] } : {}),
    actors,
    topics,
    statements,
  };
  const invalid = validate(JSON.stringify(data)).problems.filter((p) => p.severity === 'error');
  return { problems, invalid, ...(invalid.length === 0 ? { data } : {}) };
}
