/**
 * What the timeline takes from vis-timeline and vis-data, as one lazily loaded module.
 * Naming the exports (rather than importing whole modules dynamically) lets the
 * bundler leave out what Parley never uses, such as vis-timeline's Graph2d.
 *
 * The "esnext" builds, without the polyfills the standalone and peer builds carry,
 * and with a UTC-only stand-in for Moment (see src/vendor/vis-timeline/).
 */
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import './timeline.css';

export { Timeline } from 'vis-timeline/esnext';
export { DataSet } from 'vis-data/esnext';
export { utcMoment } from '../vendor/vis-timeline/utc-moment';
