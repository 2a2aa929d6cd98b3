/**
 * The embed's message protocol (DESIGN.md "Embed messages"). Every message is an
 * object whose `type` starts with `parley:`. Inbound messages are shape-checked;
 * anything malformed is ignored (parseInbound returns undefined).
 */
import { parseDate } from '../model/dates';
import { ID_PATTERN } from '../model/spec';

/** Embed → host. */
export type Outbound =
  | { type: 'parley:height'; height: number }
  | { type: 'parley:selection'; actor?: string; event?: string };

/** Host → embed. */
export type Inbound =
  | { type: 'parley:select'; actor: string }
  | { type: 'parley:select'; event: string }
  | { type: 'parley:clear' }
  | { type: 'parley:window'; from?: string; to?: string };

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
      const hasActor = data.actor !== undefined;
      const hasEvent = data.event !== undefined;
      if (hasActor === hasEvent) return undefined; // exactly one
      if (hasActor)
        return isId(data.actor) ? { type: 'parley:select', actor: data.actor } : undefined;
      return isId(data.event) ? { type: 'parley:select', event: data.event } : undefined;
    }
    case 'parley:clear':
      return { type: 'parley:clear' };
    case 'parley:window': {
      const from = bound(data.from);
      const to = bound(data.to);
      if (!from.ok || !to.ok) return undefined;
      return { type: 'parley:window', from: from.value, to: to.value };
    }
    default:
      return undefined;
  }
}

export function heightMessage(height: number): Outbound {
  return { type: 'parley:height', height: Math.ceil(height) };
}

export function selectionMessage(selection: { actor?: string; event?: string }): Outbound {
  const message: Outbound = { type: 'parley:selection' };
  if (selection.actor) message.actor = selection.actor;
  else if (selection.event) message.event = selection.event;
  return message;
}
