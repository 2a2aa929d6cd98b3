/**
 * The interface's words in English: the source catalogue, bundled with the page and
 * the fallback for every other language. Each other locale (./de.ts, …) is typed
 * `Messages`, so a key missing there or one too many is a type error (and a failure
 * of tests/unit/i18n.test.ts). Strings are plain; anything with a number or a name in
 * it is a function, formatting numbers with `num` and choosing plural forms with
 * `plural`/`count` (Intl.PluralRules of the interface's language).
 *
 * Terms: docs/GLOSSARY.md. The English names of regions and buttons are contracts
 * (docs/ARCHITECTURE.md): "Actor graph", "Timeline", "Details", "Table", "Search".
 */
import type { ActorKind, Certainty, EventStatus, Stance } from '../model/types';
import type { LazyPartName } from '../state/failure';
import type { PartMessages } from './en-parts';
import { count, isolate, num, plural } from './format';

const statements = (n: number) => count(n, { one: 'statement', other: 'statements' });

export const en = {
  /** The vocabulary shared by the graph, timeline, details, table and legend. */
  stance: {
    positive: 'Positive',
    negative: 'Negative',
    neutral: 'Neutral',
    mixed: 'Mixed',
  } satisfies Record<Stance, string>,
  /** Lower case, inside a sentence ("2 positive, 1 negative"). */
  stanceWord: {
    positive: 'positive',
    negative: 'negative',
    neutral: 'neutral',
    mixed: 'mixed',
  } satisfies Record<Stance, string>,
  certainty: {
    confirmed: 'Confirmed',
    reported: 'Reported',
    alleged: 'Alleged',
    denied: 'Denied',
  } satisfies Record<Certainty, string>,
  certaintyWord: {
    confirmed: 'confirmed',
    reported: 'reported',
    alleged: 'alleged',
    denied: 'denied',
  } satisfies Record<Certainty, string>,
  status: {
    held: 'Held',
    planned: 'Planned',
    cancelled: 'Cancelled',
    postponed: 'Postponed',
  } satisfies Record<EventStatus, string>,
  statusWord: {
    held: 'held',
    planned: 'planned',
    cancelled: 'cancelled',
    postponed: 'postponed',
  } satisfies Record<EventStatus, string>,
  kind: {
    person: 'Person',
    state: 'State',
    organization: 'Organization',
    group: 'Group',
  } satisfies Record<ActorKind, string>,
  kindWord: {
    person: 'person',
    state: 'state',
    organization: 'organization',
    group: 'group',
  } satisfies Record<ActorKind, string>,
  topic: 'Topic',
  via: 'Via: reported by another actor',
  /** "via NAME" after a statement's stance or certainty. */
  viaName: (name: string) => `via ${isolate(name)}`,
  statements,
  /** Words joined into a list ("A, B"). */
  listSeparator: ', ',

  legend: {
    heading: 'Legend',
    nodes: 'Nodes',
    size: 'Size',
    events: 'Events',
    stance: 'Stance',
    certainty: 'Certainty',
    selection: 'Selection',
    idle: 'No statement in this view',
    notLinked: 'Not linked to the selection',
    /** What a node's size counts: in "who on what", "who about whom", or a network. */
    sizeText: (counted: 'topics' | 'actors' | 'network', max: number) => {
      const what = {
        topics: 'by the actor or on the topic',
        actors: 'by or about the actor',
        network: 'by the actor',
      }[counted];
      return max > 1 ? `Statements ${what}, 1 to ${num(max)}` : `Statements ${what}`;
    },
  },

  /** The graph's mode switch: each mode's name, and what a phone shows (part of the name). */
  modes: {
    group: 'Graph shows',
    actors: { label: 'Who about whom', short: 'About whom' },
    topics: { label: 'Who on what', short: 'On what' },
    agreement: { label: 'Agreement', short: 'Agreement' },
    conflict: { label: 'Conflict', short: 'Conflict' },
    balance: { label: 'Balance', short: 'Balance' },
  },

  graph: {
    /** A node button's name; it starts with the actor's name (a contract). */
    node: (label: string, kind: string, activity: number, coalition?: number) =>
      `${label}, ${kind}, ${statements(activity)}${coalition === undefined ? '' : `, coalition ${num(coalition)}`}`,
    actor: 'actor',
    topicNode: (label: string, activity: number) =>
      `Topic: ${isolate(label)}, ${statements(activity)}`,
    edge: (source: string, target: string, stance: string) =>
      `${source} → ${isolate(target)}: ${stance}`,
    /** "1 reported via NAME" in an edge's title. */
    edgeGroup: (n: number, certainty: string, via?: string) =>
      `${num(n)} ${certainty}${via === undefined ? '' : ` via ${isolate(via)}`}`,
    region: 'Actor graph',
    hintTopics: 'Arrows run from speaker to actor or topic.',
    hintActors: 'Arrows run from speaker to the actor spoken about.',
    how: 'Drag to pan; Ctrl/⌘ + scroll or pinch to zoom.',
    drawingFailed: "The graph's drawing could not be loaded.",
    layoutFailed: (why: string) => `The graph could not be laid out: ${why}`,
    loadingNetwork: 'Loading the network…',
    layingOut: 'Laying out the graph…',
    zoom: 'Zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    reset: 'Reset view',
    /** Above the graph while it draws one actor's neighbourhood only. */
    aroundNote: (name: string, others: number, topics: boolean) =>
      `Only ${isolate(name)}'s neighbourhood: ${count(others, topics ? { one: 'other node', other: 'other nodes' } : { one: 'other actor', other: 'other actors' })}.`,
    showEveryone: 'Show everyone',
    nodesAndLinks: (nodes: number, links: number) =>
      `${count(nodes, { one: 'node', other: 'nodes' })} and ${count(links, { one: 'link', other: 'links' })}`,
  },

  empty: {
    allDates: 'Show all dates',
    allTopics: 'Show all topics',
    topicsMode: 'See who said what on which topic',
    on: (date: string) => `on ${date}`,
    in: (date: string) => `in ${date}`,
    between: (from: string, to: string) => `between ${from} and ${to}`,
    from: (date: string) => `from ${date} on`,
    until: (date: string) => `until ${date}`,
    noAbout: 'No statement in this data set is about another actor.',
    noAboutDetail:
      'Its statements are coded by topic, so “who about whom” has no links to draw. ' +
      'The topic view shows who said what on which issue.',
    noneOnTopicsIn: (window: string) => `No statements on these topics ${window}.`,
    noneIn: (window: string) => `No statements ${window}.`,
    noneOnTopics: 'No statements on these topics.',
  },

  summary: {
    from: (date: string) => `From ${date}`,
    until: (date: string) => `Until ${date}`,
    allDates: 'All dates',
    allTopics: 'All topics',
    topics: (n: number, list: string) => `${plural(n, { one: 'Topic', other: 'Topics' })}: ${list}`,
    highlighted: (name: string) => `Highlighted: ${name}`,
  },

  app: {
    loading: 'Loading data…',
    loadingTimeline: 'Loading the timeline…',
    table: 'Table',
    /** The Download and Share buttons (their menus and dialog load later). */
    download: 'Download',
    share: 'Share',
    statementsTable: 'Statements table',
    openFullView: 'Open full view',
    /** The embed's note when its picture is filtered. */
    showing: (shown: number, total: number) => `Showing ${num(shown)} of ${statements(total)}`,
  },

  errors: {
    heading: 'Cannot show this data set',
    at: 'at',
    trying: 'Trying again…',
    retry: 'Retry',
    /** `dataset=` that is not an id (a path, a URL): never fetched. */
    badId: (id: string, example: string) =>
      `"${id}" is not a data set id. Data set ids are short names such as "${example}".`,
    unknown: (id: string, hint: string | undefined, known: readonly string[]) =>
      `There is no data set "${id}".${hint ? ` Did you mean "${hint}"?` : ''}${known.length ? ` Available: ${known.join(', ')}.` : ''}`,
    invalid: (id: string, errors: number) =>
      `The data set "${id}" has ${count(errors, { one: 'error', other: 'errors' })} and cannot be shown.`,
    notChecked: (id: string) =>
      `The data set "${id}" could not be checked: part of the page failed to load.`,
    /**
     * Above the validator's located problems, which stay English in every interface
     * language (they are for authors, as the CLI's are): other languages say so here.
     */
    problems:
      'What the check found, for the data set’s authors (npm run validate reports the same):',
  },

  filters: {
    button: 'Filters',
    set: (n: number) => `(${num(n)} set)`,
    allTopics: 'All topics',
    someTopics: (n: number, all: number) => `${num(n)} of ${num(all)} topics`,
    follows: 'Dates follow the timeline',
    /** The live count under the bar; `window` is "" or ", FROM to TO". */
    status: (shown: number, total: number, window: string) =>
      `Showing ${num(shown)} of ${statements(total)}${window}`,
    window: (from: string | undefined, to: string | undefined) =>
      `, ${from ?? 'start'} to ${to ?? 'end'}`,
    topics: 'Topics',
    all: 'All',
    timeWindow: 'Time window',
    from: 'From',
    to: 'To',
    datePlaceholder: 'YYYY-MM-DD',
    apply: 'Apply',
    allDates: 'All dates',
    follow: 'Follow timeline',
  },

  search: {
    label: 'Search',
    placeholder: 'Search actors and events',
    results: 'Search results',
    actor: 'Actor',
    event: 'Event',
    also: (name: string) => ` · also “${isolate(name)}”`,
    unavailable: 'Search is unavailable: part of the page failed to load',
    none: 'No actor or event matches',
    searching: 'Searching…',
  },

  standfirst: { more: 'More', less: 'Less' },

  details: {
    region: 'Details',
    actor: 'Actor',
    event: 'Event',
    topic: 'Topic',
    tie: (type: string) => `${type} tie`,
    and: (a: string, b: string) => `${isolate(a)} and ${isolate(b)}`,
    aboutActor: 'From one actor about another',
    onTopic: 'From an actor on a topic',
    overview: 'About this data set',
    showingOverview: (name: string) => `Showing the overview of ${isolate(name)}`,
    showing: (name: string) => `Showing ${isolate(name)}`,
    clear: 'Clear selection',
    /** The toggle that draws only the actor and the nodes tied to them. */
    around: (name: string) => `Only ${isolate(name)}'s neighbourhood`,
    edgeFailed: 'The statements of this link could not be loaded.',
    overviewFailed: 'The overview could not be loaded.',
    kind: 'Kind',
    partOf: 'Part of',
    aliases: 'Also known as',
    statements: 'Statements',
    noTopic: 'Without a topic',
    noneBy: (name: string) => `No statements by ${isolate(name)} are shown.`,
    reportedBy: (name: string) => `Reported by ${isolate(name)}`,
    relayed: (name: string) => `Positions of others known only through ${isolate(name)}.`,
    aboutHeading: (name: string) => `What others said about ${isolate(name)}`,
    noneAbout: (name: string) => `No statements about ${isolate(name)} are shown.`,
    events: 'Events',
    noEvents: (name: string) => `${isolate(name)} took part in no recorded event.`,
    where: 'Where',
    participants: 'Participants',
    topics: 'Topics',
    madeHere: 'Statements made here',
    noneMadeHere: 'No statements made here are shown.',
    sources: 'Sources',
    hidden: (n: number) => `${num(n)} more hidden by the current filters`,
    listing: (listed: number, total: number, events: boolean) =>
      `Listing ${num(listed)} of ${num(total)} ${events ? 'events' : 'statements'}.`,
    showAll: (total: number, events: boolean) =>
      `Show all ${num(total)} ${events ? 'events' : 'statements'}`,
    noneOnTopic: 'No statements on this topic are shown.',
    noneShown: 'No statements shown.',
  },

  statement: {
    about: 'about',
    About: 'About',
    via: 'Via: reported by',
    allFromAbout: (speaker: string, target: string) =>
      `All statements from ${isolate(speaker)} about ${isolate(target)}`,
  },

  sources: {
    label: (n: number) => plural(n, { one: 'Source', other: 'Sources' }) + ':',
    newTab: '(opens in a new tab)',
    archived: 'archived copy',
    /** "Publisher: Title". */
    cited: (publisher: string, title: string) => `${publisher}: ${title}`,
  },

  /** The embed's iframe title in the embed code. */
  embedTitle: (title: string) => `${title} (interactive graphic)`,
  /**
   * The alt text of the graph's still (model/still.ts), in the embed code and the embed's
   * print view: "Actor graph: TITLE. Most active: A, B and C." The names are joined by
   * Intl.ListFormat; British English (no comma before "and"), as the rest of the English.
   */
  still: {
    graph: (title: string) => `Actor graph: ${title}`,
    mostActive: (names: readonly string[]) =>
      `Most active: ${new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(names)}.`,
  },

  /** Before an approximate date ("c. 1957"). */
  circa: 'c.',

  failure: {
    loaded: (why: string) => `The data could not be loaded: ${why}.`,
    notLoaded: 'The data could not be loaded.',
    status: (status: number, words: string | undefined) =>
      `the server answered ${status}${words ? ` (${words})` : ''}`,
    statusWords: {
      401: 'not signed in',
      403: 'forbidden',
      404: 'not found',
      410: 'gone',
      429: 'too many requests',
      500: 'server error',
    } as Record<number, string>,
    unreachable: 'the connection to the server failed',
    offline: 'this device seems to be offline',
    timeout: (seconds: number) =>
      `the server did not answer within ${count(seconds, { one: 'second', other: 'seconds' })}`,
    webPage: 'the server sent a web page instead of the data',
    notData: 'the server sent something other than the data',
    parts: {
      timeline: 'The timeline',
      table: 'The statements table',
      share: 'Sharing',
      download: 'Downloads',
      stances: 'Stances over time',
      details: 'The details panel',
    } satisfies Record<LazyPartName, string>,
    part: (what: string, online: boolean) =>
      online
        ? `${what} could not be loaded.`
        : `${what} could not be loaded: this device seems to be offline.`,
  },

  notices: {
    network: 'The network could not be loaded.',
    controls: 'The filters and the search could not be loaded.',
    noActor: (id: string) => `There is no actor "${id}" in this data set.`,
    noEvent: (id: string) => `There is no event "${id}" in this data set.`,
    noTopic: (id: string) => `There is no topic "${id}" in this data set.`,
    dateIgnored: (name: string, why: string) => `The "${name}" date is ignored: ${why}.`,
  },
};

/** The words of the first load (this file). */
export type CoreMessages = typeof en;
/** A whole catalogue: the first load's words and, under `parts`, the later parts' (./en-parts.ts). */
export type Messages = CoreMessages & { readonly parts: PartMessages };
