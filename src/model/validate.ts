/**
 * The parley/1 validator: parses JSON with source positions, checks every field
 * rule of spec.ts and every cross-record rule of the format, and reports all
 * problems (not just the first) with line, column and JSON pointer.
 */
import {
  evaluate,
  parse,
  type DocumentNode,
  type MemberNode,
  type ObjectNode,
  type ValueNode,
} from '@humanwhocodes/momoa';
import { endBeforeStart, parseDate } from './dates';
import { didYouMean } from './hints';
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
  node: ValueNode;
}

interface RecordInfo {
  kind: RecordKind;
  pointer: string;
  node: ObjectNode;
  members: Map<string, MemberNode>;
}

const KIND_PLURAL: Record<RecordKind, string> = {
  source: 'sources',
  actor: 'actors',
  topic: 'topics',
  event: 'events',
  statement: 'statements',
};

const TOKEN_TEXT: Record<string, string> = {
  LBrace: '"{"',
  RBrace: '"}"',
  LBracket: '"["',
  RBracket: '"]"',
  Colon: '":"',
  Comma: '","',
  String: 'a string',
  Number: 'a number',
  Boolean: 'true/false',
  Null: 'null',
};

function describe(node: ValueNode): string {
  switch (node.type) {
    case 'String':
      return `the string "${node.value}"`;
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
    default:
      return node.type;
  }
}

