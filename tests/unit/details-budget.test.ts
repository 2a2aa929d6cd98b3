import { describe, expect, it } from 'vitest';
import { firstStatements } from '../../src/model/budget';

const group = (name: string, n: number) => ({
  name,
  statements: Array.from({ length: n }, (_, i) => `${name}${i + 1}`),
});

describe('firstStatements', () => {
  it('lists everything when it fits', () => {
    const r = firstStatements([group('a', 2), group('b', 3)], 5);
    expect(r.groups.map((g) => g.listed)).toEqual([
      ['a1', 'a2'],
      ['b1', 'b2', 'b3'],
    ]);
    expect(r.hidden).toBe(0);
    expect(r.firstHidden).toBeUndefined();
  });

  it('cuts across groups in order, keeps each group whole in `statements`, drops emptied groups', () => {
    const r = firstStatements([group('a', 2), group('b', 3), group('c', 4)], 4);
    expect(r.groups.map((g) => [g.name, g.listed, g.statements.length])).toEqual([
      ['a', ['a1', 'a2'], 2],
      ['b', ['b1', 'b2'], 3],
    ]);
    expect(r.hidden).toBe(5);
    expect(r.firstHidden).toBe('b3');
  });

  it('a limit of 0 lists nothing; Infinity lists all', () => {
    expect(firstStatements([group('a', 2)], 0)).toMatchObject({ groups: [], hidden: 2 });
    expect(firstStatements([group('a', 2)], Infinity).hidden).toBe(0);
  });
});
