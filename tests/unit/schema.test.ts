// The JSON Schema that editors use (data/schema/parley-1.schema.json) is generated from
// src/model/spec.ts; these tests catch a stale file and check it against DATA-FORMAT.md,
// whose required fields and allowed values are copied here by hand on purpose.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DATE_PATTERN, jsonSchema, jsonSchemaText } from '../../src/model/schema';

type Schema = {
  required?: string[];
  properties?: Record<string, Schema & { enum?: string[]; const?: string; default?: unknown }>;
  $defs?: Record<string, Schema>;
  allOf?: { anyOf: { required: string[] }[] }[];
  pattern?: string;
  minItems?: number;
  items?: Schema & { $ref?: string };
};

const root = fileURLToPath(new URL('../../', import.meta.url));
const schemaPath = resolve(root, 'data/schema/parley-1.schema.json');
const committed = readFileSync(schemaPath, 'utf8');
const schema = JSON.parse(committed) as Schema;
const defs = schema.$defs ?? {};

describe('data/schema/parley-1.schema.json', () => {
  it('is up to date with src/model/spec.ts', () => {
    expect(committed, 'data/schema/parley-1.schema.json is stale: run npm run schema').toBe(
      jsonSchemaText(),
    );
  });

  it('is what jsonSchema() describes', () => {
    expect(JSON.parse(jsonSchemaText())).toEqual(jsonSchema());
  });

  const dataFiles = readdirSync(resolve(root, 'data'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => resolve(root, 'data', name));

  it.each(dataFiles.map((file) => [file.slice(root.length), file]))(
    '%s points its $schema at it',
    (_, file) => {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { $schema?: unknown };
      expect(typeof data.$schema).toBe('string');
      expect(resolve(dirname(file), data.$schema as string)).toBe(schemaPath);
    },
  );
});

describe('the schema matches DATA-FORMAT.md', () => {
  const record = (kind: string): Schema => {
    const def = defs[kind];
    expect(def, `$defs.${kind}`).toBeDefined();
    return def!;
  };
  const values = (kind: string, field: string) => record(kind).properties?.[field]?.enum;

  it('requires the documented fields', () => {
    expect(schema.required).toEqual(['format', 'id', 'title', 'actors']);
    expect(record('source').required).toEqual(['id', 'title']);
    expect(record('actor').required).toEqual(['id', 'name', 'kind']);
    expect(record('topic').required).toEqual(['id', 'label']);
    expect(record('event').required).toEqual(['id', 'title', 'start']);
    expect(record('statement').required).toEqual(['id', 'speaker', 'stance', 'summary']);
  });

  it('needs about or topic, and event or date, on a statement', () => {
    expect(record('statement').allOf).toEqual([
      { anyOf: [{ required: ['about'] }, { required: ['topic'] }] },
      { anyOf: [{ required: ['event'] }, { required: ['date'] }] },
    ]);
  });

  it('allows the documented values', () => {
    expect(schema.properties?.format?.const).toBe('parley/1');
    expect(values('actor', 'kind')).toEqual(['person', 'state', 'organization', 'group']);
    expect(values('event', 'status')).toEqual(['held', 'planned', 'cancelled', 'postponed']);
    expect(values('statement', 'stance')).toEqual(['positive', 'negative', 'neutral', 'mixed']);
    expect(values('statement', 'certainty')).toEqual([
      'confirmed',
      'reported',
      'alleged',
      'denied',
    ]);
  });

  it('documents the defaults', () => {
    expect(schema.properties?.language?.default).toBe('en');
    expect(record('event').properties?.status?.default).toBe('held');
    expect(record('statement').properties?.certainty?.default).toBe('confirmed');
  });

  it('has the documented fields and no others', () => {
    const keys = (s: Schema) => Object.keys(s.properties ?? {}).sort();
    expect(keys(schema)).toEqual(
      [
        '$schema',
        'format',
        'id',
        'title',
        'description',
        'language',
        'published',
        'credit',
        'sources',
        'actors',
        'topics',
        'events',
        'statements',
      ].sort(),
    );
    expect(keys(record('source'))).toEqual(
      ['id', 'title', 'publisher', 'url', 'published', 'archivedUrl'].sort(),
    );
    expect(keys(record('actor'))).toEqual(
      ['id', 'name', 'kind', 'role', 'affiliations', 'aliases', 'wikidata'].sort(),
    );
    expect(keys(record('topic'))).toEqual(['id', 'label', 'description'].sort());
    expect(keys(record('event'))).toEqual(
      [
        'id',
        'title',
        'start',
        'end',
        'status',
        'kind',
        'location',
        'participants',
        'topics',
        'summary',
        'sources',
        'approximate',
      ].sort(),
    );
    expect(keys(record('statement'))).toEqual(
      [
        'id',
        'speaker',
        'about',
        'topic',
        'stance',
        'summary',
        'quote',
        'event',
        'date',
        'via',
        'certainty',
        'sources',
      ].sort(),
    );
  });

  it('needs at least one actor', () => {
    expect(schema.properties?.actors?.minItems).toBe(1);
  });

  it('writes ids as 1–64 characters from a-z 0-9 - _ . starting with a letter or digit', () => {
    const id = new RegExp(defs.id?.pattern ?? '$^');
    for (const ok of ['a', '9', 'alaska-summit-2025', 'a.b_c-d', 'x'.repeat(64)]) {
      expect(id.test(ok), ok).toBe(true);
    }
    for (const bad of ['', '-a', '.a', '_a', 'A', 'a b', 'é', 'x'.repeat(65)]) {
      expect(id.test(bad), bad).toBe(false);
    }
  });

  it('writes dates in the four documented forms, with an offset on date-times', () => {
    const date = new RegExp(DATE_PATTERN);
    expect(defs.date?.pattern).toBe(DATE_PATTERN);
    for (const ok of [
      '1882',
      '2025-08',
      '2025-08-15',
      '2025-08-15T11:00Z',
      '2025-08-15T11:00:00-08:00',
    ]) {
      expect(date.test(ok), ok).toBe(true);
    }
    for (const bad of ['82', '2025-8', '2025-08-15T11:00', '2025-08-15 11:00Z', '15 August 2025']) {
      expect(date.test(bad), bad).toBe(false);
    }
  });

  it('allows only http: and https: links', () => {
    const url = new RegExp(record('source').properties?.url?.pattern ?? '$^');
    expect(url.test('https://example.org')).toBe(true);
    expect(url.test('http://example.org')).toBe(true);
    expect(url.test('javascript:alert(1)')).toBe(false);
    expect(url.test('ftp://example.org')).toBe(false);
    expect(record('source').properties?.archivedUrl?.pattern).toBe(
      record('source').properties?.url?.pattern,
    );
  });

  it('lists references as ids and records by kind', () => {
    expect(record('event').properties?.participants?.items?.$ref).toBe('#/$defs/id');
    expect(schema.properties?.actors?.items?.$ref).toBe('#/$defs/actor');
    expect(schema.properties?.statements?.items?.$ref).toBe('#/$defs/statement');
  });
});
