/**
 * `npm run network -- FILE.json --type agreement|conflict|balance [--from DATE]
 * [--to DATE] [--topic ID]... [--normalize none|average|jaccard|cosine] [--fold]
 * --format csv|graphml --out FILE`: a discourse network of the data set as
 * "Network (CSV)" or "Network (GraphML)", the same code (src/network/) and the
 * same filter rules as the explorer: the window is inclusive at the precision
 * its dates are written ("--to 2011-04" keeps all of April). The JSON is
 * validated first; problems are printed as `FILE:LINE:COL: error: …`, a bad
 * option as `error: --option: …`, and on any error nothing is written (exit 1).
 * A summary goes to stderr: how many ties among how many actors.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblem, readFailure } from './format';
import { writeAtomically } from './import';
import { parseDate } from '../model/dates';
import { didYouMean } from '../model/hints';
import { loadDataset } from '../model/load';
import type { PDate } from '../model/types';
import {
  discourseNetwork,
  networkCsv,
  networkGraphml,
  NETWORK_TYPES,
  NORMALIZATIONS,
  type NetworkType,
  type Normalization,
} from '../network';

const USAGE =
  'usage: npm run network -- FILE.json --type agreement|conflict|balance [--from DATE] [--to DATE] [--topic ID]... [--normalize none|average|jaccard|cosine] [--fold] --format csv|graphml --out FILE';

const FORMATS = ['csv', 'graphml'] as const;

/** Thrown for an option that does not fit; its message is the line printed. */
class OptionError extends Error {}

function oneOf<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
): T {
  if (value === undefined) throw new OptionError(`--${option} is required (${allowed.join(', ')})`);
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new OptionError(
    `--${option} must be one of ${allowed.join(', ')}, not "${value}"${didYouMean(value, allowed)}`,
  );
}

function dateOption(option: string, value: string | undefined): PDate | undefined {
  if (value === undefined) return undefined;
  const parsed = parseDate(value);
  if (!parsed.ok) throw new OptionError(`--${option} "${value}": ${parsed.message}`);
  return parsed.date;
}

function main(argv: string[]): number {
  let parsed;
  try {
    const text = { type: 'string' } as const;
    parsed = parseArgs({
      args: argv,
      options: {
        type: text,
        from: text,
        to: text,
        topic: { type: 'string', multiple: true },
        normalize: text,
        fold: { type: 'boolean' },
        format: text,
        out: text,
      },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    console.error(USAGE);
    return 1;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || values.out === undefined) {
    console.error(USAGE);
    return 1;
  }
  const file = positionals[0]!;
  let type: NetworkType;
  let normalize: Normalization;
  let format: (typeof FORMATS)[number];
  let from: PDate | undefined;
  let to: PDate | undefined;
  try {
    type = oneOf('type', values.type, NETWORK_TYPES);
    normalize = oneOf('normalize', values.normalize ?? 'none', NORMALIZATIONS);
    format = oneOf('format', values.format, FORMATS);
    from = dateOption('from', values.from);
    to = dateOption('to', values.to);
    if (from && to && to.end <= from.start) {
      throw new OptionError(`--to ${to.text} is before --from ${from.text}`);
    }
  } catch (error) {
    if (!(error instanceof OptionError)) throw error;
    console.error(`error: ${error.message}`);
    console.error('nothing was written');
    return 1;
  }

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.log(`${file}:1:1: error: cannot read the file: ${readFailure(error)} (at /)`);
    console.error('nothing was written');
    return 1;
  }
  const { problems, dataset } = loadDataset(text);
  for (const problem of problems) console.log(formatProblem(file, problem));
  if (!dataset) {
    console.error(`${file} has errors; nothing was written`);
    return 1;
  }
  const topicIds = dataset.topics.map((t) => t.id);
  for (const id of values.topic ?? []) {
    if (!topicIds.includes(id)) {
      console.error(`error: --topic "${id}" is not a topic of ${file}${didYouMean(id, topicIds)}`);
      console.error('nothing was written');
      return 1;
    }
  }
  const topics = values.topic?.length ? new Set(values.topic) : undefined;
  const network = discourseNetwork(dataset.statements, {
    type,
    normalize,
    from,
    to,
    topics,
    fold: values.fold ?? false,
  });
  const output =
    format === 'csv'
      ? networkCsv(network.ties, normalize)
      : networkGraphml({
          actors: network.actors,
          ties: network.ties,
          coalitionOf: network.coalitions.coalitionOf,
          normalize,
          id: `${dataset.id}-${type}`,
        });
  try {
    writeAtomically(values.out, output);
  } catch (error) {
    console.log(`${values.out}:1:1: error: cannot write the file: ${readFailure(error)} (at /)`);
    return 1;
  }
  const tied = new Set(network.ties.flatMap((t) => [t.source, t.target])).size;
  console.error(
    `wrote ${values.out}: ${network.ties.length} ${type} ties among ${tied} of ${network.actors.length} actors, ${network.coalitions.coalitions.length} coalitions`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
