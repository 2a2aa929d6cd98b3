/** JSON pointers (RFC 6901). */

export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function join(pointer: string, token: string | number): string {
  return `${pointer}/${escapeToken(token)}`;
}
