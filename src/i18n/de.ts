/**
 * Die Oberfläche auf Deutsch. Typed `Messages`: a key missing here, or one en.ts does
 * not have, is a type error. Terms as in docs/GLOSSARY.md (Akteur, Aussage, Haltung,
 * Quellenlage, Thema, Ereignis, Zeitleiste, Akteursnetz …). Loaded as its own chunk,
 * only when the interface is German.
 */
import type { Messages } from './en';
import { count, isolate, num, percent, plural } from './format';

const aussagen = (n: number) => count(n, { one: 'Aussage', other: 'Aussagen' });
const ereignisse = (n: number) => count(n, { one: 'Ereignis', other: 'Ereignisse' });

/** Network types (the graph's modes) as a reader reads them. */
const TIE_TYPE: Record<string, string> = {
  agreement: 'Übereinstimmung',
  conflict: 'Konflikt',
  balance: 'Bilanz',
};

/** "Stances over time" counts by day, week or month (en-parts.ts StanceUnit). */
const UNIT_DE: Record<string, string> = { day: 'Tag', week: 'Woche', month: 'Monat' };
const UNITS_DE: Record<string, string> = { day: 'Tagen', week: 'Wochen', month: 'Monaten' };
const PRECISE_DE: Record<string, string> = {
  day: 'tagesgenaues',
  week: 'wochengenaues',
  month: 'monatsgenaues',
};

