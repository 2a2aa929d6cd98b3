/**
 * Stances over time: statements counted per period by stance, and an actor's
 * reversals. The counting is `timeline/bins.ts` (pure, model-only), the same bins
 * the timeline's Statements row draws, at the precision dates were written; what
 * this adds is choosing the period by span and listing the empty periods a chart
 * and its table need.
 */
import { chronological, compareIds } from '../model/derive';
import type { Actor, Stance, Statement, Topic } from '../model/types';
import { binStatements, nextStart, type Bin, type BinUnit } from '../timeline/bins';

const DAY = 86_400_000;

/** At most this many periods before a coarser unit is chosen. */
export const MAX_PERIODS = 60;

/** Day, week or month, the finest giving at most `MAX_PERIODS` periods over [from, to). */
export function stanceUnit(from: number, to: number, maxPeriods = MAX_PERIODS): BinUnit {
  const span = Math.max(0, to - from);
  if (span <= maxPeriods * DAY) return 'day';
  if (span <= maxPeriods * 7 * DAY) return 'week';
  return 'month';
}

const zero = (): Record<Stance, number> => ({ positive: 0, negative: 0, neutral: 0, mixed: 0 });

/**
 * Per period of `unit`, the statements' counts by stance, every period from the
 * first to the last statement's included (zeros too, so a chart and its table have
 * one row per period). Statements dated coarser than `unit` keep their own bins
 * (a band of months or years, as `binStatements` says), which are not filled.
 * Sorted by start, finer unit first.
 */
export function stancesOverTime(statements: readonly Statement[], unit: BinUnit): Bin[] {
  const bins = binStatements(statements, unit);
  const own = bins.filter((b) => b.unit === unit);
  if (own.length === 0) return bins;
  const have = new Map(own.map((b) => [b.start, b]));
  const filled: Bin[] = [];
  const last = own[own.length - 1]!.start;
  for (let start = own[0]!.start; start <= last; start = nextStart(start, unit)) {
    filled.push(
      have.get(start) ?? {
        unit,
        start,
        end: nextStart(start, unit),
        total: 0,
        counts: zero(),
        ids: [],
      },
    );
  }
  const rank = (b: Bin) => (b.unit === unit ? 0 : 1);
  return [...filled, ...bins.filter((b) => b.unit !== unit)].sort(
    (a, b) => a.start - b.start || rank(a) - rank(b),
  );
}

/** A change of stance on a topic between two consecutive statements of one actor. */
export interface Reversal {
  readonly actor: Actor;
  readonly topic: Topic;
  /** The earlier statement and its stance. */
  readonly from: Statement;
  /** The next statement on the topic, with a different stance. */
  readonly to: Statement;
}

/**
 * The reversals of `actorId` (every actor's when absent), chronological: for each
 * topic, the actor's statements on it in date order (then id), and each pair of
 * consecutive ones whose stances differ, any of the four stances. A pair dated the
 * same (equal date at equal precision) is not a reversal, as its order is unknown.
 * Statements without a topic have no reversals.
 */
export function stanceReversals(statements: readonly Statement[], actorId?: string): Reversal[] {
  const runs = new Map<string, Statement[]>();
  for (const s of chronological(statements)) {
    if (s.topic === undefined || (actorId !== undefined && s.speaker.id !== actorId)) continue;
    const key = `${s.speaker.id}\u0000${s.topic.id}`;
    let run = runs.get(key);
    if (!run) runs.set(key, (run = []));
    run.push(s);
  }
  const reversals: Reversal[] = [];
  for (const run of runs.values()) {
    for (let k = 1; k < run.length; k++) {
      const from = run[k - 1]!;
      const to = run[k]!;
      const sameDate =
        from.date.start === to.date.start && from.date.precision === to.date.precision;
      if (from.stance !== to.stance && !sameDate) {
        reversals.push({ actor: to.speaker, topic: to.topic!, from, to });
      }
    }
  }
  return reversals.sort(
    (a, b) =>
      chronologicalIndex(a.to, b.to) ||
      compareIds(a.actor.id, b.actor.id) ||
      compareIds(a.topic.id, b.topic.id),
  );
}

function chronologicalIndex(a: Statement, b: Statement): number {
  return a.date.start - b.date.start || compareIds(a.id, b.id);
}
