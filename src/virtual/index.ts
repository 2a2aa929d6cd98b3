/** Windowing long lists of rows of different heights (the statements table). */
export {
  anchoredTop,
  renderPlan,
  rowAt,
  rowOffsets,
  RowHeights,
  visibleRange,
  type Part,
  type Range,
} from './rows';
