/**
 * Strict JSON parsing with source positions, on top of jsonc-parser (small and
 * well kept; no code generation). Produces a small tree whose every value knows
 * its 1-based line and column, for located validation messages.
 */
import { parseTree, type Node as JsoncNode, type ParseError } from 'jsonc-parser';
import { lineStarts, locate } from './lines';

export interface Loc {
  readonly start: { readonly line: number; readonly column: number };
}

export type JsonNode =
  | { readonly type: 'Object'; readonly members: readonly JsonMember[]; readonly loc: Loc }
  | {
      readonly type: 'Array';
      readonly elements: readonly { readonly value: JsonNode }[];
      readonly loc: Loc;
    }
  | { readonly type: 'String'; readonly value: string; readonly loc: Loc }
  | { readonly type: 'Number'; readonly value: number; readonly loc: Loc }
  | { readonly type: 'Boolean'; readonly value: boolean; readonly loc: Loc }
  | { readonly type: 'Null'; readonly loc: Loc };

export interface JsonMember {
  readonly name: { readonly type: 'String'; readonly value: string; readonly loc: Loc };
  readonly value: JsonNode;
}

/** A syntax error, located at its 1-based line and column. */
export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/** Deeper nesting than any parley/1 file needs; refused before parsing so no reader overflows its stack. */
export const MAX_DEPTH = 64;