/** Rewrites momoa's parser messages into plain English. */
function syntaxMessage(raw: string): string {
  const message = raw.replace(/\s*\(\d+:\d+\)\s*$/, '');
  if (/end of input/.test(message)) {
    return 'JSON syntax error: the file ends too early (a missing "}" or "]"?)';
  }
  const token = /Unexpected token (\w+)/.exec(message);
  if (token) {
    const name = token[1]!;
    const hint =
      name === 'RBrace' || name === 'RBracket'
        ? ' (a trailing comma before it?)'
        : name === 'String' || name === 'LBrace' || name === 'LBracket'
          ? ' (a missing comma before it?)'
          : '';
    return `JSON syntax error: unexpected ${TOKEN_TEXT[name] ?? name}${hint}`;
  }
  const character = /Unexpected character '(.+)'/.exec(message);
  if (character) {
    const c = character[1]!;
    const hint =
      c === '/' ? ' (comments are not allowed in JSON)' : c === "'" ? ' (JSON strings use double quotes)' : '';
    return `JSON syntax error: unexpected character '${c}'${hint}`;
  }
  return `JSON syntax error: ${message}`;
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
    node: ValueNode,
    pointer: string,
    what: string,
  ): Map<string, MemberNode> | undefined {
    if (node.type !== 'Object') {
      this.error(`${what} must be an object ({…}), not ${describe(node)}`, pointer, node);
      return undefined;
    }
    const members = new Map<string, MemberNode>();
    const known = Object.keys(spec.fields);
    for (const member of node.members) {
      const key = member.name.type === 'String' ? member.name.value : member.name.name;
      const at = join(pointer, key);
      if (members.has(key)) {
        this.error(`"${key}" appears twice in this ${what}; only one is kept by JSON readers`, at, member.name);
        continue;
      }
      members.set(key, member);
      const field = spec.fields[key];
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
    for (const [key, field] of Object.entries(spec.fields)) {
      if (field.required && !members.has(key)) {
        this.error(`${what} is missing the required field "${key}"`, pointer, node);
      }
    }
    for (const group of spec.oneOf ?? []) {
      if (!group.some((key) => members.has(key))) {
        const names = group.map((key) => `"${key}"`).join(' or ');
        this.error(`${what} needs ${names} (or both)`, pointer, node);
      }
    }
    return members;
  }

  text(node: ValueNode, pointer: string, field: string): string | undefined {
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

  value(type: FieldType, node: ValueNode, pointer: string, field: string): void {
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
          this.error(`"${field}" must be a date string such as "2025-08-15", not ${describe(node)}`, pointer, node);
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
          this.error(`"${value}" is not a valid URL; write a full http: or https: link`, pointer, node);
          return;
        }
        if (scheme !== 'http:' && scheme !== 'https:') {
          this.error(`"${field}" must be an http: or https: link; "${scheme}" links are not allowed`, pointer, node);
        }
        return;
      }
      case 'boolean':
        if (node.type !== 'Boolean') {
          this.error(`"${field}" must be true or false, not ${describe(node)}`, pointer, node);
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
          this.error(`"${value}" is not a BCP 47 language tag such as "en", "de" or "pt-BR"`, pointer, node);
        }
        return;
      }
      case 'wikidata':
        if (node.type !== 'String' || !WIKIDATA_PATTERN.test(node.value)) {
          this.error(`"${field}" must be a Wikidata item id such as "Q7747", not ${describe(node)}`, pointer, node);
        }
        return;
      case 'enum':
        if (node.type !== 'String' || !type.values.includes(node.value)) {
          const hint = node.type === 'String' ? didYouMean(node.value, type.values) : '';
          const allowed = type.values.map((v) => `"${v}"`).join(', ');
          this.error(`"${field}" must be one of ${allowed}, not ${describe(node)}${hint}`, pointer, node);
        }
        return;
      case 'ref':
        if (node.type !== 'String') {
          this.error(`"${field}" must be the id of a ${type.to} (a string), not ${describe(node)}`, pointer, node);
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

  list(of: FieldType, node: ValueNode, pointer: string, field: string): void {
    if (node.type !== 'Array') {
      const example = of.type === 'ref' ? `["${node.type === 'String' ? node.value : 'id'}"]` : '["…"]';
      this.error(`"${field}" must be a list such as ${example}, not ${describe(node)}`, pointer, node);
      return;
    }
    const seen = new Set<string>();
    node.elements.forEach((element, index) => {
      const at = join(pointer, index);
      if (element.value.type === 'String') {
        if (seen.has(element.value.value)) {
          this.report('warning', `"${element.value.value}" is listed twice in "${field}"`, at, element.value);
        }
        seen.add(element.value.value);
      }
      this.value(of, element.value, at, `${field}[${index}]`);
    });
  }

  collection(kind: RecordKind, min: number, node: ValueNode, pointer: string, field: string): void {
    if (node.type !== 'Array') {
      this.error(`"${field}" must be a list of ${KIND_PLURAL[kind]} ([{…}, …]), not ${describe(node)}`, pointer, node);
      return;
    }
    if (node.elements.length < min) {
      this.error(`"${field}" needs at least ${min} ${min === 1 ? kind : KIND_PLURAL[kind]}`, pointer, node);
    }
    node.elements.forEach((element, index) => this.record(kind, element.value, join(pointer, index)));
  }

  record(kind: RecordKind, node: ValueNode, pointer: string): void {
    const members = this.object(RECORDS[kind], node, pointer, `this ${kind}`);
    if (!members || node.type !== 'Object') return;
    this.records.push({ kind, pointer, node, members });
    const idNode = members.get('id')?.value;
    if (idNode?.type !== 'String') return;
    const existing = this.ids.get(idNode.value);
    if (existing) {
      const other = existing.kind === kind ? `another ${kind}` : `the ${existing.kind}`;
      this.error(`id "${idNode.value}" is already used by ${other} at ${existing.pointer}; ids must be unique across the file`, join(pointer, 'id'), idNode);
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
        this.error(`unknown ${ref.to} "${ref.id}"${didYouMean(ref.id, this.idsByKind[ref.to])}`, ref.pointer, ref.node);
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
              this.error(`an actor cannot list itself in "affiliations"`, join(join(info.pointer, 'affiliations'), index), element.value);
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
          const all = about.elements.every((e) => e.value.type === 'String' && e.value.value === speaker);
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
          this.error(`"via" must be someone other than the speaker "${speaker}"`, join(info.pointer, 'via'), via);
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
      this.error(`"end" (${end.text}) is before "start" (${start.text})`, join(info.pointer, 'end'), endNode);
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
        { severity: 'error', message: 'the file is empty; a parley/1 file is one JSON object ({…})', pointer: '', line: 1, column: 1 },
      ],
    };
  }
  let document: DocumentNode;
  try {
    document = parse(text, { mode: 'json', ranges: false, tokens: false });
  } catch (error) {
    const e = error as { message?: string; line?: number; column?: number };
    return {
      problems: [
        {
          severity: 'error',
          message: syntaxMessage(String(e.message ?? error)),
          pointer: '',
          line: e.line ?? 1,
          column: e.column ?? 1,
        },
      ],
    };
  }
  const validator = new Validator();
  const body = document.body;
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
  return ok ? { problems, data: evaluate(body) as unknown as RawDataset } : { problems };
}

