// Checks the hand-structured seed data set against the article it was built from:
// quotes are verbatim, summaries are our own words, and the key facts are present.
// Deliberately independent of the validator (src/model/validate.ts), which has its own tests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface SeedActor {
  id: string;
  name: string;
  kind: string;
}
interface SeedEvent {
  id: string;
  title: string;
  start: string;
  status?: string;
  summary?: string;
}
interface SeedStatement {
  id: string;
  speaker: string;
  summary: string;
  quote?: string;
  via?: string;
  certainty?: string;
}
interface SeedSource {
  id: string;
  url?: string;
}
interface SeedData {
  actors: SeedActor[];
  events: SeedEvent[];
  statements: SeedStatement[];
  sources: SeedSource[];
  description?: string;
}

const data = JSON.parse(
  readFileSync(new URL('../../data/alaska-summit-2025.json', import.meta.url), 'utf8'),
) as SeedData;
const article = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');

/** Lower-cased words, with punctuation (straight or curly) stripped, for overlap checks. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9'-]+/)
    .map((w) => w.replace(/^['-]+|['-]+$/g, ''))
    .filter((w) => w.length > 0);
}

/** The first run of `n` consecutive words that `text` shares with `source`, if any. */
function sharedRun(text: string, source: string, n: number): string | undefined {
  const sourceWords = words(source);
  const runs = new Set<string>();
  for (let i = 0; i + n <= sourceWords.length; i++) runs.add(sourceWords.slice(i, i + n).join(' '));
  const textWords = words(text);
  for (let i = 0; i + n <= textWords.length; i++) {
    const run = textWords.slice(i, i + n).join(' ');
    if (runs.has(run)) return run;
  }
  return undefined;
}

function actorByName(name: string): SeedActor | undefined {
  return data.actors.find((a) => a.name.toLowerCase() === name.toLowerCase());
}

describe('sharedRun helper', () => {
  it('finds a shared run regardless of case and punctuation', () => {
    expect(sharedRun('One, two THREE four.', 'zero one two three four five', 4)).toBe(
      'one two three four',
    );
    expect(sharedRun('Russia’s thinking', "russia's thinking", 2)).toBe("russia's thinking");
  });
  it('returns undefined when no run of that length is shared', () => {
    expect(sharedRun('one two three', 'one two four three', 3)).toBeUndefined();
    expect(sharedRun('short', 'short', 2)).toBeUndefined();
  });
});

describe('seed data set: alaska-summit-2025', () => {
  it('quotes every quotation verbatim from the article', () => {
    const quoted = data.statements.filter((s) => s.quote !== undefined);
    expect(quoted.length).toBeGreaterThan(0);
    for (const s of quoted) {
      expect(article, `quote of ${s.id}`).toContain(s.quote);
    }
  });

  it('keeps quotes free of enclosing quotation marks', () => {
    for (const s of data.statements) {
      if (s.quote === undefined) continue;
      expect(s.quote, `quote of ${s.id}`).not.toMatch(/^["“”]|["“”]$/);
    }
  });

  it('writes every summary in its own words', () => {
    const texts = [
      ...data.statements.map((s) => ({ id: `statement ${s.id}`, text: s.summary })),
      ...data.events.flatMap((e) =>
        e.summary === undefined ? [] : [{ id: `event ${e.id}`, text: e.summary }],
      ),
      ...(data.description === undefined ? [] : [{ id: 'description', text: data.description }]),
    ];
    for (const { id, text } of texts) {
      expect(article.includes(text), `${id} is copied from the article`).toBe(false);
      expect(sharedRun(text, article, 8), `${id} shares 8 words with the article`).toBeUndefined();
    }
  });

  it('names every actor the article names', () => {
    for (const name of [
      'Vladimir Putin',
      'Steve Witkoff',
      'Marco Rubio',
      'Donald Trump',
      'Ursula von der Leyen',
      'Volodymyr Zelenskyy',
      'European officials',
      'coalition of the willing',
    ]) {
      expect(actorByName(name), name).toBeDefined();
    }
  });

  it('has at least fifteen statements', () => {
    expect(data.statements.length).toBeGreaterThanOrEqual(15);
  });

  it('has the Washington meeting planned for Monday 18 August 2025', () => {
    const washington = data.events.filter((e) => /washington/i.test(e.title));
    expect(washington).toHaveLength(1);
    expect(washington[0]?.status).toBe('planned');
    expect(washington[0]?.start).toBe('2025-08-18');
  });

  it('reports second-hand and alleged positions as such', () => {
    const witkoff = actorByName('Steve Witkoff');
    expect(witkoff).toBeDefined();
    expect(data.statements.some((s) => s.via === witkoff?.id)).toBe(true);
    const putin = actorByName('Vladimir Putin');
    expect(
      data.statements.some(
        (s) => s.speaker === putin?.id && s.via === witkoff?.id && s.certainty === 'reported',
      ),
    ).toBe(true);
    expect(data.statements.some((s) => s.certainty === 'alleged')).toBe(true);
  });

  it('cites the article without inventing a URL', () => {
    const source = data.sources.find((s) => s.id === 'article');
    expect(source).toBeDefined();
    expect(source).not.toHaveProperty('url');
  });
});
