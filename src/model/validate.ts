/**
 * The parley/1 validator: parses JSON with source positions, checks every field
 * rule of spec.ts and every cross-record rule of the format, and reports all
 * problems (not just the first) with line, column and JSON pointer.
 */
import { JsonSyntaxError, jsonValue, parseJson, type JsonMember, type JsonNode } from './json';
import { endBeforeStart, parseDate } from './dates';
import { didYouMean, nearest } from './hints';
import { join } from './pointer';
import {
  DATASET,
  FORMAT_VERSION,
  ID_PATTERN,
  RECORDS,
  WIKIDATA_PATTERN,
  type FieldType,
  type RecordKind,
  type RecordSpec,
} from './spec';
import type { PDate, Problem, RawDataset, Severity } from './types';

export interface ValidationResult {
  readonly problems: readonly Problem[];
  /** The parsed data, present when there are no errors (warnings allowed). */
  readonly data?: RawDataset;
}

type ObjectJson = Extract<JsonNode, { type: 'Object' }>;

type Located = { loc: { start: { line: number; column: number } } };

interface IdEntry {
  kind: RecordKind;
  pointer: string;
}

interface Reference {
  to: RecordKind;
  id: string;
  field: string;
  pointer: string;
  node: JsonNode;
}

interface RecordInfo {
  kind: RecordKind;
  pointer: string;
  node: ObjectJson;
  members: Map<string, JsonMember>;
}

const KIND_PLURAL: Record<RecordKind, string> = {
  source: 'sources',
  actor: 'actors',
  topic: 'topics',
  event: 'events',
  statement: 'statements',
};

function describe(node: JsonNode): string {
  switch (node.type) {
    case 'String':
      return `the string "${node.value.length > 60 ? `${node.value.slice(0, 57)}…` : node.value}"`;
    case 'Number':
      return `the number ${node.value}`;
    case 'Boolean':
      return String(node.value);
    case 'Null':
      return 'null';
    case 'Array':
      return 'a list';
    case 'Object':
      return 'an object';
  }
}

class Validator {
  readonly problems: Problem[] = [];
  readonly ids = new Map<string, IdEntry>();
  readonly idsByKind: Record<RecordKind, string[]> = {
    source: [],
    actor: [],
    topic: [],
    event: [],
    statement: [],
  };
  readonly references: Reference[] = [];
  readonly records: RecordInfo[] = [];

  report(severity: Severity, message: string, pointer: string, node: Located): void {
    const { line, column } = node.loc.start;
    this.problems.push({ severity, message, pointer, line, column });
  }

  error(message: string, pointer: string, node: Located): void {
    this.report('error', message, pointer, node);
  }

  /** Checks an object against a record spec; returns its members by key. */
  object(
    spec: RecordSpec,
    node: JsonNode,
    pointer: string,
    what: string,
  ): Map<string, JsonMember> | undefined {
    if (node.type !== 'Object') {
      this.error(`${what} must be an object ({…}), not ${describe(node)}`, pointer, node);
      return undefined;
    }
    const members = new Map<string, JsonMember>();
    const known = Object.keys(spec.fields);
    for (const member of node.members) {
      const key = member.name.value;
      const at = join(pointer, key);
      if (members.has(key)) {
        this.error(
          `"${key}" appears twice in ${what}; only one is kept by JSON readers`,
          at,
          member.name,
        );
        continue;
      }
      members.set(key, member);
      const field = Object.hasOwn(spec.fields, key) ? spec.fields[key] : undefined;
      if (!field) {
        this.report(
          'warning',
          `unknown field "${key}" in ${what}; it is ignored${didYouMean(key, known)}`,
          at,
          member.name,
        );
        continue;
      }
      this.value(field.type, member.value, at, key);
    }
    const unknown = [...members.keys()].filter((key) => !Object.hasOwn(spec.fields, key));
    /** `; is "speeker" a misspelling of "speaker"?` when an unknown key is near the missing one. */
    const misspelled = (key: string): string => {
      const near = unknown.find((other) => nearest(other, [key]) !== undefined);
      return near === undefined ? '' : `; is "${near}" a misspelling of "${key}"?`;
    };
    for (const [key, field] of Object.entries(spec.fields)) {
      if (field.required && !members.has(key)) {
        this.error(
          `${what} is missing the required field "${key}"${misspelled(key)}`,
          pointer,
          node,
        );
      }
    }
    for (const group of spec.oneOf ?? []) {
      // An empty list (`"about": []`) names nothing, so it does not count.
      const present = group.filter((key) => members.has(key));
      const empty = present.filter((key) => {
        const value = members.get(key)!.value;
        return value.type === 'Array' && value.elements.length === 0;
      });
      if (present.length === empty.length) {
        const names = group.map((key) => `"${key}"`).join(' or ');
        const note = empty.length > 0 ? `; an empty "${empty[0]}" list does not count` : '';
        this.error(
          `${what} needs ${names} (or both)${note}${group.map(misspelled).find(Boolean) ?? ''}`,
          pointer,
          node,
        );
      }
    }
    return members;
  }