/** The characters that matter for nesting depth; a regex skips the rest natively. */
const NESTING = /[\\"[\]{}]/g;

/** The offset of the first "[" or "{" nested deeper than MAX_DEPTH, if any. */
function tooDeep(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  NESTING.lastIndex = 0;
  for (let m = NESTING.exec(text); m !== null; m = NESTING.exec(text)) {
    const c = m[0];
    if (inString) {
      if (c === '\\') NESTING.lastIndex = m.index + 2;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return m.index;
    } else if (c === ']' || c === '}') depth--;
  }
  return undefined;
}

/** How the token starting at `rest` reads to an author. */
function tokenText(rest: string): string {
  const c = rest[0] ?? '';
  if (c && '{}[]:,'.includes(c)) return `"${c}"`;
  if (c === '"') return 'string';
  if (/[-0-9]/.test(c)) return 'number';
  const word = /^[A-Za-z_$][\w$]*/.exec(rest)?.[0];
  if (word === 'true' || word === 'false' || word === 'null') return word;
  return word ? `word '${word}'` : `character '${c}'`;
}

const BARE = ' (text needs double quotes; true, false and null are written in full, in lower case)';
const ENDS_EARLY = 'the file ends too early (a missing "}" or "]"?)';

/** True when a raw control character (below U+0020) follows `offset`. */
function hasControlCharacter(text: string, offset: number): boolean {
  for (let i = offset; i < text.length; i++) if (text.charCodeAt(i) < 0x20) return true;
  return false;
}

/** Names the first raw control character at or after `offset` (inside a string). */
function controlInString(text: string, offset: number): { message: string; offset: number } {
  let at = offset;
  while (at < text.length && text.charCodeAt(at) >= 0x20) at++;
  const code = text.charCodeAt(at);
  const name =
    code === 10 || code === 13
      ? 'a line break'
      : code === 9
        ? 'a tab'
        : `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const escape = code === 10 ? ' (write \\n instead)' : code === 9 ? ' (write \\t instead)' : '';
  return { message: `${name} inside a string${escape}`, offset: at };
}

/** Turns jsonc-parser's first error into a plain-English message at the place to act on. */
function explain(text: string, error: ParseError): { message: string; offset: number } {
  const { offset } = error;
  const rest = text.slice(offset);
  const before = text.slice(0, offset).trimEnd();
  const previous = before[before.length - 1] ?? '';
  const what = tokenText(rest);
  const bare = /^[A-Za-z]/.test(rest) ? BARE : '';
  if (rest.trim() === '' && error.error !== 9)
    return { message: ENDS_EARLY, offset: text.trimEnd().length };
  switch (error.error) {
    case 1: // InvalidSymbol
      if (rest[0] === "'")
        return { message: `unexpected character "'" (JSON strings use double quotes)`, offset };
      if (rest[0] === '/')
        return { message: `unexpected character "/" (comments are not allowed in JSON)`, offset };
      return { message: `unexpected ${what}${bare}`, offset };
    case 3: // PropertyNameExpected
    case 4: // ValueExpected
      if (previous === ',')
        return { message: `unexpected ${what} (a trailing comma before it?)`, offset };
      if (previous === ':')
        return { message: `unexpected ${what} (a missing value before it?)`, offset };
      return { message: `unexpected ${what}${bare}`, offset };
    case 5: // ColonExpected
      return { message: `unexpected ${what} (a missing ":" before it?)`, offset };
    case 6: // CommaExpected
    case 7: // CloseBraceExpected
    case 8: // CloseBracketExpected
      return { message: `unexpected ${what} (a missing comma before it?)`, offset };
    case 9: {
      // EndOfFileExpected
      const hint = /^[}\]]/.test(rest)
        ? 'one "}" or "]" too many?'
        : 'a file holds one JSON object';
      return { message: `unexpected ${what} after the end of the data (${hint})`, offset };
    }
    case 10: // InvalidCommentToken
    case 11: // UnexpectedEndOfComment
      return { message: 'unexpected character "/" (comments are not allowed in JSON)', offset };
    case 12: // UnexpectedEndOfString: a raw line break, or the file's end, before the closing quote
      return hasControlCharacter(text, offset)
        ? controlInString(text, offset)
        : { message: 'a string is not closed (a missing double quote?)', offset };
    case 14: // InvalidUnicode
      return { message: 'invalid \\u escape in a string (write \\u and four hex digits)', offset };
    case 15: // InvalidEscapeCharacter
      return { message: 'invalid escape in a string (write \\\\ for a backslash)', offset };
    case 16: // InvalidCharacter
      return controlInString(text, offset);
    default:
      return { message: `unexpected ${what}`, offset };
  }
}

/** Maps offsets to 1-based lines and columns. */
function locator(text: string): (offset: number) => Loc {
  const starts = lineStarts(text);
  return (offset) => ({ start: locate(starts, offset) });
}

function convert(node: JsoncNode, at: (offset: number) => Loc): JsonNode {
  const loc = at(node.offset);
  switch (node.type) {
    case 'object':
      return {
        type: 'Object',
        loc,
        members: (node.children ?? []).map((property) => {
          const [key, value] = property.children ?? [];
          return {
            name: {
              type: 'String',
              value: String(key?.value ?? ''),
              loc: at(key?.offset ?? property.offset),
            },
            value: value ? convert(value, at) : { type: 'Null', loc: at(property.offset) },
          };
        }),
      };
    case 'array':
      return {
        type: 'Array',
        loc,
        elements: (node.children ?? []).map((child) => ({ value: convert(child, at) })),
      };
    case 'string':
      return { type: 'String', loc, value: node.value as string };
    case 'number':
      return { type: 'Number', loc, value: node.value as number };
    case 'boolean':
      return { type: 'Boolean', loc, value: node.value as boolean };
    default:
      return { type: 'Null', loc };
  }
}

/** Parses strict JSON (no comments, no trailing commas); throws JsonSyntaxError at the first error. */
export function parseJson(text: string): JsonNode {
  const at = locator(text);
  const deep = tooDeep(text);
  if (deep !== undefined) {
    const { start } = at(deep);
    throw new JsonSyntaxError(
      `lists and objects are nested more than ${MAX_DEPTH} levels deep here; a parley/1 file needs only a few levels`,
      start.line,
      start.column,
    );
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (first || !tree) {
    const { message, offset } = first ? explain(text, first) : { message: ENDS_EARLY, offset: 0 };
    const { start } = at(offset);
    throw new JsonSyntaxError(`JSON syntax error: ${message}`, start.line, start.column);
  }
  return convert(tree, at);
}

/** The plain value of a parsed tree (for duplicate keys, the last one wins, as in JSON.parse). */
export function jsonValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'Object': {
      const result: Record<string, unknown> = {};
      for (const member of node.members) result[member.name.value] = jsonValue(member.value);
      return result;
    }
    case 'Array':
      return node.elements.map((element) => jsonValue(element.value));
    case 'Null':
      return null;
    default:
      return node.value;
  }
}