const de: Messages = {
  stance: {
    positive: 'Positiv',
    negative: 'Negativ',
    neutral: 'Neutral',
    mixed: 'Gemischt',
  },
  stanceWord: {
    positive: 'positiv',
    negative: 'negativ',
    neutral: 'neutral',
    mixed: 'gemischt',
  },
  certainty: {
    confirmed: 'Bestätigt',
    reported: 'Berichtet',
    alleged: 'Angeblich',
    denied: 'Dementiert',
  },
  certaintyWord: {
    confirmed: 'bestätigt',
    reported: 'berichtet',
    alleged: 'angeblich',
    denied: 'dementiert',
  },
  status: {
    held: 'Stattgefunden',
    planned: 'Geplant',
    cancelled: 'Abgesagt',
    postponed: 'Verschoben',
  },
  statusWord: {
    held: 'stattgefunden',
    planned: 'geplant',
    cancelled: 'abgesagt',
    postponed: 'verschoben',
  },
  kind: {
    person: 'Person',
    state: 'Staat',
    organization: 'Organisation',
    group: 'Gruppe',
  },
  kindWord: {
    person: 'Person',
    state: 'Staat',
    organization: 'Organisation',
    group: 'Gruppe',
  },
  topic: 'Thema',
  via: 'Über Dritte: von einem anderen Akteur berichtet',
  viaName: (name: string) => `über ${isolate(name)}`,
  statements: aussagen,
  listSeparator: ', ',

  legend: {
    heading: 'Legende',
    nodes: 'Knoten',
    size: 'Größe',
    events: 'Ereignisse',
    stance: 'Haltung',
    certainty: 'Quellenlage',
    selection: 'Auswahl',
    idle: 'Keine Aussage in dieser Ansicht',
    notLinked: 'Nicht mit der Auswahl verbunden',
    sizeText: (counted: 'topics' | 'actors' | 'network', max: number) => {
      const what = {
        topics: 'des Akteurs oder zum Thema',
        actors: 'von oder über den Akteur',
        network: 'des Akteurs',
      }[counted];
      return max > 1 ? `Aussagen ${what}, 1 bis ${num(max)}` : `Aussagen ${what}`;
    },
  },

  modes: {
    group: 'Das Netz zeigt',
    actors: { label: 'Wer über wen', short: 'über wen' },
    topics: { label: 'Wer zu welchem Thema', short: 'Thema' },
    agreement: { label: 'Übereinstimmung', short: 'Übereinstimmung' },
    conflict: { label: 'Konflikt', short: 'Konflikt' },
    balance: { label: 'Bilanz', short: 'Bilanz' },
  },

  graph: {
    node: (label: string, kind: string, activity: number, coalition?: number) =>
      `${label}, ${kind}, ${aussagen(activity)}${coalition === undefined ? '' : `, Lager ${num(coalition)}`}`,
    actor: 'Akteur',
    topicNode: (label: string, activity: number) =>
      `Thema: ${isolate(label)}, ${aussagen(activity)}`,
    edge: (source: string, target: string, stance: string) =>
      `${source} → ${isolate(target)}: ${stance}`,
    edgeGroup: (n: number, certainty: string, via?: string) =>
      `${num(n)} ${certainty}${via === undefined ? '' : ` über ${isolate(via)}`}`,
    region: 'Akteursnetz',
    hintTopics: 'Pfeile zeigen vom Sprecher zum Akteur oder Thema.',
    hintActors: 'Pfeile zeigen vom Sprecher zu dem Akteur, über den er spricht.',
    how: 'Ziehen zum Verschieben; Strg/⌘ + Scrollen oder Zwei-Finger-Geste zum Zoomen.',
    drawingFailed: 'Die Grafik des Netzes konnte nicht geladen werden.',
    layoutFailed: (why: string) => `Das Netz konnte nicht angeordnet werden: ${why}`,
    loadingNetwork: 'Netz wird geladen …',
    layingOut: 'Netz wird angeordnet …',
    zoom: 'Zoom',
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    reset: 'Ansicht zurücksetzen',
    aroundNote: (name: string, others: number, topics: boolean) =>
      `Nur das Umfeld von ${isolate(name)}: ${count(others, topics ? { one: 'weiterer Knoten', other: 'weitere Knoten' } : { one: 'weiterer Akteur', other: 'weitere Akteure' })}.`,
    showEveryone: 'Alle zeigen',
    nodesAndLinks: (nodes: number, links: number) =>
      `${count(nodes, { one: 'Knoten', other: 'Knoten' })} und ${count(links, { one: 'Verbindung', other: 'Verbindungen' })}`,
  },

  empty: {
    allDates: 'Alle Daten zeigen',
    allTopics: 'Alle Themen zeigen',
    topicsMode: 'Zeigen, wer sich zu welchem Thema geäußert hat',
    on: (date: string) => `am ${date}`,
    in: (date: string) => `im Zeitraum ${date}`,
    between: (from: string, to: string) => `zwischen ${from} und ${to}`,
    from: (date: string) => `ab ${date}`,
    until: (date: string) => `bis ${date}`,
    noAbout: 'Keine Aussage in diesem Datensatz bezieht sich auf einen anderen Akteur.',
    noAboutDetail:
      'Die Aussagen sind nach Themen kodiert, „wer über wen“ hat also keine Verbindungen. ' +
      'Die Themenansicht zeigt, wer sich wie zu welchem Thema geäußert hat.',
    noneOnTopicsIn: (window: string) => `Keine Aussagen zu diesen Themen ${window}.`,
    noneIn: (window: string) => `Keine Aussagen ${window}.`,
    noneOnTopics: 'Keine Aussagen zu diesen Themen.',
  },

  summary: {
    from: (date: string) => `Ab ${date}`,
    until: (date: string) => `Bis ${date}`,
    allDates: 'Alle Daten',
    allTopics: 'Alle Themen',
    topics: (n: number, list: string) => `${plural(n, { one: 'Thema', other: 'Themen' })}: ${list}`,
    highlighted: (name: string) => `Hervorgehoben: ${name}`,
  },

  app: {
    loading: 'Daten werden geladen …',
    loadingTimeline: 'Zeitleiste wird geladen …',
    table: 'Tabelle',
    /** The Download and Share buttons (their menus and dialog load later). */
    download: 'Herunterladen',
    share: 'Teilen',
    statementsTable: 'Tabelle der Aussagen',
    openFullView: 'Vollansicht öffnen',
    showing: (shown: number, total: number) => `${num(shown)} von ${aussagen(total)}`,
  },

  errors: {
    heading: 'Dieser Datensatz kann nicht angezeigt werden',
    at: 'bei',
    trying: 'Neuer Versuch …',
    retry: 'Erneut versuchen',
    badId: (id: string, example: string) =>
      `„${id}“ ist keine Kennung eines Datensatzes. Kennungen sind kurze Namen wie „${example}“.`,
    unknown: (id: string, hint: string | undefined, known: readonly string[]) =>
      `Es gibt keinen Datensatz „${id}“.${hint ? ` Meinten Sie „${hint}“?` : ''}${known.length ? ` Verfügbar: ${known.join(', ')}.` : ''}`,
    invalid: (id: string, errors: number) =>
      `Der Datensatz „${id}“ enthält ${count(errors, { one: 'Fehler', other: 'Fehler' })} und kann nicht angezeigt werden.`,
    notChecked: (id: string) =>
      `Der Datensatz „${id}“ konnte nicht geprüft werden: Ein Teil der Seite wurde nicht geladen.`,
    problems:
      'Das hat die Prüfung gefunden. Die Meldungen richten sich an die Autorinnen und Autoren des Datensatzes und sind, wie bei npm run validate, auf Englisch:',
  },

  filters: {
    button: 'Filter',
    set: (n: number) => `(${num(n)} gesetzt)`,
    allTopics: 'Alle Themen',
    someTopics: (n: number, all: number) => `${num(n)} von ${num(all)} Themen`,
    follows: 'Zeitraum folgt der Zeitleiste',
    status: (shown: number, total: number, window: string) =>
      `${num(shown)} von ${aussagen(total)}${window}`,
    window: (from: string | undefined, to: string | undefined) =>
      `, ${from ?? 'Anfang'} bis ${to ?? 'Ende'}`,
    topics: 'Themen',
    all: 'Alle',
    timeWindow: 'Zeitraum',
    from: 'Von',
    to: 'Bis',
    datePlaceholder: 'JJJJ-MM-TT',
    apply: 'Anwenden',
    allDates: 'Alle Daten',
    follow: 'Der Zeitleiste folgen',
  },

  search: {
    label: 'Suche',
    placeholder: 'Akteure und Ereignisse suchen',
    results: 'Suchergebnisse',
    actor: 'Akteur',
    event: 'Ereignis',
    also: (name: string) => ` · auch „${isolate(name)}“`,
    unavailable: 'Die Suche ist nicht verfügbar: Ein Teil der Seite konnte nicht geladen werden',
    none: 'Kein Akteur und kein Ereignis passt',
    searching: 'Suche läuft …',
  },

  standfirst: { more: 'Mehr', less: 'Weniger' },

  details: {
    region: 'Details',
    actor: 'Akteur',
    event: 'Ereignis',
    topic: 'Thema',
    tie: (type: string) => `Verbindung: ${TIE_TYPE[type] ?? type}`,
    and: (a: string, b: string) => `${isolate(a)} und ${isolate(b)}`,
    aboutActor: 'Von einem Akteur über einen anderen',
    onTopic: 'Von einem Akteur zu einem Thema',
    overview: 'Über diesen Datensatz',
    showingOverview: (name: string) => `Überblick über ${isolate(name)}`,
    showing: (name: string) => `Angezeigt: ${isolate(name)}`,
    clear: 'Auswahl aufheben',
    around: (name: string) => `Nur das Umfeld von ${isolate(name)}`,
    edgeFailed: 'Die Aussagen dieser Verbindung konnten nicht geladen werden.',
    overviewFailed: 'Der Überblick konnte nicht geladen werden.',
    kind: 'Art',
    partOf: 'Gehört zu',
    aliases: 'Auch bekannt als',
    statements: 'Aussagen',
    noTopic: 'Ohne Thema',
    noneBy: (name: string) => `Keine Aussagen von ${isolate(name)} angezeigt.`,
    reportedBy: (name: string) => `Von ${isolate(name)} berichtet`,
    relayed: (name: string) => `Positionen anderer, die nur über ${isolate(name)} bekannt sind.`,
    aboutHeading: (name: string) => `Was andere über ${isolate(name)} sagten`,
    noneAbout: (name: string) => `Keine Aussagen über ${isolate(name)} angezeigt.`,
    events: 'Ereignisse',
    noEvents: (name: string) => `${isolate(name)} war an keinem erfassten Ereignis beteiligt.`,
    where: 'Ort',
    participants: 'Beteiligte',
    topics: 'Themen',
    madeHere: 'Aussagen bei diesem Ereignis',
    noneMadeHere: 'Keine Aussagen bei diesem Ereignis angezeigt.',
    sources: 'Quellen',
    hidden: (n: number) => `${num(n)} weitere durch die aktuellen Filter ausgeblendet`,
    listing: (listed: number, total: number, events: boolean) =>
      `${num(listed)} von ${events ? ereignisse(total) : aussagen(total)} aufgeführt.`,
    showAll: (total: number, events: boolean) =>
      `Alle ${events ? ereignisse(total) : aussagen(total)} zeigen`,
    noneOnTopic: 'Keine Aussagen zu diesem Thema angezeigt.',
    noneShown: 'Keine Aussagen angezeigt.',
  },

  statement: {
    about: 'über',
    About: 'Über',
    via: 'Über Dritte: berichtet von',
    allFromAbout: (speaker: string, target: string) =>
      `Alle Aussagen von ${isolate(speaker)} über ${isolate(target)}`,
  },

  sources: {
    label: (n: number) => plural(n, { one: 'Quelle', other: 'Quellen' }) + ':',
    newTab: '(öffnet in einem neuen Tab)',
    archived: 'archivierte Fassung',
    cited: (publisher: string, title: string) => `${publisher}: ${title}`,
  },

  embedTitle: (title: string) => `${title} (interaktive Grafik)`,
  still: {
    graph: (title: string) => `Akteursnetz: ${title}`,
    mostActive: (names: readonly string[]) =>
      `Am aktivsten: ${new Intl.ListFormat('de', { type: 'conjunction' }).format(names)}.`,
  },
  circa: 'ca.',

  failure: {
    loaded: (why: string) => `Die Daten konnten nicht geladen werden: ${why}.`,
    notLoaded: 'Die Daten konnten nicht geladen werden.',
    status: (status: number, words: string | undefined) =>
      `Der Server antwortete mit ${status}${words ? ` (${words})` : ''}`,
    statusWords: {
      401: 'nicht angemeldet',
      403: 'verboten',
      404: 'nicht gefunden',
      410: 'entfernt',
      429: 'zu viele Anfragen',
      500: 'Serverfehler',
    },
    unreachable: 'Die Verbindung zum Server ist fehlgeschlagen',
    offline: 'Dieses Gerät scheint offline zu sein',
    timeout: (seconds: number) =>
      `Der Server hat nicht innerhalb von ${count(seconds, { one: 'Sekunde', other: 'Sekunden' })} geantwortet`,
    webPage: 'Der Server schickte eine Webseite statt der Daten',
    notData: 'Der Server schickte etwas anderes als die Daten',
    parts: {
      timeline: 'Die Zeitleiste',
      table: 'Die Tabelle der Aussagen',
      share: 'Der Teilen-Dialog',
      download: 'Das Download-Menü',
      stances: 'Die Haltungen im Zeitverlauf',
      details: 'Die Detailansicht',
    },
    part: (what: string, online: boolean) =>
      online
        ? `${what} konnte nicht geladen werden.`
        : `${what} konnte nicht geladen werden: Dieses Gerät scheint offline zu sein.`,
  },

  notices: {
    network: 'Das Netz konnte nicht geladen werden.',
    controls: 'Die Filter und die Suche konnten nicht geladen werden.',
    noActor: (id: string) => `Einen Akteur „${id}“ gibt es in diesem Datensatz nicht.`,
    noEvent: (id: string) => `Ein Ereignis „${id}“ gibt es in diesem Datensatz nicht.`,
    noTopic: (id: string) => `Ein Thema „${id}“ gibt es in diesem Datensatz nicht.`,
    dateIgnored: (name: string, why: string) =>
      `Das Datum „${name === 'from' ? 'von' : name === 'to' ? 'bis' : name}“ wird ignoriert: ${why}.`,
  },

  parts: {
    share: {
      title: 'Diese Ansicht teilen oder einbetten',
      close: 'Schließen',
      selection: 'Aktuelle Auswahl und Filter übernehmen',
      show: 'Anzeigen',
      views: {
        both: 'Zeitleiste und Netz',
        graph: 'Netz',
        timeline: 'Zeitleiste',
        table: 'Tabelle',
      },
      theme: 'Farbschema',
      themes: { auto: 'Wie beim Leser eingestellt', light: 'Hell', dark: 'Dunkel' },
      language: 'Sprache',
      languageAuto: 'Die des Datensatzes',
      parts: 'Bestandteile',
      header: 'Titel und Beschreibung zeigen',
      controls: 'Filter und Suche zeigen',
      height: 'Höhe',
      fixedHeight: 'Feste Höhe',
      heightPx: 'Höhe in Pixel',
      heightHint: (min: number, max: number) =>
        `Von ${min} bis ${max}. Ohne feste Höhe wächst die Einbettung mit ihrem Inhalt.`,
      code: 'Einbettungscode',
      copyCode: 'Einbettungscode kopieren',
      link: 'Direkter Link',
      copyLink: 'Link kopieren',
      copied: (what: string) => `${what} in die Zwischenablage kopiert.`,
      copyFailed: (what: string) =>
        `Automatisches Kopieren nicht möglich: ${what} markieren und kopieren.`,
      codeWord: 'Einbettungscode',
      linkWord: 'Link',
      linkCopied: 'Link',
      preview: 'Vorschau',
      previewWidth: 'Breite der Vorschau',
      widths: { phone: 'Smartphone', column: 'Spalte', wide: 'Breit' },
      /** A size in CSS px, as typed in a field (no thousands separator). */
      px: (n: number) => `${n} px`,
      scaled: (share: number) => `Auf ${percent(share)} verkleinert.`,
      fullSize: 'In voller Größe.',
      frameTitle: (title: string) => `Vorschau: ${isolate(title)} (interaktive Grafik)`,
    },

    download: {
      png: 'Netz als PNG',
      svg: 'Netz als SVG',
      csv: 'Aussagen als CSV',
      csvFields: 'Aussagen als CSV (Feldnamen)',
      csvColumns: { via: 'Über Dritte', sources: 'Quellen' },
      json: 'Datensatz als JSON',
      networkCsv: 'Netzwerk (CSV)',
      networkGraphml: 'Netzwerk (GraphML)',
      preparing: 'Grafik wird vorbereitet …',
      done: (name: string) => `${name} heruntergeladen`,
      failed: (name: string, why: string) => `${name} konnte nicht erstellt werden: ${why}.`,
    },

    timelineView: {
      heading: 'Zeitleiste',
      events: 'Ereignisse',
      statements: 'Aussagen',
      noEvents: 'Keine Ereignisse vorhanden.',
      loading: 'Zeitleiste wird geladen …',
      utc: 'Zeiten auf der Achse in UTC; jeder Eintrag nennt seine eigene.',
      tools: 'Ansicht der Zeitleiste',
      zoomOut: 'Verkleinern',
      zoomIn: 'Vergrößern',
      earlier: 'Früher',
      later: 'Später',
      fit: 'Alles zeigen',
      allRows: 'Alle Zeilen zeigen',
      fewerRows: 'Weniger Zeilen zeigen',
    },

    table: {
      columns: {
        date: 'Datum',
        speaker: 'Sprecher',
        about: 'Über',
        topic: 'Thema',
        stance: 'Haltung',
        certainty: 'Quellenlage',
        text: 'Zitat oder Zusammenfassung',
        source: 'Quelle',
      },
      caption: (n: number) => `Aussagen – ${num(n)} angezeigt`,
      sorted: (column: string, ascending: boolean) =>
        `, sortiert nach ${column} (${ascending ? 'aufsteigend' : 'absteigend'})`,
      via: 'über',
    },

    timeline: {
      statementBy: (speaker: string, spoken: string) =>
        `Aussage von ${isolate(speaker)}: ${spoken}`,
      stanceCount: (n: number, stance: string) => `${num(n)} ${stance}`,
      byActor: (n: number, speaker: string) => `${num(n)} von ${isolate(speaker)}`,
      cluster: (n: number, dates: string, spoken: string) =>
        `${aussagen(n)}, ${dates}: ${spoken}; heranzoomen`,
      statementsAfterCount: (n: number) => ` ${plural(n, { one: 'Aussage', other: 'Aussagen' })}`,
      eventCluster: (n: number, period: string, related: number) =>
        `${ereignisse(n)}, ${period}${related > 0 ? `, ${num(related)} verbunden` : ''}; heranzoomen`,
      eventsAfterCount: (n: number) => ` ${plural(n, { one: 'Ereignis', other: 'Ereignisse' })}`,
      relatedCount: (n: number) => `${num(n)} verbunden`,
      bin: (n: number, period: string, band: string, spoken: string) =>
        `${aussagen(n)}, ${period}${band ? ` (${band})` : ''}: ${spoken}; heranzoomen`,
      bandNote: {
        day: 'auf den Tag datiert',
        week: 'auf die Woche datiert',
        month: 'nur auf den Monat datiert',
        year: 'nur auf das Jahr datiert',
        decade: 'auf das Jahrzehnt datiert',
      },
      bandCaption: {
        day: 'Tag',
        week: 'Woche',
        month: 'Nur Monat',
        year: 'Nur Jahr',
        decade: 'Jahrzehnt',
      },
    },

    overview: {
      counts: {
        actors: 'Akteure',
        topics: 'Themen',
        events: 'Ereignisse',
        statements: 'Aussagen',
      },
      shownFiltered: (n: number) => `${aussagen(n)} mit den aktuellen Filtern angezeigt.`,
      covers: 'Zeitraum',
      mostActive: 'Am aktivsten',
      inStatements: (n: number) => `in ${aussagen(n)}`,
    },

    network: {
      settings: 'Netzeinstellungen',
      settingsShort: 'Einstellungen',
      normalization: 'Normierung',
      norms: {
        none: 'Keine (Anzahl)',
        average: 'Mittlere Aktivität',
        jaccard: 'Jaccard',
        cosine: 'Kosinus',
      },
      normShort: { none: 'keine', average: 'Mittel', jaccard: 'Jaccard', cosine: 'Kosinus' },
      minWeight: 'Mindestgewicht',
      atLeast: 'Akteure mit mindestens',
      statementsUnit: 'Aussagen',
      fold: 'Personen als ihre Organisation',
      showing: (shown: number, total: number, min: number) =>
        `${num(shown)} von ${num(total)} Verbindungen (Gewicht ≥ ${num(min)})`,
      hiddenActors: (hidden: number, all: number) =>
        `; ${num(hidden)} von ${num(all)} Akteuren ausgeblendet`,
      hint: {
        agreement:
          'Linien verbinden Akteure mit derselben Haltung zu einem Thema; je breiter, desto mehr.',
        conflict:
          'Gestrichelte Linien verbinden Akteure mit entgegengesetzter Haltung; je breiter, desto mehr.',
        balance:
          'Übereinstimmung minus Konflikt: grün durchgezogen überwiegt Einigkeit, rot gestrichelt der Streit.',
      },
      type: { agreement: 'Übereinstimmung', conflict: 'Konflikt', balance: 'Bilanz' },
      ties: {
        agreement: 'Übereinstimmungen',
        conflict: 'Konflikte',
        balance: 'Bilanz der Verbindungen',
      },
      weight: (weight: string) => `Gewicht ${weight}`,
      normalized: (value: string, how: string) => `${value} normiert (${how})`,
      noTieOf: (name: string, type: string) =>
        `${isolate(name)} hat in dieser Ansicht keine Verbindung (${type}).`,
      noTieBetween: (type: string) =>
        `Zwischen beiden keine Verbindung (${type}) in dieser Ansicht.`,
      and: 'und',
      countedHere: 'Hier mitgezählt',
      countedNote: (name: string) =>
        `Personen von ${isolate(name)}, deren Aussagen beim Zusammenfassen für sie zählen.`,
      coalitions: 'Lager',
      noCoalitions: 'Keine Übereinstimmungen in dieser Ansicht, daher keine Lager.',
      polarization: (value: string) => `Polarisierung ${value}.`,
      polarizationExplained:
        'Polarisierung ist die Modularität der besten Teilung in zwei Lager: Die Lager werden paarweise zusammengelegt, jeweils das Paar, das am wenigsten Modularität kostet, bis zwei bleiben; 0 heißt keine Spaltung, Werte gegen 0,5 eine scharfe.',
      coalition: (id: number) => `Lager ${num(id)}`,
      members: (n: number) => count(n, { one: 'Mitglied', other: 'Mitglieder' }),
      agreeMost: 'Am meisten einig bei',
      legendTies: 'Verbindungen',
      legendCoalitions: 'Lager (Farbe der Knoten)',
      coalitionsFrom: (id: number) => `Lager ${num(id)} und weitere`,
      tieText: {
        agreement: 'Gleiche Haltung zu einem Thema; breiter: mehr',
        conflict: 'Entgegengesetzte Haltung (gestrichelt); breiter: mehr',
        balancePositive: 'Mehr Übereinstimmung als Konflikt',
        balanceNegative: 'Mehr Konflikt als Übereinstimmung (gestrichelt)',
      },
    },

    edge: {
      from: 'Von',
      about: 'über',
      on: 'zu',
      noneFromAbout: (speaker: string, target: string) =>
        `Keine Aussagen von ${isolate(speaker)} über ${isolate(target)} angezeigt.`,
    },

    stances: {
      heading: 'Haltungen im Zeitverlauf',
      onTopic: (topic: string) => `Thema: ${isolate(topic)}`,
      allTopics: 'Alle gezeigten Themen',
      playBy: 'Abspielen in Schritten von',
      widths: { week: 'einer Woche', month: 'einem Monat' },
      play: 'Abspielen',
      step: (width: string, n: number, of: number) =>
        `${width === 'week' ? 'Woche' : 'Monat'} ${num(n)} von ${num(of)}`,
      steps: (width: string, n: number) =>
        count(
          n,
          width === 'week' ? { one: 'Woche', other: 'Wochen' } : { one: 'Monat', other: 'Monate' },
        ),
      showAll: 'Alle Daten zeigen',
      key: 'Haltungen',
      none: 'In diesem Zeitraum gibt es keine Aussagen zu zählen.',
      summary: (
        n: number,
        unit: string,
        first: string,
        last: string,
        busiest: string,
        most: number,
      ) =>
        `${aussagen(n)} nach ${UNITS_DE[unit]}, ${first} bis ${last}; am meisten im Zeitabschnitt ${busiest} (${num(most)}).`,
      binCounts: (n: number, mix: string) => `${aussagen(n)}${mix ? ` (${mix})` : ''}`,
      slider: 'Zeitabschnitt; Eingabetaste zeigt ihn, Esc zeigt alle Daten',
      valueText: (period: string, counts: string) => `${period}: ${counts}`,
      noPeriods: 'Keine Zeitabschnitte',
      coarser: (n: number, unit: string) =>
        `${aussagen(n)} ohne ${PRECISE_DE[unit]} Datum ${plural(n, { one: 'ist', other: 'sind' })} nur in der Tabelle gezählt.`,
      actorRow: (n: number, reversals: number) =>
        `: ${aussagen(n)} hier (untere Reihe), ${count(reversals, { one: 'Haltungswechsel', other: 'Haltungswechsel' })}${reversals > 0 ? ' (▲ unter dem Zeitabschnitt)' : ''}.`,
      reversalsOf: (name: string) => `Haltungswechsel von ${isolate(name)}`,
      to: '→',
      since: (date: string) => `(seit ${date})`,
      hint: 'Wählen Sie einen Akteur, um seine eigenen Aussagen und Haltungswechsel zu sehen.',
      showCounts: 'Zahlen zeigen',
      tableRegion: 'Haltungen pro Zeitabschnitt als Tabelle',
      caption: (unit: string, topic?: string) =>
        `Aussagen pro ${UNIT_DE[unit]} nach Haltung${topic === undefined ? '' : `, Thema: ${isolate(topic)}`}`,
      period: 'Zeitabschnitt',
      total: 'Gesamt',
      allPeriods: 'Alle Zeitabschnitte',
    },
  },
};

export default de;