  text(node: JsonNode, pointer: string, field: string): string | undefined {
    if (node.type !== 'String') {
      this.error(`"${field}" must be text (a string), not ${describe(node)}`, pointer, node);
      return undefined;
    }
    if (node.value.trim() === '') {
      this.error(`"${field}" is empty; write some text or leave the field out`, pointer, node);
      return undefined;
    }
    return node.value;
  }

  value(type: FieldType, node: JsonNode, pointer: string, field: string): void {
    switch (type.type) {
      case 'text':
        this.text(node, pointer, field);
        return;
      case 'schema':
        if (node.type !== 'String') this.error(`"${field}" must be a string`, pointer, node);
        return;
      case 'id':
        if (node.type !== 'String') {
          this.error(`"${field}" must be an id (a string), not ${describe(node)}`, pointer, node);
        } else if (!ID_PATTERN.test(node.value)) {
          const slug = node.value
            .toLowerCase()
            .replace(/[^a-z0-9._-]+/g, '-')
            .replace(/^[^a-z0-9]+/, '')
            .slice(0, 64);
          const hint = slug && ID_PATTERN.test(slug) ? `; did you mean "${slug}"?` : '';
          this.error(
            `"${node.value}" is not a valid id: use 1–64 characters from a-z 0-9 - _ . starting with a letter or digit${hint}`,
            pointer,
            node,
          );
        }
        return;
      case 'date': {
        if (node.type !== 'String') {
          this.error(
            `"${field}" must be a date string such as "2025-08-15", not ${describe(node)}`,
            pointer,
            node,
          );
          return;
        }
        const parsed = parseDate(node.value);
        if (!parsed.ok) this.error(parsed.message, pointer, node);
        return;
      }
      case 'url': {
        const value = this.text(node, pointer, field);
        if (value === undefined) return;
        let scheme: string;
        try {
          scheme = new URL(value).protocol;
        } catch {
          this.error(
            `"${value}" is not a valid URL; write a full http: or https: link`,
            pointer,
            node,
          );
          return;
        }
        if (scheme !== 'http:' && scheme !== 'https:') {
          this.error(
            `"${field}" must be an http: or https: link; "${scheme}" links are not allowed`,
            pointer,
            node,
          );
        }
        return;
      }
      case 'boolean':
        if (node.type !== 'Boolean') {
          const hint =
            node.type === 'String' && /^(true|false)$/.test(node.value)
              ? `; write ${node.value} without quotes`
              : '';
          this.error(
            `"${field}" must be true or false, not ${describe(node)}${hint}`,
            pointer,
            node,
          );
        }
        return;
      case 'format':
        if (node.type !== 'String' || node.value !== FORMAT_VERSION) {
          this.error(
            `this file's format is ${describe(node)}; this version of Parley reads "${FORMAT_VERSION}"`,
            pointer,
            node,
          );
        }
        return;
      case 'language': {
        const value = this.text(node, pointer, field);
        if (value === undefined) return;
        try {
          Intl.getCanonicalLocales(value);
        } catch {
          const dashed = value.replace(/_/g, '-');
          let hint = '';
          try {
            if (dashed !== value) hint = `; did you mean "${Intl.getCanonicalLocales(dashed)[0]}"?`;
          } catch {
            // no suggestion
          }
          this.error(
            `"${value}" is not a BCP 47 language tag such as "en", "de" or "pt-BR"${hint}`,
            pointer,
            node,
          );
        }
        return;
      }
      case 'wikidata':
        if (node.type !== 'String' || !WIKIDATA_PATTERN.test(node.value)) {
          const digits =
            node.type === 'String' ? /^[Qq]?([1-9][0-9]*)$/.exec(node.value.trim()) : null;
          const hint = digits ? `; did you mean "Q${digits[1]}"?` : '';
          this.error(
            `"${field}" must be a Wikidata item id such as "Q7747", not ${describe(node)}${hint}`,
            pointer,
            node,
          );
        }
        return;
      case 'enum':
        if (node.type !== 'String' || !type.values.includes(node.value)) {
          const hint = node.type === 'String' ? didYouMean(node.value, type.values) : '';
          const allowed = type.values.map((v) => `"${v}"`).join(', ');
          this.error(
            `"${field}" must be one of ${allowed}, not ${describe(node)}${hint}`,
            pointer,
            node,
          );
        }
        return;
      case 'ref':
        if (node.type !== 'String') {
          this.error(
            `"${field}" must be the id of a ${type.to} (a string), not ${describe(node)}`,
            pointer,
            node,
          );
        } else {
          this.references.push({ to: type.to, id: node.value, field, pointer, node });
        }
        return;
      case 'list':
        this.list(type.of, node, pointer, field);
        return;
      case 'records':
        this.collection(type.of, type.min ?? 0, node, pointer, field);
        return;
    }
  }

