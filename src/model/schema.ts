/**
 * JSON Schema for parley/1, generated from spec.ts (the validator's own source of
 * truth) so the two cannot drift. `npm run schema` writes it to
 * data/schema/parley-1.schema.json; a unit test fails when that file is stale.
 * Editors use it for autocompletion; Parley's own validator is stricter (real
 * dates, references, uniqueness) and treats unknown keys as warnings.
 */
import { DATASET, FORMAT_VERSION, ID_PATTERN, RECORDS, WIKIDATA_PATTERN } from './spec';
import type { FieldSpec, FieldType, RecordKind, RecordSpec } from './spec';

type Schema = Record<string, unknown>;

/** The structure of a date; parseDate checks that the date is real. */
export const DATE_PATTERN =
  '^[0-9]{4}(-[0-9]{2}(-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2}))?)?)?$';

function typeSchema(type: FieldType): Schema {
  switch (type.type) {
    case 'text':
      return { type: 'string', pattern: '\\S' };
    case 'schema':
      return { type: 'string' };
    case 'id':
      return { $ref: '#/$defs/id' };
    case 'date':
      return { $ref: '#/$defs/date' };
    case 'url':
      return { type: 'string', format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]?:' };
    case 'boolean':
      return { type: 'boolean' };
    case 'format':
      return { const: FORMAT_VERSION };
    case 'language':
      return { type: 'string', pattern: '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$' };
    case 'wikidata':
      return { type: 'string', pattern: WIKIDATA_PATTERN.source };
    case 'enum':
      return { enum: [...type.values] };
    case 'ref':
      return { $ref: '#/$defs/id', description: `The id of a ${type.to}.` };
    case 'list':
      return { type: 'array', items: typeSchema(type.of) };
    case 'records':
      return {
        type: 'array',
        items: { $ref: `#/$defs/${type.of}` },
        ...(type.min ? { minItems: type.min } : {}),
      };
  }
}

function fieldSchema(field: FieldSpec): Schema {
  const base = typeSchema(field.type);
  return {
    ...base,
    description: field.description,
    ...(field.default !== undefined ? { default: field.default } : {}),
  };
}

function recordSchema(spec: RecordSpec): Schema {
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const [key, field] of Object.entries(spec.fields)) {
    properties[key] = fieldSchema(field);
    if (field.required) required.push(key);
  }
  const schema: Schema = {
    title: spec.title,
    description: spec.description,
    type: 'object',
    properties,
    required,
    additionalProperties: false,
  };
  if (spec.oneOf) {
    schema.allOf = spec.oneOf.map((group) => ({
      anyOf: group.map((key) => ({ required: [key] })),
    }));
  }
  return schema;
}

export function jsonSchema(): Schema {
  const defs: Record<string, Schema> = {
    id: {
      type: 'string',
      pattern: ID_PATTERN.source,
      description: '1–64 characters from a-z 0-9 - _ . starting with a letter or digit.',
    },
    date: {
      type: 'string',
      pattern: DATE_PATTERN,
      description: 'YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] with Z or ±HH:MM.',
    },
  };
  for (const [kind, spec] of Object.entries(RECORDS) as [RecordKind, RecordSpec][]) {
    defs[kind] = recordSchema(spec);
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...recordSchema(DATASET),
    $defs: defs,
  };
}

/** The schema file's exact text. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(jsonSchema(), null, 2)}\n`;
}
