/**
 * The words of the parts of the page that load later: the active locale's `parts`,
 * or in English (whose catalogue leaves them out of the first load) ./en-parts.ts,
 * which comes with the part that asks for it.
 */
import { enParts, type PartMessages } from './en-parts';
import { m } from './index';

export type { PartMessages };

/** The later parts' messages in the interface's language. */
export function parts(): PartMessages {
  return m.parts ?? enParts;
}
