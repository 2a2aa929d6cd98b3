/**
 * The embed's message protocol (docs/ARCHITECTURE.md, "Contracts"). Every message is an
 * object whose `type` starts with `parley:`. Inbound messages are shape-checked;
 * anything malformed is ignored (parseInbound returns undefined).
 *
 * Beyond the contract's `{actor?|event?}`, a selection may name an edge (`actor` with
 * `about` or `on`) or a topic (`on` alone), as the URL does (state/url.ts).
 */
import { parseDate } from '../model/dates';
import { ID_PATTERN } from '../model/ids';
import type { SelectionIds } from '../state/selection';

export type { SelectionIds };

/** Embed → host. */
export type Outbound =
  { type: 'parley:height'; height: number } | ({ type: 'parley:selection' } & SelectionIds);

/** Host → embed. */
export type Inbound =
  | { type: 'parley:select'; actor: string; about?: string; on?: string }
  | { type: 'parley:select'; event: string }
  | { type: 'parley:select'; on: string }
  | { type: 'parley:clear' }
  | { type: 'parley:window'; from?: string; to?: string }
  /** How many px of the embed's box, from its top and from its bottom, a step card covers. */
  | { type: 'parley:inset'; top: number; bottom: number };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** A date bound: absent or null means open; otherwise a valid parley date. */
function bound(value: unknown): { ok: boolean; value?: string } {
  if (value === undefined || value === null || value === '') return { ok: true };
  return typeof value === 'string' && parseDate(value).ok ? { ok: true, value } : { ok: false };
}

export function parseInbound(data: unknown): Inbound | undefined {
  if (!isRecord(data) || typeof data.type !== 'string') return undefined;
  switch (data.type) {
    case 'parley:select': {
      const { actor, about, on, event } = data;
      // Every id given must be one; then an actor (alone, or with `about` or `on`),
      // an event alone, or a topic (`on`) alone.
      const given = [actor, about, on, event].filter((v) => v !== undefined);
      if (!given.every(isId)) return undefined;
      if (isId(actor)) {
        if (event !== undefined || (about !== undefined && on !== undefined)) return undefined;
        if (isId(about)) return { type: 'parley:select', actor, about };
        if (isId(on)) return { type: 'parley:select', actor, on };
        return { type: 'parley:select', actor };
      }
      if (given.length !== 1) return undefined;
      if (isId(event)) return { type: 'parley:select', event };
      if (isId(on)) return { type: 'parley:select', on };
      return undefined;
    }
    case 'parley:clear':
      return { type: 'parley:clear' };
    case 'parley:window': {
      const from = bound(data.from);
      const to = bound(data.to);
      if (!from.ok || !to.ok) return undefined;
      return { type: 'parley:window', from: from.value, to: to.value };
    }
    case 'parley:inset': {
      const { top, bottom } = data;
      const px = (v: unknown): v is number =>
        typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 100000;
      return px(top) && px(bottom) ? { type: 'parley:inset', top, bottom } : undefined;
    }
    default:
      return undefined;
  }
}

export function heightMessage(height: number): Outbound {
  return { type: 'parley:height', height: Math.ceil(height) };
}

export function selectionMessage(selection: SelectionIds): Outbound {
  const message: Outbound = { type: 'parley:selection' };
  if (selection.actor) {
    message.actor = selection.actor;
    if (selection.about) message.about = selection.about;
    else if (selection.on) message.on = selection.on;
  } else if (selection.event) message.event = selection.event;
  else if (selection.on) message.on = selection.on;
  return message;
}