  list(of: FieldType, node: JsonNode, pointer: string, field: string): void {
    if (node.type !== 'Array') {
      const example =
        node.type === 'String' && node.value.length <= 60
          ? `["${node.value}"]`
          : of.type === 'ref'
            ? '["id"]'
            : '["…"]';
      this.error(
        `"${field}" must be a list such as ${example}, not ${describe(node)}`,
        pointer,
        node,
      );
      return;
    }
    const seen = new Set<string>();
    node.elements.forEach((element, index) => {
      const at = join(pointer, index);
      if (element.value.type === 'String') {
        if (seen.has(element.value.value)) {
          this.report(
            'warning',
            `"${element.value.value}" is listed twice in "${field}"`,
            at,
            element.value,
          );
        }
        seen.add(element.value.value);
      }
      this.value(of, element.value, at, `${field}[${index}]`);
    });
  }

  collection(kind: RecordKind, min: number, node: JsonNode, pointer: string, field: string): void {
    if (node.type !== 'Array') {
      this.error(
        `"${field}" must be a list of ${KIND_PLURAL[kind]} ([{…}, …]), not ${describe(node)}`,
        pointer,
        node,
      );
      return;
    }
    if (node.elements.length < min) {
      this.error(
        `"${field}" needs at least ${min} ${min === 1 ? kind : KIND_PLURAL[kind]}`,
        pointer,
        node,
      );
    }
    node.elements.forEach((element, index) =>
      this.record(kind, element.value, join(pointer, index)),
    );
  }

  record(kind: RecordKind, node: JsonNode, pointer: string): void {
    const members = this.object(RECORDS[kind], node, pointer, `this ${kind}`);
    if (!members || node.type !== 'Object') return;
    this.records.push({ kind, pointer, node, members });
    const idNode = members.get('id')?.value;
    if (idNode?.type !== 'String') return;
    const existing = this.ids.get(idNode.value);
    if (existing) {
      const other = existing.kind === kind ? `another ${kind}` : `the ${existing.kind}`;
      this.error(
        `id "${idNode.value}" is already used by ${other} at ${existing.pointer}; ids must be unique across the file`,
        join(pointer, 'id'),
        idNode,
      );
    } else {
      this.ids.set(idNode.value, { kind, pointer });
      this.idsByKind[kind].push(idNode.value);
    }
  }

