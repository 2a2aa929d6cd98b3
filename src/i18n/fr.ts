/**
 * L’interface en français. Typed `Messages`: a key missing here, or one en.ts does
 * not have, is a type error. Terms as in docs/GLOSSARY.md (acteur, déclaration,
 * position, certitude, thème, événement, chronologie, réseau des acteurs …). French
 * typography: a no-break space before « : » and inside guillemets, a narrow no-break
 * space before « ; ». Loaded as its own chunk, only when the interface is French.
 */
import type { Messages } from './en';
import { count, isolate, num, percent, plural } from './format';

/** Counted nouns; `many` is CLDR's form for millions: « 1 000 000 de déclarations ». */
const declarations = (n: number) =>
  count(n, { one: 'déclaration', many: 'de déclarations', other: 'déclarations' });
const evenements = (n: number) =>
  count(n, { one: 'événement', many: 'd’événements', other: 'événements' });

/** An adjective agreeing with a count of déclarations (« 3 positives »): all take -s. */
const agreed = (n: number, word: string) => plural(n, { one: word, other: `${word}s` });

/** Network types (the graph's modes) as a reader reads them. */
const TIE_TYPE: Record<string, string> = {
  agreement: 'accord',
  conflict: 'conflit',
  balance: 'bilan',
};

/** "Stances over time" counts by day, week or month (en-parts.ts StanceUnit). */
const UNIT_FR: Record<string, string> = { day: 'jour', week: 'semaine', month: 'mois' };
/** After « moins précisément qu’ ». */
const PRECISE_FR: Record<string, string> = {
  day: 'au jour',
  week: 'à la semaine',
  month: 'au mois',
};

