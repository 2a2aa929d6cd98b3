/**
 * A small XML reader and writer for the golden pictures: enough for what
 * XMLSerializer writes (a declaration, elements, attributes, text, entities), read
 * in Node without a DOM, and written back one element per line so a changed
 * picture shows as a readable line diff. Anything it does not understand is an
 * error with the offset, never silently dropped.
 */

export interface XmlElement {
  readonly name: string;
  /** In document order, as [name, value] with entities decoded. */
  readonly attributes: [string, string][];
  readonly children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export interface XmlDocument {
  /** The `<?xml …?>` declaration as written, if there is one. */
  readonly declaration?: string;
  readonly root: XmlElement;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string, at = 0): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);|&/gi, (whole, ref: string | undefined, i) => {
    if (ref === undefined) throw new Error(`a bare "&" at offset ${at + i}`);
    if (ref.startsWith('#x') || ref.startsWith('#X')) {
      return String.fromCodePoint(parseInt(ref.slice(2), 16));
    }
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const known = ENTITIES[ref];
    if (known === undefined) throw new Error(`an unknown entity "${whole}" at offset ${at + i}`);
    return known;
  });
}

const NAME = /[A-Za-z_][\w.:-]*/y;
const ATTRIBUTE = /\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /\s*(\/?)>/y;

function match(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Reads one document with a single root element; throws on anything else. */
export function parseXml(text: string): XmlDocument {
  let at = 0;
  let declaration: string | undefined;
  const skipSpace = () => {
    while (at < text.length && /\s/.test(text[at]!)) at++;
  };
  if (text.startsWith('<?xml')) {
    const end = text.indexOf('?>');
    if (end < 0) throw new Error('the XML declaration is not closed');
    declaration = text.slice(0, end + 2);
    at = end + 2;
  }
  skipSpace();

  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (at < text.length) {
    if (stack.length === 0 && root) {
      skipSpace();
      if (at < text.length) throw new Error(`content after the root element at offset ${at}`);
      break;
    }
    if (text.startsWith('<!--', at)) {
      const end = text.indexOf('-->', at);
      if (end < 0) throw new Error(`a comment at offset ${at} is not closed`);
      at = end + 3;
    } else if (text.startsWith('</', at)) {
      const name = match(NAME, text, at + 2)?.[0];
      const open = stack.pop();
      if (!name || !open || open.name !== name) {
        throw new Error(`a closing tag </${name ?? ''}> at offset ${at} matches no open element`);
      }
      const close = match(/\s*>/y, text, at + 2 + name.length);
      if (!close) throw new Error(`the closing tag </${name}> at offset ${at} is not closed`);
      at += 2 + name.length + close[0].length;
    } else if (text[at] === '<') {
      const name = match(NAME, text, at + 1)?.[0];
      if (!name) throw new Error(`a tag without a name at offset ${at}`);
      let cursor = at + 1 + name.length;
      const attributes: [string, string][] = [];
      for (let a = match(ATTRIBUTE, text, cursor); a; a = match(ATTRIBUTE, text, cursor)) {
        if (attributes.some(([n]) => n === a[1])) {
          throw new Error(`the attribute ${a[1]} is repeated at offset ${cursor}`);
        }
        attributes.push([a[1]!, decodeEntities(a[2] ?? a[3] ?? '', cursor)]);
        cursor += a[0].length;
      }
      const end = match(TAG_END, text, cursor);
      if (!end) throw new Error(`the tag <${name}> at offset ${at} is malformed`);
      const element: XmlElement = { name, attributes, children: [] };
      stack.at(-1)?.children.push(element);
      if (stack.length === 0) root = element;
      if (end[1] !== '/') stack.push(element);
      at = cursor + end[0].length;
    } else {
      const end = text.indexOf('<', at);
      const raw = text.slice(at, end < 0 ? text.length : end);
      const parent = stack.at(-1);
      if (!parent) throw new Error(`text outside the root element at offset ${at}`);
      parent.children.push(decodeEntities(raw, at));
      at += raw.length;
    }
  }
  if (!root) throw new Error('no root element');
  if (stack.length > 0) throw new Error(`<${stack.at(-1)!.name}> is not closed`);
  return declaration === undefined ? { root } : { declaration, root };
}

const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const escapeAttribute = (value: string) =>
  escapeText(value)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');

function openTag(element: XmlElement): string {
  const attributes = element.attributes.map(([n, v]) => ` ${n}="${escapeAttribute(v)}"`);
  return `<${element.name}${attributes.join('')}`;
}

/**
 * One element per line, indented two spaces a level. An element holding only text
 * keeps it on its line, exactly; in an element holding elements, text that is only
 * white space is left out and other text gets a line of its own.
 */
export function formatXml(doc: XmlDocument): string {
  const lines: string[] = doc.declaration === undefined ? [] : [doc.declaration];
  const write = (element: XmlElement, depth: number) => {
    const indent = '  '.repeat(depth);
    const { children } = element;
    if (children.length === 0) {
      lines.push(`${indent}${openTag(element)}/>`);
    } else if (children.every((c) => typeof c === 'string')) {
      lines.push(`${indent}${openTag(element)}>${escapeText(children.join(''))}</${element.name}>`);
    } else {
      lines.push(`${indent}${openTag(element)}>`);
      for (const child of children) {
        if (typeof child !== 'string') write(child, depth + 1);
        else if (child.trim() !== '') lines.push(`${indent}  ${escapeText(child)}`);
      }
      lines.push(`${indent}</${element.name}>`);
    }
  };
  write(doc.root, 0);
  return `${lines.join('\n')}\n`;
}
