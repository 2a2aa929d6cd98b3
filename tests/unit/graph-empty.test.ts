import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/model/dates';
import type { Actor, PDate, Statement, Topic } from '../../src/model/types';
import { emptyNote, windowPhrase } from '../../src/scene/empty';

// What the graph says when it has nothing to draw. Messages are written out by hand.

function date(text: string): PDate {
  const parsed = parseDate(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.date;
}

const actor = (id: string): Actor => ({
  id,
  name: id,
  kind: 'state',
  affiliations: [],
  aliases: [],
});
const topic = (id: string): Topic => ({ id, label: id }) as Topic;

function statement(id: string, when: string, about: string[], on?: string): Statement {
  return {
    id,
    speaker: actor('a'),
    about: about.map(actor),
    ...(on ? { topic: topic(on) } : {}),
    stance: 'positive',
    summary: id,
    date: date(when),
    certainty: 'confirmed',
    sources: [],
  };
}

describe('windowPhrase', () => {
  it.each([
    ['2025-08-16', '2025-08-16', 'en', 'on August 16, 2025'],
    ['2025-08-16', '2025-08-16', 'en-GB', 'on 16 August 2025'],
    ['2025-08-16', '2025-08-18', 'en-GB', 'between 16 August and 18 August 2025'],
    ['2025-08-16', '2025-08-18', 'en', 'between August 16 and August 18, 2025'],
    ['2024-12-30', '2025-01-02', 'en-GB', 'between 30 December 2024 and 2 January 2025'],
    ['2025-08', '2025-08', 'en', 'in August 2025'],
    ['1872', '1918-11-11', 'en-GB', 'between 1872 and 11 November 1918'],
    ['2011-03-14', '2011-03-16', 'de', 'between 14. März and 16. März 2011'],
  ])('%s to %s in %s reads %j', (from, to, locale, phrase) => {
    expect(windowPhrase(date(from), date(to), locale)).toBe(phrase);
  });

  it('says an open end in words', () => {
    expect(windowPhrase(date('2025-08'), undefined, 'en')).toBe('from August 2025 on');
    expect(windowPhrase(undefined, date('1957'), 'en')).toBe('until 1957');
  });
});

describe('emptyNote', () => {
  const claims = [
    statement('s1', '2025-08-15', ['b'], 'ceasefire'),
    statement('s2', '2025-08-18', [], 'sanctions'),
  ];
  const only = (...ids: string[]) => claims.filter((s) => ids.includes(s.id));

  it('is silent while anything is shown', () => {
    expect(emptyNote(claims, only('s1'), {}, 'actors', true, 'en')).toBeUndefined();
  });

  it('names an empty window and offers all dates', () => {
    const filter = { from: date('2025-08-16'), to: date('2025-08-16') };
    expect(emptyNote(claims, [], filter, 'actors', true, 'en-GB')).toEqual({
      message: 'No statements on 16 August 2025.',
      actions: ['all-dates'],
    });
  });

  it('blames the topics when the window alone has statements, offering both ways back', () => {
    const filter = {
      topics: new Set(['ceasefire']),
      from: date('2025-08-17'),
      to: date('2025-08-18'),
    };
    expect(emptyNote(claims, [], filter, 'topics', true, 'en-GB')).toEqual({
      message: 'No statements on these topics between 17 August and 18 August 2025.',
      actions: ['all-topics', 'all-dates'],
    });
  });

  it('blames the window when it is empty whatever the topics', () => {
    const filter = { topics: new Set(['ceasefire']), from: date('2026') };
    expect(emptyNote(claims, [], filter, 'topics', true, 'en')).toEqual({
      message: 'No statements from 2026 on.',
      actions: ['all-dates'],
    });
  });

  it('offers all topics when only topics are chosen', () => {
    const filter = { topics: new Set(['elsewhere']) };
    expect(emptyNote(claims, [], filter, 'topics', true, 'en')).toEqual({
      message: 'No statements on these topics.',
      actions: ['all-topics'],
    });
  });

  it('explains "who about whom" of coded claims and offers the topic view', () => {
    const coded = [statement('c1', '2011-03-14', [], 'exit'), statement('c2', '2011-03-15', [])];
    const note = emptyNote(coded, coded, {}, 'actors', false, 'de');
    expect(note?.message).toBe('No statement in this data set is about another actor.');
    expect(note?.detail).toMatch(/coded by topic/);
    expect(note?.actions).toEqual(['topics-mode']);
    // The topic view of the same data is not empty.
    expect(emptyNote(coded, coded, {}, 'topics', true, 'de')).toBeUndefined();
  });

  it('draws the actor graph of data with about statements even when it has no links', () => {
    const selfish = [statement('x', '2025-01-01', ['a'])];
    expect(emptyNote(selfish, selfish, {}, 'actors', false, 'en')).toBeUndefined();
  });

  it('says nothing about a data set without statements', () => {
    expect(emptyNote([], [], { from: date('2025') }, 'actors', false, 'en')).toBeUndefined();
  });
});
