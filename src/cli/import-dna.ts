/**
 * `npm run import:dna -- DIR --out FILE.json [--id ID] [--title T] [--description D]
 * [--language L] [--credit C]`: turns discourse-network claim data (DIR/claims.csv,
 * with DIR/speakers.csv and DIR/concepts.csv when present) into a parley/1 file;
 * the mapping is in src/model/csv/dna.ts. The bundled data set is made with
 *
 *   npm run import:dna -- ../shared/datasets/german-nuclear-2011 --out data/german-nuclear-2011.json
 *
 * Its title, description, credit and citation are the preset below (chosen by the
 * folder's name); for other folders they come from the options, the title
 * defaulting to the first heading of DIR/README.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { jsonText, summary, writeAtomically } from './import';
import { formatCsvProblem } from '../model/csv';
import { DNA_FILES, dnaToDataset, type DnaMeta } from '../model/csv/dna';
import { slugify } from '../model/csv/slug';

const USAGE =
  'usage: npm run import:dna -- DIR --out FILE.json [--id ID] [--title TEXT] [--description TEXT] [--language TAG] [--credit TEXT]';

const PRESETS: Record<string, Omit<DnaMeta, '$schema'>> = {
  // From the folder's README: Haunss & Hollway (2023), distributed in manynet (MIT).
  // Written in German, the language of the names and concepts (the page's lang="de").
  'german-nuclear-2011': {
    id: 'german-nuclear-2011',
    title: 'Atomausstieg 2011: Wer nach Fukushima wofür und wogegen eintrat',
    description:
      'Nach dem Reaktorunfall von Fukushima stritt Deutschland über den Ausstieg aus der Atomkraft. Politikwissenschaftler haben 1.164 datierte Aussagen vom 11. März bis zum 30. Juni 2011 kodiert: wie sich 337 Sprecher – Politikerinnen und Politiker, Parteien, Verbände, Medien, Fachleute – zu 54 energiepolitischen Forderungen stellten, 913-mal dafür und 251-mal dagegen.',
    language: 'de',
    credit:
      'Daten: Sebastian Haunss und James Hollway, „Multimodal mechanisms of political discourse dynamics and the case of Germany’s nuclear energy phase-out“, Network Science 11(2), 2023, S. 205–223, doi:10.1017/nws.2022.31; als irps_nuclear im R-Paket manynet (MIT-Lizenz, © 2023 James Hollway)',
    source: {
      id: 'haunss-hollway-2023',
      title:
        "Multimodal mechanisms of political discourse dynamics and the case of Germany's nuclear energy phase-out",
      publisher: 'Network Science',
      url: 'https://doi.org/10.1017/nws.2022.31',
      published: '2023',
    },
  },
};

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The first "# " heading of DIR/README.md, if any. */
function readmeTitle(dir: string): string | undefined {
  try {
    return /^#\s+(.+)$/m.exec(readFileSync(join(dir, 'README.md'), 'utf8'))?.[1]?.trim();
  } catch {
    return undefined;
  }
}

async function main(argv: string[]): Promise<number> {
  const text = { type: 'string' } as const;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        out: text,
        id: text,
        title: text,
        description: text,
        language: text,
        credit: text,
      },
      allowPositionals: true,
    });
    if (parsed.positionals.length !== 1 || !parsed.values.out) throw new Error(USAGE);
  } catch {
    console.error(USAGE);
    return 1;
  }
  const { values, positionals } = parsed;
  const dir = positionals[0]!;
  const out = values.out!;
  const folder = basename(resolve(dir));
  const preset = PRESETS[folder];
  const schema = join(repoRoot, 'data/schema/parley-1.schema.json');
  const schemaPath = relative(dirname(resolve(out)), schema)
    .split('\\')
    .join('/');
  const meta: DnaMeta = {
    ...preset,
    id: values.id ?? preset?.id ?? slugify(folder),
    title: values.title ?? preset?.title ?? readmeTitle(dir) ?? folder,
    language: values.language ?? preset?.language ?? 'en',
    ...(values.description !== undefined ? { description: values.description } : {}),
    ...(values.credit !== undefined ? { credit: values.credit } : {}),
    ...(existsSync(schema)
      ? { $schema: schemaPath.startsWith('.') ? schemaPath : `./${schemaPath}` }
      : {}),
  };
  const files = DNA_FILES.filter((name) => existsSync(join(dir, name))).map((name) => ({
    name,
    content: readFileSync(join(dir, name)),
  }));
  if (files.length === 0 && !existsSync(dir)) {
    console.log(`${dir}:1:1: error: cannot read the folder: no such folder`);
    console.error('nothing was written');
    return 1;
  }
  const { problems, invalid, data } = dnaToDataset(files, meta);
  for (const problem of problems) console.log(formatCsvProblem(join(dir, problem.file), problem));
  for (const problem of invalid)
    console.log(`${out}: error: ${problem.message} (at ${problem.pointer || '/'})`);
  if (!data) {
    console.error('nothing was written');
    return 1;
  }
  writeAtomically(out, await jsonText(data, out));
  const kinds = ['person', 'organization', 'group', 'state']
    .map((kind) => `${data.actors.filter((a) => a.kind === kind).length} ${kind}`)
    .join(', ');
  const positive = data.statements!.filter((s) => s.stance === 'positive').length;
  console.error(
    `wrote ${out} (${summary(data)}; actors: ${kinds}; statements: ${positive} positive, ${data.statements!.length - positive} negative)`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
