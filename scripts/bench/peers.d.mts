/** Types for peers.mjs, imported by its unit test. */
import type { RawDataset } from '../../src/model/types';

export interface TimelineJSDate {
  year: string;
  month?: string;
  day?: string;
  hour?: string;
  minute?: string;
  second?: string;
}
export interface TimelineJSSlide {
  unique_id: string;
  start_date: TimelineJSDate;
  end_date?: TimelineJSDate;
  text: { headline: string; text: string };
}
export declare function timelineDate(text: string): TimelineJSDate;
export declare function toTimelineJS(data: RawDataset): {
  timeline: { events: TimelineJSSlide[] };
  counts: { events: number; statements: number };
};
export declare function toVisNetwork(data: RawDataset): {
  mode: 'actors' | 'topics';
  nodes: { id: string; label: string }[];
  edges: { id: string; from: string; to: string; arrows: string }[];
};
export declare function writePeers(dir: string, datasets: Record<string, RawDataset>): unknown;
