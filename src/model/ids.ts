/**
 * The form of an id (DATA-FORMAT.md): 1–64 characters of `a-z 0-9 - _ .`, starting
 * with a letter or digit. On its own, so the page and the embed's messages can check
 * an id without the whole format spec (spec.ts re-exports it).
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;
