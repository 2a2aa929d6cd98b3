/**
 * Long statement lists in the details panel are listed in part until the reader asks
 * for all of them: a topic of the German set has 132 statements, and building them
 * all took most of a click's 200 ms (the table lists everything, a page at a time).
 */

/** How many statements a part of the panel lists before "Show all". */
export const PANEL_LIMIT = 30;

/**
 * How many a part lists in the panel's first paint for a new selection (about what
 * the panel shows before one scrolls); the rest up to PANEL_LIMIT follow a frame later.
 */
export const FIRST_PAINT_LIMIT = 6;

/**
 * `groups` with `listed`: their statements in order up to `limit` in all (groups
 * left with none are dropped), and how many statements were left out.
 */
export function firstStatements<G extends { readonly statements: readonly unknown[] }>(
  groups: readonly G[],
  limit: number,
): {
  groups: (G & { readonly listed: G['statements'] })[];
  hidden: number;
  firstHidden?: G['statements'][number];
} {
  const out: (G & { readonly listed: G['statements'] })[] = [];
  let room = Math.max(0, limit);
  let hidden = 0;
  let firstHidden: G['statements'][number] | undefined;
  for (const group of groups) {
    const listed = group.statements.slice(0, room);
    room -= listed.length;
    if (listed.length < group.statements.length) {
      hidden += group.statements.length - listed.length;
      if (firstHidden === undefined) firstHidden = group.statements[listed.length];
    }
    if (listed.length > 0) out.push({ ...group, listed });
  }
  return firstHidden === undefined ? { groups: out, hidden } : { groups: out, hidden, firstHidden };
}
