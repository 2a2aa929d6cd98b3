/**
 * The timeline's keyboard model (vis-timeline has none): roving focus over a row of
 * items in time order. Arrow keys step, Home/End jump, Enter/Space activate.
 */

export type KeyAction = { readonly move: number } | { readonly activate: true } | undefined;

/**
 * What `key` does when the item at `index` of `count` has focus: the index to move
 * to, an activation, or undefined for keys the timeline leaves alone. Right to left
 * (`rtl`: time runs leftwards), ArrowLeft steps to the later item and ArrowRight to
 * the earlier one, as they point.
 */
export function keyAction(key: string, index: number, count: number, rtl = false): KeyAction {
  if (count === 0) return undefined;
  const last = count - 1;
  if (rtl && key === 'ArrowLeft') key = 'ArrowRight';
  else if (rtl && key === 'ArrowRight') key = 'ArrowLeft';
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return { move: Math.min(index + 1, last) };
    case 'ArrowLeft':
    case 'ArrowUp':
      return { move: Math.max(index - 1, 0) };
    case 'Home':
      return { move: 0 };
    case 'End':
      return { move: last };
    case 'Enter':
    case ' ':
    case 'Spacebar':
      return { activate: true };
    default:
      return undefined;
  }
}
