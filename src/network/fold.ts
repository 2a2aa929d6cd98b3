/**
 * Affiliation folding: the network at organization level. A person is replaced by
 * their first affiliation (in the order the data lists them) that is an
 * organization, a state or a group; a person without one, and every actor that is
 * not a person, stays itself. One step only: an organization affiliated with
 * another is not folded, so a party and its parliamentary group stay two nodes.
 */
import type { Actor, Statement } from '../model/types';

export function foldedActor(actor: Actor): Actor {
  if (actor.kind !== 'person') return actor;
  return actor.affiliations.find((a) => a.kind !== 'person') ?? actor;
}

/** The node a statement counts for: its speaker, or the speaker's organization when folding. */
export function nodeOf(statement: Statement, fold: boolean | undefined): Actor {
  return fold ? foldedActor(statement.speaker) : statement.speaker;
}