  /** Every reference names an existing record of the right kind. */
  checkReferences(): void {
    for (const ref of this.references) {
      const target = this.ids.get(ref.id);
      if (!target) {
        this.error(
          `unknown ${ref.to} "${ref.id}"${didYouMean(ref.id, this.idsByKind[ref.to])}`,
          ref.pointer,
          ref.node,
        );
      } else if (target.kind !== ref.to) {
        const hint = didYouMean(ref.id, this.idsByKind[ref.to]);
        this.error(
          `"${ref.id}" is ${target.kind === 'actor' || target.kind === 'event' ? 'an' : 'a'} ${target.kind} (${target.pointer}), but "${ref.field.replace(/\[\d+\]$/, '')}" must name ${KIND_PLURAL[ref.to]}${hint}`,
          ref.pointer,
          ref.node,
        );
      }
    }
  }

  /** Rules that involve several fields of one record. */
  checkRecords(): void {
    const str = (info: RecordInfo, key: string): string | undefined => {
      const node = info.members.get(key)?.value;
      return node?.type === 'String' ? node.value : undefined;
    };
    for (const info of this.records) {
      const id = str(info, 'id');
      if (info.kind === 'actor') {
        const affiliations = info.members.get('affiliations')?.value;
        if (affiliations?.type === 'Array') {
          affiliations.elements.forEach((element, index) => {
            if (element.value.type === 'String' && element.value.value === id) {
              this.error(
                `an actor cannot list itself in "affiliations"`,
                join(join(info.pointer, 'affiliations'), index),
                element.value,
              );
            }
          });
        }
      }
      if (info.kind === 'event') {
        this.checkEventDates(info);
      }
      if (info.kind === 'statement') {
        const speaker = str(info, 'speaker');
        const about = info.members.get('about')?.value;
        if (about?.type === 'Array' && about.elements.length > 0 && speaker !== undefined) {
          const all = about.elements.every(
            (e) => e.value.type === 'String' && e.value.value === speaker,
          );
          if (all) {
            this.error(
              `"about" names only the speaker "${speaker}"; to record a position about oneself, use "topic"`,
              join(info.pointer, 'about'),
              about,
            );
          }
        }
        const via = info.members.get('via')?.value;
        if (via?.type === 'String' && via.value === speaker) {
          this.error(
            `"via" must be someone other than the speaker "${speaker}"`,
            join(info.pointer, 'via'),
            via,
          );
        }
      }
    }
  }

  checkEventDates(info: RecordInfo): void {
    const dateOf = (key: string): PDate | undefined => {
      const node = info.members.get(key)?.value;
      if (node?.type !== 'String') return undefined;
      const parsed = parseDate(node.value);
      return parsed.ok ? parsed.date : undefined;
    };
    const start = dateOf('start');
    const end = dateOf('end');
    const endNode = info.members.get('end')?.value;
    if (start && end && endNode && endBeforeStart(start, end)) {
      this.error(
        `"end" (${end.text}) is before "start" (${start.text})`,
        join(info.pointer, 'end'),
        endNode,
      );
    }
  }
}

/** Validates the text of a parley/1 file. */
export function validate(source: string): ValidationResult {
  const text = source.replace(/^\uFEFF/, '');
  const whole = { loc: { start: { line: 1, column: 1 } } };
  if (text.trim() === '') {
    return {
      problems: [
        {
          severity: 'error',
          message: 'the file is empty; a parley/1 file is one JSON object ({…})',
          pointer: '',
          line: 1,
          column: 1,
        },
      ],
    };
  }
  let body: JsonNode;
  try {
    body = parseJson(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return {
      problems: [
        {
          severity: 'error',
          message: error.message,
          pointer: '',
          line: error.line,
          column: error.column,
        },
      ],
    };
  }
  const validator = new Validator();
  if (body.type !== 'Object') {
    validator.error(
      `a parley/1 file is one JSON object ({…}); this file's top level is ${describe(body)}`,
      '',
      body.type === 'Array' ? body : whole,
    );
  } else {
    validator.object(DATASET, body, '', 'the data set');
    validator.checkReferences();
    validator.checkRecords();
  }
  const problems = validator.problems.sort((a, b) => a.line - b.line || a.column - b.column);
  const ok = !problems.some((p) => p.severity === 'error');
  return ok ? { problems, data: jsonValue(body) as RawDataset } : { problems };
}
