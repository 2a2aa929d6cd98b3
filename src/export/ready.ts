/**
 * Waiting until the graph's drawing (the <svg> a Graph binds) is drawn: ready once
 * it is in the page, has a width and no "Laying out…" status beside it.
 */

function drawn(svg: SVGSVGElement | undefined): svg is SVGSVGElement {
  return (
    svg !== undefined &&
    svg.isConnected &&
    svg.width.baseVal.value > 0 &&
    !svg.parentElement?.querySelector('[role="status"]')
  );
}

/**
 * Resolves with the graph's <svg> once `find` returns one that has been drawn for
 * two frames in a row (so effects that follow the layout, like label placement,
 * have run); rejects after `timeoutMs`.
 */
export function whenGraphDrawn(
  find: () => SVGSVGElement | undefined,
  timeoutMs = 20_000,
): Promise<SVGSVGElement> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    let seen: SVGSVGElement | undefined;
    const check = () => {
      const svg = find();
      if (drawn(svg)) {
        if (seen === svg) return resolve(svg);
        seen = svg;
      } else {
        seen = undefined;
      }
      if (performance.now() - start > timeoutMs) {
        reject(new Error('the graph is still being laid out; try again in a moment'));
      } else {
        requestAnimationFrame(check);
      }
    };
    check();
  });
}