const fr: Messages = {
  stance: {
    positive: 'Positive',
    negative: 'Négative',
    neutral: 'Neutre',
    mixed: 'Mixte',
  },
  stanceWord: {
    positive: 'positive',
    negative: 'négative',
    neutral: 'neutre',
    mixed: 'mixte',
  },
  certainty: {
    confirmed: 'Confirmée',
    reported: 'Rapportée',
    alleged: 'Présumée',
    denied: 'Démentie',
  },
  certaintyWord: {
    confirmed: 'confirmée',
    reported: 'rapportée',
    alleged: 'présumée',
    denied: 'démentie',
  },
  status: {
    held: 'Tenu',
    planned: 'Prévu',
    cancelled: 'Annulé',
    postponed: 'Reporté',
  },
  statusWord: {
    held: 'tenu',
    planned: 'prévu',
    cancelled: 'annulé',
    postponed: 'reporté',
  },
  kind: {
    person: 'Personne',
    state: 'État',
    organization: 'Organisation',
    group: 'Groupe',
  },
  kindWord: {
    person: 'personne',
    state: 'État',
    organization: 'organisation',
    group: 'groupe',
  },
  topic: 'Thème',
  via: 'Par un tiers\u00a0: rapportée par un autre acteur',
  viaName: (name: string) => `selon ${isolate(name)}`,
  statements: declarations,
  listSeparator: ', ',

  legend: {
    heading: 'Légende',
    nodes: 'Nœuds',
    size: 'Taille',
    events: 'Événements',
    stance: 'Position',
    certainty: 'Certitude',
    selection: 'Sélection',
    idle: 'Aucune déclaration dans cette vue',
    notLinked: 'Sans lien avec la sélection',
    sizeText: (counted: 'topics' | 'actors' | 'network', max: number) => {
      const what = {
        topics: 'de l’acteur ou sur le thème',
        actors: 'de l’acteur ou à son sujet',
        network: 'de l’acteur',
      }[counted];
      return max > 1 ? `Déclarations ${what}, de 1 à ${num(max)}` : `Déclarations ${what}`;
    },
  },

  modes: {
    group: 'Le graphe montre',
    actors: { label: 'Qui parle de qui', short: 'de qui' },
    topics: { label: 'Qui s’exprime sur quel thème', short: 'quel thème' },
    agreement: { label: 'Accord', short: 'Accord' },
    conflict: { label: 'Conflit', short: 'Conflit' },
    balance: { label: 'Bilan', short: 'Bilan' },
  },

  graph: {
    node: (label: string, kind: string, activity: number, coalition?: number) =>
      `${label}, ${kind}, ${declarations(activity)}${coalition === undefined ? '' : `, camp ${num(coalition)}`}`,
    actor: 'acteur',
    topicNode: (label: string, activity: number) =>
      `Thème\u00a0: ${isolate(label)}, ${declarations(activity)}`,
    edge: (source: string, target: string, stance: string) =>
      `${source} → ${isolate(target)}\u00a0: ${stance}`,
    edgeGroup: (n: number, certainty: string, via?: string) =>
      `${num(n)} ${agreed(n, certainty)}${via === undefined ? '' : ` selon ${isolate(via)}`}`,
    region: 'Réseau des acteurs',
    hintTopics: 'Les flèches vont de l’auteur de la déclaration à l’acteur ou au thème visé.',
    hintActors: 'Les flèches vont de l’auteur de la déclaration à l’acteur dont il parle.',
    how: 'Faites glisser pour déplacer\u202f; Ctrl/⌘ + molette ou pincement pour zoomer.',
    drawingFailed: 'Le dessin du réseau n’a pas pu être chargé.',
    layoutFailed: (why: string) => `Le réseau n’a pas pu être disposé\u00a0: ${why}`,
    loadingNetwork: 'Chargement du réseau…',
    layingOut: 'Disposition du réseau…',
    zoom: 'Zoom',
    zoomIn: 'Zoomer',
    zoomOut: 'Dézoomer',
    reset: 'Réinitialiser la vue',
    aroundNote: (name: string, others: number, topics: boolean) =>
      `Seulement le voisinage de ${isolate(name)}\u00a0: ${count(others, topics ? { one: 'autre nœud', other: 'autres nœuds' } : { one: 'autre acteur', other: 'autres acteurs' })}.`,
    showEveryone: 'Tout afficher',
    nodesAndLinks: (nodes: number, links: number) =>
      `${count(nodes, { one: 'nœud', many: 'de nœuds', other: 'nœuds' })} et ${count(links, { one: 'lien', many: 'de liens', other: 'liens' })}`,
  },

  empty: {
    allDates: 'Afficher toutes les dates',
    allTopics: 'Afficher tous les thèmes',
    topicsMode: 'Voir qui s’est exprimé sur quel thème',
    on: (date: string) => `le ${date}`,
    in: (date: string) => `en ${date}`,
    between: (from: string, to: string) => `entre le ${from} et le ${to}`,
    from: (date: string) => `à partir du ${date}`,
    until: (date: string) => `jusqu’au ${date}`,
    noAbout: 'Aucune déclaration de ce jeu de données ne porte sur un autre acteur.',
    noAboutDetail:
      'Ses déclarations sont codées par thème\u00a0: « qui parle de qui » n’a donc aucun lien à tracer. ' +
      'La vue par thème montre qui a dit quoi sur quel sujet.',
    noneOnTopicsIn: (window: string) => `Aucune déclaration sur ces thèmes ${window}.`,
    noneIn: (window: string) => `Aucune déclaration ${window}.`,
    noneOnTopics: 'Aucune déclaration sur ces thèmes.',
  },

  summary: {
    from: (date: string) => `À partir du ${date}`,
    until: (date: string) => `Jusqu’au ${date}`,
    allDates: 'Toutes les dates',
    allTopics: 'Tous les thèmes',
    topics: (n: number, list: string) =>
      `${plural(n, { one: 'Thème', other: 'Thèmes' })}\u00a0: ${list}`,
    highlighted: (name: string) => `En évidence\u00a0: ${name}`,
  },

  app: {
    loading: 'Chargement des données…',
    loadingTimeline: 'Chargement de la chronologie…',
    table: 'Tableau',
    /** The Download and Share buttons (their menus and dialog load later). */
    download: 'Télécharger',
    share: 'Partager',
    statementsTable: 'Tableau des déclarations',
    openFullView: 'Ouvrir en plein écran',
    showing: (shown: number, total: number) => `${num(shown)} sur ${declarations(total)}`,
  },

  errors: {
    heading: 'Impossible d’afficher ce jeu de données',
    at: 'à',
    trying: 'Nouvelle tentative…',
    retry: 'Réessayer',
    badId: (id: string, example: string) =>
      `«\u00a0${id}\u00a0» n’est pas un identifiant de jeu de données. Les identifiants sont des noms courts comme «\u00a0${example}\u00a0».`,
    unknown: (id: string, hint: string | undefined, known: readonly string[]) =>
      `Il n’existe pas de jeu de données «\u00a0${id}\u00a0».${hint ? ` Vouliez-vous dire «\u00a0${hint}\u00a0»\u00a0?` : ''}${known.length ? ` Disponibles\u00a0: ${known.join(', ')}.` : ''}`,
    invalid: (id: string, errors: number) =>
      `Le jeu de données «\u00a0${id}\u00a0» contient ${count(errors, { one: 'erreur', many: 'd’erreurs', other: 'erreurs' })} et ne peut pas être affiché.`,
    notChecked: (id: string) =>
      `Le jeu de données «\u00a0${id}\u00a0» n’a pas pu être vérifié\u00a0: une partie de la page n’a pas été chargée.`,
    problems:
      'Voici ce que la vérification a relevé. Ces messages s’adressent aux auteurs du jeu de données et sont en anglais, comme ceux de npm run validate\u00a0:',
  },

  filters: {
    button: 'Filtres',
    set: (n: number) => `(${num(n)} ${plural(n, { one: 'actif', other: 'actifs' })})`,
    allTopics: 'Tous les thèmes',
    someTopics: (n: number, all: number) => `${num(n)} thèmes sur ${num(all)}`,
    follows: 'Les dates suivent la chronologie',
    status: (shown: number, total: number, window: string) =>
      `${num(shown)} sur ${declarations(total)}${window}`,
    window: (from: string | undefined, to: string | undefined) =>
      `, ${from ?? 'début'} – ${to ?? 'fin'}`,
    topics: 'Thèmes',
    all: 'Tous',
    timeWindow: 'Période',
    from: 'Du',
    to: 'Au',
    datePlaceholder: 'AAAA-MM-JJ',
    apply: 'Appliquer',
    allDates: 'Toutes les dates',
    follow: 'Suivre la chronologie',
  },

  search: {
    label: 'Recherche',
    placeholder: 'Rechercher un acteur, un événement',
    results: 'Résultats de la recherche',
    actor: 'Acteur',
    event: 'Événement',
    also: (name: string) => ` · aussi «\u00a0${isolate(name)}\u00a0»`,
    unavailable: 'Recherche indisponible\u00a0: une partie de la page n’a pas pu être chargée',
    none: 'Aucun acteur ni événement ne correspond',
    searching: 'Recherche en cours…',
  },

  standfirst: { more: 'Lire la suite', less: 'Réduire' },

  details: {
    region: 'Détails',
    actor: 'Acteur',
    event: 'Événement',
    topic: 'Thème',
    tie: (type: string) => `Lien\u00a0: ${TIE_TYPE[type] ?? type}`,
    and: (a: string, b: string) => `${isolate(a)} et ${isolate(b)}`,
    aboutActor: 'D’un acteur sur un autre',
    onTopic: 'D’un acteur sur un thème',
    overview: 'À propos de ces données',
    showingOverview: (name: string) => `Présentation de ${isolate(name)}`,
    showing: (name: string) => `Affiché\u00a0: ${isolate(name)}`,
    clear: 'Effacer la sélection',
    around: (name: string) => `Seulement le voisinage de ${isolate(name)}`,
    edgeFailed: 'Les déclarations de ce lien n’ont pas pu être chargées.',
    overviewFailed: 'La présentation n’a pas pu être chargée.',
    kind: 'Type',
    partOf: 'Fait partie de',
    aliases: 'Aussi appelé',
    statements: 'Déclarations',
    noTopic: 'Sans thème',
    noneBy: (name: string) => `Aucune déclaration de ${isolate(name)} n’est affichée.`,
    reportedBy: (name: string) => `Rapporté par ${isolate(name)}`,
    relayed: (name: string) => `Positions d’autres acteurs connues seulement par ${isolate(name)}.`,
    aboutHeading: (name: string) => `Ce que les autres ont dit de ${isolate(name)}`,
    noneAbout: (name: string) => `Aucune déclaration sur ${isolate(name)} n’est affichée.`,
    events: 'Événements',
    noEvents: (name: string) => `${isolate(name)} n’a pris part à aucun événement recensé.`,
    where: 'Lieu',
    participants: 'Participants',
    topics: 'Thèmes',
    madeHere: 'Déclarations faites à cette occasion',
    noneMadeHere: 'Aucune déclaration faite à cette occasion n’est affichée.',
    sources: 'Sources',
    hidden: (n: number) =>
      `${num(n)} ${plural(n, { one: 'autre masquée', other: 'autres masquées' })} par les filtres actuels`,
    listing: (listed: number, total: number, events: boolean) =>
      `${num(listed)} ${events ? plural(listed, { one: 'affiché', other: 'affichés' }) : plural(listed, { one: 'affichée', other: 'affichées' })} sur ${events ? evenements(total) : declarations(total)}.`,
    showAll: (total: number, events: boolean) =>
      plural(total, {
        one: events ? 'Afficher l’événement' : 'Afficher la déclaration',
        other: `Afficher les ${events ? evenements(total) : declarations(total)}`,
      }),
    noneOnTopic: 'Aucune déclaration sur ce thème n’est affichée.',
    noneShown: 'Aucune déclaration affichée.',
  },

  statement: {
    about: 'sur',
    About: 'Sur',
    via: 'Par un tiers\u00a0: rapportée par',
    allFromAbout: (speaker: string, target: string) =>
      `Toutes les déclarations de ${isolate(speaker)} sur ${isolate(target)}`,
  },

  sources: {
    label: (n: number) => plural(n, { one: 'Source', other: 'Sources' }) + '\u00a0:',
    newTab: '(s’ouvre dans un nouvel onglet)',
    archived: 'copie archivée',
    cited: (publisher: string, title: string) => `${publisher}, «\u00a0${title}\u00a0»`,
  },

  embedTitle: (title: string) => `${title} (infographie interactive)`,
  still: {
    graph: (title: string) => `Réseau des acteurs\u00a0: ${title}`,
    mostActive: (names: readonly string[]) =>
      `Les plus actifs\u00a0: ${new Intl.ListFormat('fr', { type: 'conjunction' }).format(names)}.`,
  },
  circa: 'vers',

  failure: {
    loaded: (why: string) => `Les données n’ont pas pu être chargées\u00a0: ${why}.`,
    notLoaded: 'Les données n’ont pas pu être chargées.',
    status: (status: number, words: string | undefined) =>
      `le serveur a répondu ${status}${words ? ` (${words})` : ''}`,
    statusWords: {
      401: 'non connecté',
      403: 'accès refusé',
      404: 'introuvable',
      410: 'supprimé',
      429: 'trop de requêtes',
      500: 'erreur du serveur',
    },
    unreachable: 'la connexion au serveur a échoué',
    offline: 'cet appareil semble hors ligne',
    timeout: (seconds: number) =>
      `le serveur n’a pas répondu en ${count(seconds, { one: 'seconde', many: 'de secondes', other: 'secondes' })}`,
    webPage: 'le serveur a envoyé une page web au lieu des données',
    notData: 'le serveur a envoyé autre chose que les données',
    parts: {
      timeline: 'la chronologie',
      table: 'le tableau des déclarations',
      share: 'le partage',
      download: 'le menu de téléchargement',
      stances: 'l’évolution des positions',
      details: 'le panneau de détails',
    },
    /** `what` as above, inside the sentence. */
    part: (what: string, online: boolean) =>
      online
        ? `Impossible de charger ${what}.`
        : `Impossible de charger ${what}\u00a0: cet appareil semble hors ligne.`,
  },

  notices: {
    network: 'Le réseau n’a pas pu être chargé.',
    controls: 'Les filtres et la recherche n’ont pas pu être chargés.',
    noActor: (id: string) => `Ce jeu de données ne contient aucun acteur «\u00a0${id}\u00a0».`,
    noEvent: (id: string) => `Ce jeu de données ne contient aucun événement «\u00a0${id}\u00a0».`,
    noTopic: (id: string) => `Ce jeu de données ne contient aucun thème «\u00a0${id}\u00a0».`,
    dateIgnored: (name: string, why: string) =>
      `La date ${name === 'from' ? 'de début' : name === 'to' ? 'de fin' : `«\u00a0${name}\u00a0»`} est ignorée\u00a0: ${why}.`,
  },

  parts: {
    share: {
      title: 'Partager ou intégrer cette vue',
      close: 'Fermer',
      selection: 'Inclure la sélection et les filtres en cours',
      show: 'Afficher',
      views: {
        both: 'Chronologie et réseau',
        graph: 'Réseau',
        timeline: 'Chronologie',
        table: 'Tableau',
      },
      theme: 'Thème de couleurs',
      themes: { auto: 'Selon le lecteur', light: 'Clair', dark: 'Sombre' },
      language: 'Langue',
      languageAuto: 'Celle des données',
      parts: 'Éléments',
      header: 'Afficher le titre et la description',
      controls: 'Afficher les filtres et la recherche',
      height: 'Hauteur',
      fixedHeight: 'Hauteur fixe',
      heightPx: 'Hauteur en pixels',
      heightHint: (min: number, max: number) =>
        `De ${min} à ${max}. Sans hauteur fixe, le module s’agrandit avec son contenu.`,
      code: 'Code d’intégration',
      copyCode: 'Copier le code d’intégration',
      link: 'Lien direct',
      copyLink: 'Copier le lien',
      copied: (what: string) => `${what} copié dans le presse-papiers.`,
      copyFailed: (what: string) =>
        `Copie automatique impossible\u00a0: sélectionnez le ${what} et copiez-le.`,
      codeWord: 'code d’intégration',
      linkWord: 'lien',
      linkCopied: 'Lien',
      preview: 'Aperçu',
      previewWidth: 'Largeur de l’aperçu',
      widths: { phone: 'Mobile', column: 'Colonne', wide: 'Large' },
      /** A size in CSS px, as typed in a field (no thousands separator). */
      px: (n: number) => `${n} px`,
      scaled: (share: number) => `Affiché à ${percent(share)} de sa taille.`,
      fullSize: 'Affiché en taille réelle.',
      frameTitle: (title: string) => `Aperçu\u00a0: ${isolate(title)} (infographie interactive)`,
    },

    download: {
      png: 'Réseau en PNG',
      svg: 'Réseau en SVG',
      csv: 'Déclarations en CSV',
      csvFields: 'Déclarations en CSV (noms de champs)',
      csvColumns: { via: 'Par un tiers', sources: 'Sources' },
      json: 'Jeu de données en JSON',
      networkCsv: 'Réseau (CSV)',
      networkGraphml: 'Réseau (GraphML)',
      preparing: 'Préparation du graphique…',
      done: (name: string) => `${name} téléchargé`,
      failed: (name: string, why: string) => `Impossible de créer ${name}\u00a0: ${why}.`,
    },

    timelineView: {
      heading: 'Chronologie',
      events: 'Événements',
      statements: 'Déclarations',
      noEvents: 'Aucun événement à afficher.',
      loading: 'Chargement de la chronologie…',
      utc: 'Heures de l’axe en UTC\u202f; chaque élément indique la sienne.',
      tools: 'Affichage de la chronologie',
      zoomOut: 'Dézoomer',
      zoomIn: 'Zoomer',
      earlier: 'Plus tôt',
      later: 'Plus tard',
      fit: 'Tout afficher',
      allRows: 'Afficher toutes les lignes',
      fewerRows: 'Afficher moins de lignes',
    },

    table: {
      columns: {
        date: 'Date',
        speaker: 'Auteur',
        about: 'Sur',
        topic: 'Thème',
        stance: 'Position',
        certainty: 'Certitude',
        text: 'Citation ou résumé',
        source: 'Source',
      },
      caption: (n: number) =>
        `Déclarations – ${num(n)} ${plural(n, { one: 'affichée', other: 'affichées' })}`,
      sorted: (column: string, ascending: boolean) =>
        `, tri par ${column.toLowerCase()} (${ascending ? 'croissant' : 'décroissant'})`,
      via: 'selon',
    },

    timeline: {
      statementBy: (speaker: string, spoken: string) =>
        `Déclaration de ${isolate(speaker)}\u00a0: ${spoken}`,
      stanceCount: (n: number, stance: string) => `${num(n)} ${agreed(n, stance)}`,
      byActor: (n: number, speaker: string) => `${num(n)} de ${isolate(speaker)}`,
      cluster: (n: number, dates: string, spoken: string) =>
        `${declarations(n)}, ${dates}\u00a0: ${spoken}\u202f; zoomer pour détailler`,
      statementsAfterCount: (n: number) =>
        ` ${plural(n, { one: 'déclaration', many: 'de déclarations', other: 'déclarations' })}`,
      eventCluster: (n: number, period: string, related: number) =>
        `${evenements(n)}, ${period}${related > 0 ? `, ${num(related)} ${plural(related, { one: 'lié', other: 'liés' })}` : ''}\u202f; zoomer pour détailler`,
      eventsAfterCount: (n: number) =>
        ` ${plural(n, { one: 'événement', many: 'd’événements', other: 'événements' })}`,
      relatedCount: (n: number) => `${num(n)} ${plural(n, { one: 'lié', other: 'liés' })}`,
      bin: (n: number, period: string, band: string, spoken: string) =>
        `${declarations(n)}, ${period}${band ? ` (${band})` : ''}\u00a0: ${spoken}\u202f; zoomer pour détailler`,
      bandNote: {
        day: 'datées au jour près',
        week: 'datées à la semaine près',
        month: 'datées au mois seulement',
        year: 'datées à l’année seulement',
        decade: 'datées à la décennie près',
      },
      bandCaption: {
        day: 'Jour',
        week: 'Semaine',
        month: 'Mois seulement',
        year: 'Année seulement',
        decade: 'Décennie',
      },
    },

    overview: {
      counts: {
        actors: 'Acteurs',
        topics: 'Thèmes',
        events: 'Événements',
        statements: 'Déclarations',
      },
      shownFiltered: (n: number) =>
        `${declarations(n)} ${plural(n, { one: 'affichée', other: 'affichées' })} avec les filtres actuels.`,
      covers: 'Période couverte',
      mostActive: 'Les plus actifs',
      inStatements: (n: number) => `dans ${declarations(n)}`,
    },

    network: {
      settings: 'Réglages du réseau',
      settingsShort: 'Réglages',
      normalization: 'Normalisation',
      norms: {
        none: 'Aucune (effectifs)',
        average: 'Activité moyenne',
        jaccard: 'Jaccard',
        cosine: 'Cosinus',
      },
      normShort: { none: 'aucune', average: 'moyenne', jaccard: 'Jaccard', cosine: 'cosinus' },
      minWeight: 'Poids minimal',
      atLeast: 'Acteurs avec au moins',
      statementsUnit: 'déclarations',
      fold: 'Les personnes comme leur organisation',
      showing: (shown: number, total: number, min: number) =>
        `${num(shown)} liens sur ${num(total)} affichés (poids ≥ ${num(min)})`,
      hiddenActors: (hidden: number, all: number) =>
        ` ; ${num(hidden)} acteurs sur ${num(all)} masqués`,
      hint: {
        agreement:
          'Les lignes relient les acteurs ayant pris la même position sur un thème ; plus large, plus fort.',
        conflict:
          'Les lignes pointillées relient les acteurs aux positions opposées ; plus large, plus fort.',
        balance:
          'Accord moins conflit : en vert plein, l’accord l’emporte ; en rouge pointillé, le désaccord.',
      },
      type: { agreement: 'accord', conflict: 'conflit', balance: 'bilan' },
      ties: { agreement: 'Liens d’accord', conflict: 'Liens de conflit', balance: 'Liens (bilan)' },
      weight: (weight: string) => `poids ${weight}`,
      normalized: (value: string, how: string) => `${value} normalisé (${how})`,
      noTieOf: (name: string, type: string) =>
        `${isolate(name)} n’a aucun lien (${type}) dans cette vue.`,
      noTieBetween: (type: string) => `Aucun lien (${type}) entre eux dans cette vue.`,
      and: 'et',
      countedHere: 'Comptés ici',
      countedNote: (name: string) =>
        `Membres de ${isolate(name)} dont les déclarations lui sont attribuées.`,
      coalitions: 'Coalitions',
      noCoalitions: 'Aucun lien d’accord dans cette vue, donc pas de coalition.',
      polarization: (value: string) => `Polarisation ${value}.`,
      polarizationExplained:
        'La polarisation est la modularité de la meilleure partition en deux camps : les coalitions sont fusionnées deux à deux, à chaque fois la paire qui coûte le moins de modularité, jusqu’à n’en garder que deux ; 0 signifie aucun clivage, une valeur proche de 0,5 un clivage net.',
      coalition: (id: number) => `Coalition ${num(id)}`,
      members: (n: number) => count(n, { one: 'membre', other: 'membres' }),
      agreeMost: 'D’accord surtout sur',
      legendTies: 'Liens',
      legendCoalitions: 'Coalitions (couleur des nœuds)',
      coalitionsFrom: (id: number) => `Coalitions ${num(id)} et suivantes`,
      tieText: {
        agreement: 'Même position sur un thème ; plus large : plus fort',
        conflict: 'Positions opposées (pointillé) ; plus large : plus fort',
        balancePositive: 'Plus d’accord que de conflit',
        balanceNegative: 'Plus de conflit que d’accord (pointillé)',
      },
    },

    edge: {
      from: 'De',
      about: 'sur',
      on: 'sur',
      noneFromAbout: (speaker: string, target: string) =>
        `Aucune déclaration de ${isolate(speaker)} sur ${isolate(target)} n’est affichée.`,
    },

    stances: {
      heading: 'Positions au fil du temps',
      onTopic: (topic: string) => `Thème\u00a0: ${isolate(topic)}`,
      allTopics: 'Tous les thèmes affichés',
      playBy: 'Lecture par',
      widths: { week: 'semaine', month: 'mois' },
      play: 'Lecture',
      step: (width: string, n: number, of: number) =>
        `${width === 'week' ? 'Semaine' : 'Mois'} ${num(n)} sur ${num(of)}`,
      steps: (width: string, n: number) =>
        count(
          n,
          width === 'week'
            ? { one: 'semaine', many: 'de semaines', other: 'semaines' }
            : { one: 'mois', many: 'de mois', other: 'mois' },
        ),
      showAll: 'Afficher toutes les dates',
      key: 'Positions',
      none: 'Aucune déclaration à compter sur cette période.',
      summary: (
        n: number,
        unit: string,
        first: string,
        last: string,
        busiest: string,
        most: number,
      ) =>
        `${declarations(n)} par ${UNIT_FR[unit]}, de ${first} à ${last}\u202f; pic\u00a0: ${busiest} (${num(most)}).`,
      binCounts: (n: number, mix: string) => `${declarations(n)}${mix ? ` (${mix})` : ''}`,
      slider: 'Période\u202f; Entrée l’affiche, Échap affiche toutes les dates',
      valueText: (period: string, counts: string) => `${period}\u00a0: ${counts}`,
      noPeriods: 'Aucune période',
      coarser: (n: number, unit: string) =>
        `${declarations(n)} ${plural(n, { one: 'datée', other: 'datées' })} moins précisément qu’${PRECISE_FR[unit]} ${plural(n, { one: 'figure', other: 'figurent' })} seulement dans le tableau.`,
      actorRow: (n: number, reversals: number) =>
        `\u00a0: ${declarations(n)} ici (rangée du bas), ${count(reversals, { one: 'revirement', many: 'de revirements', other: 'revirements' })}${reversals > 0 ? ' (▲ sous la période)' : ''}.`,
      reversalsOf: (name: string) => `Revirements de ${isolate(name)}`,
      to: '→',
      since: (date: string) => `(auparavant\u00a0: ${date})`,
      hint: 'Sélectionnez un acteur pour voir ses propres déclarations et ses revirements.',
      showCounts: 'Afficher les chiffres',
      tableRegion: 'Positions par période, sous forme de tableau',
      caption: (unit: string, topic?: string) =>
        `Déclarations par ${UNIT_FR[unit]} selon la position${topic === undefined ? '' : `, thème\u00a0: ${isolate(topic)}`}`,
      period: 'Période',
      total: 'Total',
      allPeriods: 'Toutes les périodes',
    },
  },
};

export default fr;
