// Scrollytelling: as each step of the text scrolls into the middle of the screen,
// the sticky embed selects an actor (or, with data-about, what that actor said about
// another) or narrows its time window through the host script's Parley API
// (dist/embed.js, loaded async: wait for it).
const frame = document.getElementById('scrolly-graphic');
const steps = [...document.querySelectorAll('.step')];

function apply(step) {
  const api = window.Parley;
  if (!frame) return;
  if (!api) {
    // embed.js loads async; try again once it has run.
    window.addEventListener('load', () => apply(step), { once: true });
    return;
  }
  steps.forEach((s) => s.classList.toggle('active', s === step));
  const { actor, about, from, to } = step.dataset;
  if (actor) {
    api.window(frame, {});
    api.select(frame, about ? { actor, about } : { actor });
  } else if (from || to) {
    api.clear(frame);
    api.window(frame, { from, to });
  } else {
    api.clear(frame);
    api.window(frame, {});
  }
}

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) if (entry.isIntersecting) apply(entry.target);
  },
  { rootMargin: '-45% 0px -45% 0px' },
);
steps.forEach((step) => observer.observe(step));
