/**
 * The English words of the parts of the page that load later (the timeline, the
 * table, the Share dialog, the Download menu, the panel's overview and a link's
 * details): kept out of ./en.ts so the embed's first load does not carry them.
 * Every other locale has them under `parts` in its one catalogue file; read them
 * through `parts()` (./parts.ts).
 */
import type { PlayWidth } from '../state/play';
import type { BinUnit } from '../timeline/bins';
import { count, isolate, num, percent, plural } from './format';

const statements = (n: number) => count(n, { one: 'statement', other: 'statements' });

/** The periods "Stances over time" counts by (network/stances.ts stanceUnit). */
export type StanceUnit = 'day' | 'week' | 'month';
const UNIT: Record<StanceUnit, string> = { day: 'day', week: 'week', month: 'month' };

export const enParts = {
  share: {
    title: 'Share or embed this view',
    close: 'Close',
    selection: 'Include the current selection and filters',
    show: 'Show',
    views: { both: 'Timeline and graph', graph: 'Graph', timeline: 'Timeline', table: 'Table' },
    theme: 'Theme',
    themes: { auto: 'Follow reader', light: 'Light', dark: 'Dark' },
    language: 'Language',
    languageAuto: 'The data set’s',
    parts: 'Parts',
    header: 'Show title and description',
    controls: 'Show filters and search',
    height: 'Height',
    fixedHeight: 'Fixed height',
    heightPx: 'Height in px',
    heightHint: (min: number, max: number) =>
      `From ${min} to ${max}. Without a fixed height, the embed grows with its content.`,
    code: 'Embed code',
    copyCode: 'Copy embed code',
    link: 'Direct link',
    copyLink: 'Copy link',
    copied: (what: string) => `${what} copied to the clipboard.`,
    /** `what` as in the sentence: "the embed code", "the link". */
    copyFailed: (what: string) => `Could not copy automatically: select the ${what} and copy it.`,
    codeWord: 'embed code',
    linkWord: 'link',
    linkCopied: 'Link',
    preview: 'Preview',
    previewWidth: 'Preview width',
    widths: { phone: 'Phone', column: 'Column', wide: 'Wide' },
    /** A size in CSS px, as typed in a field (no thousands separator). */
    px: (n: number) => `${n} px`,
    scaled: (share: number) => `Shown at ${percent(share)} of its size.`,
    fullSize: 'Shown at full size.',
    frameTitle: (title: string) => `Preview: ${isolate(title)} (interactive graphic)`,
  },

  download: {
    png: 'Graph as PNG',
    svg: 'Graph as SVG',
    csv: 'Statements as CSV',
    /** The statements with the format's field names, for scripts and the round trip. */
    csvFields: 'Statements as CSV (field names)',
    /** The CSV's headers that the table has not (the rest are the table's: table.columns). */
    csvColumns: { via: 'Via', sources: 'Sources' },
    json: 'Data set as JSON',
    networkCsv: 'Network (CSV)',
    networkGraphml: 'Network (GraphML)',
    preparing: 'Preparing the graph…',
    done: (name: string) => `Downloaded ${name}`,
    failed: (name: string, why: string) => `Could not make ${name}: ${why}.`,
  },

  timelineView: {
    heading: 'Timeline',
    events: 'Events',
    statements: 'Statements',
    noEvents: 'No events to show.',
    loading: 'Loading timeline…',
    utc: 'Times on the axis in UTC; each item shows its own.',
    tools: 'Timeline view',
    zoomOut: 'Zoom out',
    zoomIn: 'Zoom in',
    earlier: 'Earlier',
    later: 'Later',
    fit: 'Fit all',
    allRows: 'Show all rows',
    fewerRows: 'Show fewer rows',
  },

  table: {
    columns: {
      date: 'Date',
      speaker: 'Speaker',
      about: 'About',
      topic: 'Topic',
      stance: 'Stance',
      certainty: 'Certainty',
      text: 'Quote or summary',
      source: 'Source',
    },
    caption: (n: number) => `Statements — ${num(n)} shown`,
    sorted: (column: string, ascending: boolean) =>
      `, sorted by ${column.toLowerCase()} (${ascending ? 'ascending' : 'descending'})`,
    via: 'via',
  },

  timeline: {
    statementBy: (speaker: string, spoken: string) => `Statement by ${isolate(speaker)}: ${spoken}`,
    stanceCount: (n: number, stance: string) => `${num(n)} ${stance}`,
    byActor: (n: number, speaker: string) => `${num(n)} by ${isolate(speaker)}`,
    cluster: (n: number, dates: string, spoken: string) =>
      `${statements(n)}, ${dates}: ${spoken}; zoom in`,
    /** After the count in a cluster's head ("12 statements"). */
    statementsAfterCount: (n: number) => ` ${plural(n, { one: 'statement', other: 'statements' })}`,
    eventCluster: (n: number, period: string, related: number) =>
      `${count(n, { one: 'event', other: 'events' })}, ${period}${related > 0 ? `, ${num(related)} related` : ''}; zoom in`,
    eventsAfterCount: (n: number) => ` ${plural(n, { one: 'event', other: 'events' })}`,
    /** Shown on a cluster of events: how many of them the selection concerns. */
    relatedCount: (n: number) => `${num(n)} related`,
    bin: (n: number, period: string, band: string, spoken: string) =>
      `${statements(n)}, ${period}${band ? ` (${band})` : ''}: ${spoken}; zoom in`,
    bandNote: {
      day: 'dated to the day',
      week: 'dated to the week',
      month: 'dated to the month only',
      year: 'dated to the year only',
      decade: 'dated to the decade',
    } satisfies Record<BinUnit, string>,
    bandCaption: {
      day: 'Day',
      week: 'Week',
      month: 'Month only',
      year: 'Year only',
      decade: 'Decade',
    } satisfies Record<BinUnit, string>,
  },

  overview: {
    counts: { actors: 'Actors', topics: 'Topics', events: 'Events', statements: 'Statements' },
    shownFiltered: (n: number) => `${statements(n)} shown with the current filters.`,
    covers: 'Covers',
    mostActive: 'Most active',
    inStatements: (n: number) => `in ${statements(n)}`,
  },

  network: {
    settings: 'Network settings',
    settingsShort: 'Settings',
    normalization: 'Normalization',
    norms: {
      none: 'None (counts)',
      average: 'Average activity',
      jaccard: 'Jaccard',
      cosine: 'Cosine',
    },
    normShort: { none: 'none', average: 'average', jaccard: 'jaccard', cosine: 'cosine' },
    minWeight: 'Minimum weight',
    atLeast: 'Actors with at least',
    statementsUnit: 'statements',
    fold: 'People as their organization',
    showing: (shown: number, total: number, min: number) =>
      `Showing ${num(shown)} of ${num(total)} ties (weight ≥ ${num(min)})`,
    hiddenActors: (hidden: number, all: number) => `; ${num(hidden)} of ${num(all)} actors hidden`,
    hint: {
      agreement: 'Lines tie actors who took the same stance on a topic; wider is more.',
      conflict: 'Dashed lines tie actors who took opposite stances on a topic; wider is more.',
      balance:
        'Agreement minus conflict: solid green ties agree more, dashed red ones disagree more.',
    },
    type: { agreement: 'agreement', conflict: 'conflict', balance: 'balance' },
    ties: { agreement: 'Agreement ties', conflict: 'Conflict ties', balance: 'Balance ties' },
    weight: (weight: string) => `weight ${weight}`,
    normalized: (value: string, how: string) => `${value} normalized (${how})`,
    noTieOf: (name: string, type: string) => `${isolate(name)} has no ${type} tie in this view.`,
    noTieBetween: (type: string) => `No ${type} tie between them in this view.`,
    and: 'and',
    countedHere: 'Counted here',
    countedNote: (name: string) =>
      `People of ${isolate(name)} whose statements count for it while folded.`,
    coalitions: 'Coalitions',
    noCoalitions: 'No agreement ties in this view, so no coalitions.',
    polarization: (value: string) => `Polarization ${value}.`,
    polarizationExplained:
      'Polarization is the modularity of the best split into two camps: the coalitions are merged two at a time, each time the pair whose merging costs least modularity, until two remain; 0 means no divide, values towards 0.5 a sharp one.',
    coalition: (id: number) => `Coalition ${num(id)}`,
    members: (n: number) => count(n, { one: 'member', other: 'members' }),
    agreeMost: 'Agree most on',
    legendTies: 'Ties',
    legendCoalitions: 'Coalitions (node colour)',
    coalitionsFrom: (id: number) => `Coalitions ${num(id)} and up`,
    tieText: {
      agreement: 'Same stance on a topic; wider: more',
      conflict: 'Opposite stances on a topic (dashed); wider: more',
      balancePositive: 'More agreement than conflict',
      balanceNegative: 'More conflict than agreement (dashed)',
    },
  },

  edge: {
    from: 'From',
    about: 'about',
    on: 'on',
    noneFromAbout: (speaker: string, target: string) =>
      `No statements from ${isolate(speaker)} about ${isolate(target)} are shown.`,
  },

  /** "Stances over time" (views/stances/). */
  stances: {
    heading: 'Stances over time',
    onTopic: (topic: string) => `On ${isolate(topic)}`,
    allTopics: 'All topics in view',
    playBy: 'Play by',
    widths: { week: 'week', month: 'month' } satisfies Record<PlayWidth, string>,
    play: 'Play',
    /** Play's position: "Week 3 of 17". */
    step: (width: PlayWidth, n: number, of: number) =>
      `${width === 'week' ? 'Week' : 'Month'} ${num(n)} of ${num(of)}`,
    /** How many steps Play has: "17 weeks". */
    steps: (width: PlayWidth, n: number) =>
      count(
        n,
        width === 'week' ? { one: 'week', other: 'weeks' } : { one: 'month', other: 'months' },
      ),
    showAll: 'Show all dates',
    key: 'Stances',
    none: 'No statements to count in this window.',
    /** `first`, `last` and `busiest` are periods ("7 March 2011 – 13 March 2011"). */
    summary: (
      n: number,
      unit: StanceUnit,
      first: string,
      last: string,
      busiest: string,
      most: number,
    ) =>
      `${statements(n)} by ${UNIT[unit]}, ${first} to ${last}; most in ${busiest} (${num(most)}).`,
    /** A period's count and, when not empty, its mix (stanceCount's joined by listSeparator). */
    binCounts: (n: number, mix: string) => `${statements(n)}${mix ? ` (${mix})` : ''}`,
    slider: 'Period; Enter shows it, Escape shows all dates',
    valueText: (period: string, counts: string) => `${period}: ${counts}`,
    noPeriods: 'No periods',
    coarser: (n: number, unit: StanceUnit) =>
      `${statements(n)} dated less precisely than a ${UNIT[unit]} are counted in the table.`,
    /** After the selected actor's name (set in bold). */
    actorRow: (n: number, reversals: number) =>
      `: ${statements(n)} here (the lower row), ${count(reversals, { one: 'reversal', other: 'reversals' })} of stance${reversals > 0 ? ' (▲ under the period)' : ''}.`,
    reversalsOf: (name: string) => `Reversals of ${isolate(name)}`,
    /** Between a reversal's old and new stance, pointing the way the line reads. */
    to: '→',
    since: (date: string) => `(since ${date})`,
    hint: 'Select an actor to see their own statements and reversals of stance.',
    /** Not "Show as table": the page's "Table" button is found by a name containing "table". */
    showCounts: 'Show the counts',
    tableRegion: 'Stances per period, as a table',
    caption: (unit: StanceUnit, topic?: string) =>
      `Statements per ${UNIT[unit]} by stance${topic === undefined ? '' : `, on ${isolate(topic)}`}`,
    period: 'Period',
    total: 'Total',
    allPeriods: 'All periods',
  },
};

export type PartMessages = typeof enParts;
