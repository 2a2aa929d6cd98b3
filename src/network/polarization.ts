/**
 * What the polarization figure (coalitions.ts `twoCamps`) is, in one sentence for the
 * UI: a file of its own, so the page shows it without loading Louvain (which runs in
 * the network worker).
 */
export const POLARIZATION_EXPLAINED =
  'Polarization is the modularity of the best split into two camps: the coalitions are merged two at a time, each time the pair whose merging costs least modularity, until two remain; 0 means no divide, values towards 0.5 a sharp one.';
