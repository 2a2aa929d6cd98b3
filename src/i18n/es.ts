/**
 * La interfaz en español. Typed `Messages`: a key missing here, or one en.ts does not
 * have, is a type error. Terms as in docs/GLOSSARY.md (actor, declaración, postura,
 * grado de certeza, tema, acontecimiento — not «evento», as El País's style book asks —,
 * cronología, red de actores …). Loaded as its own chunk, only when the interface is
 * Spanish.
 */
import type { Messages } from './en';
import { count, isolate, num, percent, plural } from './format';

/** Counted nouns; `many` is CLDR's form for millions: «1.000.000 de declaraciones». */
const declaraciones = (n: number) =>
  count(n, { one: 'declaración', many: 'de declaraciones', other: 'declaraciones' });
const acontecimientos = (n: number) =>
  count(n, { one: 'acontecimiento', many: 'de acontecimientos', other: 'acontecimientos' });

/** Plurals of the adjectives that agree with a count of declaraciones («3 positivas»). */
const PLURAL: Record<string, string> = { neutral: 'neutrales' };
const agreed = (n: number, word: string) =>
  plural(n, { one: word, other: PLURAL[word] ?? `${word}s` });

/** Network types (the graph's modes) as a reader reads them. */
const TIE_TYPE: Record<string, string> = {
  agreement: 'acuerdo',
  conflict: 'conflicto',
  balance: 'balance',
};

/** "Stances over time" counts by day, week or month (en-parts.ts StanceUnit). */
const UNIT_ES: Record<string, string> = { day: 'día', week: 'semana', month: 'mes' };
/** After «menos precisa que». */
const PRECISE_ES: Record<string, string> = { day: 'el día', week: 'la semana', month: 'el mes' };

const es: Messages = {
  stance: {
    positive: 'Positiva',
    negative: 'Negativa',
    neutral: 'Neutral',
    mixed: 'Mixta',
  },
  stanceWord: {
    positive: 'positiva',
    negative: 'negativa',
    neutral: 'neutral',
    mixed: 'mixta',
  },
  certainty: {
    confirmed: 'Confirmada',
    reported: 'Atribuida',
    alleged: 'Presunta',
    denied: 'Desmentida',
  },
  certaintyWord: {
    confirmed: 'confirmada',
    reported: 'atribuida',
    alleged: 'presunta',
    denied: 'desmentida',
  },
  status: {
    held: 'Celebrado',
    planned: 'Previsto',
    cancelled: 'Suspendido',
    postponed: 'Aplazado',
  },
  statusWord: {
    held: 'celebrado',
    planned: 'previsto',
    cancelled: 'suspendido',
    postponed: 'aplazado',
  },
  kind: {
    person: 'Persona',
    state: 'Estado',
    organization: 'Organización',
    group: 'Grupo',
  },
  kindWord: {
    person: 'persona',
    state: 'Estado',
    organization: 'organización',
    group: 'grupo',
  },
  topic: 'Tema',
  via: 'De segunda mano: según otro actor',
  viaName: (name: string) => `según ${isolate(name)}`,
  statements: declaraciones,
  listSeparator: ', ',

  legend: {
    heading: 'Leyenda',
    nodes: 'Nodos',
    size: 'Tamaño',
    events: 'Acontecimientos',
    stance: 'Postura',
    certainty: 'Grado de certeza',
    selection: 'Selección',
    idle: 'Ninguna declaración en esta vista',
    notLinked: 'Sin relación con la selección',
    sizeText: (counted: 'topics' | 'actors' | 'network', max: number) => {
      const what = {
        topics: 'del actor o sobre el tema',
        actors: 'del actor o sobre él',
        network: 'del actor',
      }[counted];
      return max > 1 ? `Declaraciones ${what}, de 1 a ${num(max)}` : `Declaraciones ${what}`;
    },
  },

  modes: {
    group: 'El gráfico muestra',
    actors: { label: 'Quién habla de quién', short: 'de quién' },
    topics: { label: 'Quién se pronuncia sobre qué tema', short: 'qué tema' },
    agreement: { label: 'Acuerdo', short: 'Acuerdo' },
    conflict: { label: 'Conflicto', short: 'Conflicto' },
    balance: { label: 'Balance', short: 'Balance' },
  },

  graph: {
    node: (label: string, kind: string, activity: number, coalition?: number) =>
      `${label}, ${kind}, ${declaraciones(activity)}${coalition === undefined ? '' : `, bloque ${num(coalition)}`}`,
    actor: 'actor',
    topicNode: (label: string, activity: number) =>
      `Tema: ${isolate(label)}, ${declaraciones(activity)}`,
    edge: (source: string, target: string, stance: string) =>
      `${source} → ${isolate(target)}: ${stance}`,
    edgeGroup: (n: number, certainty: string, via?: string) =>
      `${num(n)} ${agreed(n, certainty)}${via === undefined ? '' : ` según ${isolate(via)}`}`,
    region: 'Red de actores',
    hintTopics: 'Las flechas van de quien habla al actor o tema aludido.',
    hintActors: 'Las flechas van de quien habla al actor del que habla.',
    how: 'Arrastre para desplazarse; Ctrl/⌘ + rueda o pellizco para ampliar.',
    drawingFailed: 'No se pudo cargar el dibujo de la red.',
    layoutFailed: (why: string) => `No se pudo disponer la red: ${why}`,
    loadingNetwork: 'Cargando la red…',
    layingOut: 'Disponiendo la red…',
    zoom: 'Zoom',
    zoomIn: 'Ampliar',
    zoomOut: 'Reducir',
    reset: 'Restablecer la vista',
    aroundNote: (name: string, others: number, topics: boolean) =>
      `Solo el entorno de ${isolate(name)}: ${count(others, topics ? { one: 'nodo más', other: 'nodos más' } : { one: 'actor más', other: 'actores más' })}.`,
    showEveryone: 'Mostrar a todos',
    nodesAndLinks: (nodes: number, links: number) =>
      `${count(nodes, { one: 'nodo', many: 'de nodos', other: 'nodos' })} y ${count(links, { one: 'vínculo', many: 'de vínculos', other: 'vínculos' })}`,
  },

  empty: {
    allDates: 'Mostrar todas las fechas',
    allTopics: 'Mostrar todos los temas',
    topicsMode: 'Ver quién se pronunció sobre qué tema',
    on: (date: string) => `el ${date}`,
    in: (date: string) => `en ${date}`,
    between: (from: string, to: string) => `entre el ${from} y el ${to}`,
    from: (date: string) => `desde el ${date}`,
    until: (date: string) => `hasta el ${date}`,
    noAbout: 'Ninguna declaración de este conjunto de datos se refiere a otro actor.',
    noAboutDetail:
      'Sus declaraciones están codificadas por tema, así que «quién habla de quién» no tiene vínculos que dibujar. ' +
      'La vista por temas muestra quién dijo qué sobre cada asunto.',
    noneOnTopicsIn: (window: string) => `No hay declaraciones sobre estos temas ${window}.`,
    noneIn: (window: string) => `No hay declaraciones ${window}.`,
    noneOnTopics: 'No hay declaraciones sobre estos temas.',
  },

  summary: {
    from: (date: string) => `Desde el ${date}`,
    until: (date: string) => `Hasta el ${date}`,
    allDates: 'Todas las fechas',
    allTopics: 'Todos los temas',
    topics: (n: number, list: string) => `${plural(n, { one: 'Tema', other: 'Temas' })}: ${list}`,
    highlighted: (name: string) => `Destacado: ${name}`,
  },

  app: {
    loading: 'Cargando datos…',
    loadingTimeline: 'Cargando la cronología…',
    table: 'Tabla',
    /** The Download and Share buttons (their menus and dialog load later). */
    download: 'Descargar',
    share: 'Compartir',
    statementsTable: 'Tabla de declaraciones',
    openFullView: 'Abrir a pantalla completa',
    showing: (shown: number, total: number) => `${num(shown)} de ${declaraciones(total)}`,
  },

  errors: {
    heading: 'No se puede mostrar este conjunto de datos',
    at: 'en',
    trying: 'Reintentando…',
    retry: 'Reintentar',
    badId: (id: string, example: string) =>
      `«${id}» no es un identificador de conjunto de datos. Los identificadores son nombres cortos como «${example}».`,
    unknown: (id: string, hint: string | undefined, known: readonly string[]) =>
      `No existe el conjunto de datos «${id}».${hint ? ` ¿Quería decir «${hint}»?` : ''}${known.length ? ` Disponibles: ${known.join(', ')}.` : ''}`,
    invalid: (id: string, errors: number) =>
      `El conjunto de datos «${id}» tiene ${count(errors, { one: 'error', many: 'de errores', other: 'errores' })} y no se puede mostrar.`,
    notChecked: (id: string) =>
      `No se pudo comprobar el conjunto de datos «${id}»: una parte de la página no se cargó.`,
    problems:
      'Esto es lo que encontró la comprobación. Los mensajes son para los autores del conjunto de datos y están en inglés, como los de npm run validate:',
  },

  filters: {
    button: 'Filtros',
    set: (n: number) => `(${num(n)} ${plural(n, { one: 'activo', other: 'activos' })})`,
    allTopics: 'Todos los temas',
    someTopics: (n: number, all: number) => `${num(n)} de ${num(all)} temas`,
    follows: 'Las fechas siguen la cronología',
    status: (shown: number, total: number, window: string) =>
      `${num(shown)} de ${declaraciones(total)}${window}`,
    window: (from: string | undefined, to: string | undefined) =>
      `, ${from ?? 'inicio'} – ${to ?? 'fin'}`,
    topics: 'Temas',
    all: 'Todos',
    timeWindow: 'Periodo',
    from: 'Desde',
    to: 'Hasta',
    datePlaceholder: 'AAAA-MM-DD',
    apply: 'Aplicar',
    allDates: 'Todas las fechas',
    follow: 'Seguir la cronología',
  },

  search: {
    label: 'Búsqueda',
    placeholder: 'Buscar actores y acontecimientos',
    results: 'Resultados de la búsqueda',
    actor: 'Actor',
    event: 'Acontecimiento',
    also: (name: string) => ` · también «${isolate(name)}»`,
    unavailable: 'La búsqueda no está disponible: no se pudo cargar parte de la página',
    none: 'Ningún actor ni acontecimiento coincide',
    searching: 'Buscando…',
  },

  standfirst: { more: 'Leer más', less: 'Leer menos' },

  details: {
    region: 'Detalles',
    actor: 'Actor',
    event: 'Acontecimiento',
    topic: 'Tema',
    tie: (type: string) => `Vínculo: ${TIE_TYPE[type] ?? type}`,
    and: (a: string, b: string) => `${isolate(a)} y ${isolate(b)}`,
    aboutActor: 'De un actor sobre otro',
    onTopic: 'De un actor sobre un tema',
    overview: 'Sobre estos datos',
    showingOverview: (name: string) => `Presentación de ${isolate(name)}`,
    showing: (name: string) => `En pantalla: ${isolate(name)}`,
    clear: 'Borrar la selección',
    around: (name: string) => `Solo el entorno de ${isolate(name)}`,
    edgeFailed: 'No se pudieron cargar las declaraciones de este vínculo.',
    overviewFailed: 'No se pudo cargar la presentación.',
    kind: 'Tipo',
    partOf: 'Forma parte de',
    aliases: 'También conocido como',
    statements: 'Declaraciones',
    noTopic: 'Sin tema',
    noneBy: (name: string) => `No se muestra ninguna declaración de ${isolate(name)}.`,
    reportedBy: (name: string) => `Según ${isolate(name)}`,
    relayed: (name: string) => `Posturas de otros conocidas solo a través de ${isolate(name)}.`,
    aboutHeading: (name: string) => `Lo que otros dijeron de ${isolate(name)}`,
    noneAbout: (name: string) => `No se muestra ninguna declaración sobre ${isolate(name)}.`,
    events: 'Acontecimientos',
    noEvents: (name: string) =>
      `${isolate(name)} no participó en ningún acontecimiento registrado.`,
    where: 'Lugar',
    participants: 'Participantes',
    topics: 'Temas',
    madeHere: 'Declaraciones hechas aquí',
    noneMadeHere: 'No se muestra ninguna declaración hecha aquí.',
    sources: 'Fuentes',
    hidden: (n: number) => `Los filtros actuales ocultan ${num(n)} más`,
    listing: (listed: number, total: number, events: boolean) =>
      `Se muestran ${num(listed)} de ${events ? acontecimientos(total) : declaraciones(total)}.`,
    showAll: (total: number, events: boolean) =>
      plural(total, {
        one: events ? 'Mostrar el acontecimiento' : 'Mostrar la declaración',
        other: `Mostrar ${events ? 'los' : 'las'} ${events ? acontecimientos(total) : declaraciones(total)}`,
      }),
    noneOnTopic: 'No se muestra ninguna declaración sobre este tema.',
    noneShown: 'No se muestra ninguna declaración.',
  },

  statement: {
    about: 'sobre',
    About: 'Sobre',
    via: 'De segunda mano: según',
    allFromAbout: (speaker: string, target: string) =>
      `Todas las declaraciones de ${isolate(speaker)} sobre ${isolate(target)}`,
  },

  sources: {
    label: (n: number) => plural(n, { one: 'Fuente', other: 'Fuentes' }) + ':',
    newTab: '(se abre en una pestaña nueva)',
    archived: 'copia archivada',
    cited: (publisher: string, title: string) => `${publisher}: ${title}`,
  },

  embedTitle: (title: string) => `${title} (gráfico interactivo)`,
  still: {
    graph: (title: string) => `Red de actores: ${title}`,
    mostActive: (names: readonly string[]) =>
      `Los más activos: ${new Intl.ListFormat('es', { type: 'conjunction' }).format(names)}.`,
  },
  circa: 'h.',

  failure: {
    loaded: (why: string) => `No se pudieron cargar los datos: ${why}.`,
    notLoaded: 'No se pudieron cargar los datos.',
    status: (status: number, words: string | undefined) =>
      `el servidor respondió ${status}${words ? ` (${words})` : ''}`,
    statusWords: {
      401: 'sin sesión iniciada',
      403: 'acceso prohibido',
      404: 'no encontrado',
      410: 'retirado',
      429: 'demasiadas solicitudes',
      500: 'error del servidor',
    },
    unreachable: 'falló la conexión con el servidor',
    offline: 'este dispositivo parece no tener conexión',
    timeout: (seconds: number) =>
      `el servidor no respondió en ${count(seconds, { one: 'segundo', many: 'de segundos', other: 'segundos' })}`,
    webPage: 'el servidor envió una página web en lugar de los datos',
    notData: 'el servidor envió algo distinto de los datos',
    parts: {
      timeline: 'la cronología',
      table: 'la tabla de declaraciones',
      share: 'el panel para compartir',
      download: 'el menú de descargas',
      stances: 'la evolución de las posturas',
      details: 'el panel de detalles',
    },
    /** `what` as above, inside the sentence. */
    part: (what: string, online: boolean) =>
      online
        ? `No se pudo cargar ${what}.`
        : `No se pudo cargar ${what}: este dispositivo parece no tener conexión.`,
  },

  notices: {
    network: 'No se pudo cargar la red.',
    controls: 'No se pudieron cargar los filtros ni la búsqueda.',
    noActor: (id: string) => `Este conjunto de datos no contiene ningún actor «${id}».`,
    noEvent: (id: string) => `Este conjunto de datos no contiene ningún acontecimiento «${id}».`,
    noTopic: (id: string) => `Este conjunto de datos no contiene ningún tema «${id}».`,
    dateIgnored: (name: string, why: string) =>
      `Se ignora la fecha ${name === 'from' ? 'de inicio' : name === 'to' ? 'de fin' : `«${name}»`}: ${why}.`,
  },

  parts: {
    share: {
      title: 'Compartir o insertar esta vista',
      close: 'Cerrar',
      selection: 'Incluir la selección y los filtros actuales',
      show: 'Mostrar',
      views: {
        both: 'Cronología y red',
        graph: 'Red',
        timeline: 'Cronología',
        table: 'Tabla',
      },
      theme: 'Apariencia',
      themes: { auto: 'Según el lector', light: 'Clara', dark: 'Oscura' },
      language: 'Idioma',
      languageAuto: 'El de los datos',
      parts: 'Elementos',
      header: 'Mostrar título y descripción',
      controls: 'Mostrar filtros y búsqueda',
      height: 'Altura',
      fixedHeight: 'Altura fija',
      heightPx: 'Altura en píxeles',
      heightHint: (min: number, max: number) =>
        `De ${min} a ${max}. Sin altura fija, el módulo crece con su contenido.`,
      code: 'Código de inserción',
      copyCode: 'Copiar el código de inserción',
      link: 'Enlace directo',
      copyLink: 'Copiar el enlace',
      copied: (what: string) => `${what} copiado al portapapeles.`,
      copyFailed: (what: string) =>
        `No se pudo copiar automáticamente: seleccione el ${what} y cópielo.`,
      codeWord: 'código de inserción',
      linkWord: 'enlace',
      linkCopied: 'Enlace',
      preview: 'Vista previa',
      previewWidth: 'Anchura de la vista previa',
      widths: { phone: 'Móvil', column: 'Columna', wide: 'Ancho' },
      /** A size in CSS px, as typed in a field (no thousands separator). */
      px: (n: number) => `${n} px`,
      scaled: (share: number) => `Mostrado al ${percent(share)} de su tamaño.`,
      fullSize: 'Mostrado a tamaño real.',
      frameTitle: (title: string) => `Vista previa: ${isolate(title)} (gráfico interactivo)`,
    },

    download: {
      png: 'Red en PNG',
      svg: 'Red en SVG',
      csv: 'Declaraciones en CSV',
      csvFields: 'Declaraciones en CSV (nombres de campo)',
      csvColumns: { via: 'De segunda mano', sources: 'Fuentes' },
      json: 'Conjunto de datos en JSON',
      networkCsv: 'Red (CSV)',
      networkGraphml: 'Red (GraphML)',
      preparing: 'Preparando el gráfico…',
      done: (name: string) => `${name} descargado`,
      failed: (name: string, why: string) => `No se pudo generar ${name}: ${why}.`,
    },

    timelineView: {
      heading: 'Cronología',
      events: 'Acontecimientos',
      statements: 'Declaraciones',
      noEvents: 'No hay acontecimientos que mostrar.',
      loading: 'Cargando la cronología…',
      utc: 'Horas del eje en UTC; cada elemento indica la suya.',
      tools: 'Vista de la cronología',
      zoomOut: 'Reducir',
      zoomIn: 'Ampliar',
      earlier: 'Antes',
      later: 'Después',
      fit: 'Ver todo',
      allRows: 'Ver todas las filas',
      fewerRows: 'Ver menos filas',
    },

    table: {
      columns: {
        date: 'Fecha',
        speaker: 'Autor',
        about: 'Sobre',
        topic: 'Tema',
        stance: 'Postura',
        certainty: 'Grado de certeza',
        text: 'Cita o resumen',
        source: 'Fuente',
      },
      caption: (n: number) =>
        `Declaraciones: ${num(n)} ${plural(n, { one: 'mostrada', other: 'mostradas' })}`,
      sorted: (column: string, ascending: boolean) =>
        `, ordenadas por ${column.toLowerCase()} (${ascending ? 'ascendente' : 'descendente'})`,
      via: 'según',
    },

    timeline: {
      statementBy: (speaker: string, spoken: string) =>
        `Declaración de ${isolate(speaker)}: ${spoken}`,
      stanceCount: (n: number, stance: string) => `${num(n)} ${agreed(n, stance)}`,
      byActor: (n: number, speaker: string) => `${num(n)} de ${isolate(speaker)}`,
      cluster: (n: number, dates: string, spoken: string) =>
        `${declaraciones(n)}, ${dates}: ${spoken}; ampliar para ver el detalle`,
      statementsAfterCount: (n: number) =>
        ` ${plural(n, { one: 'declaración', many: 'de declaraciones', other: 'declaraciones' })}`,
      eventCluster: (n: number, period: string, related: number) =>
        `${acontecimientos(n)}, ${period}${related > 0 ? `, ${num(related)} ${plural(related, { one: 'relacionado', other: 'relacionados' })}` : ''}; ampliar para ver el detalle`,
      eventsAfterCount: (n: number) =>
        ` ${plural(n, { one: 'acontecimiento', many: 'de acontecimientos', other: 'acontecimientos' })}`,
      relatedCount: (n: number) =>
        `${num(n)} ${plural(n, { one: 'relacionado', other: 'relacionados' })}`,
      bin: (n: number, period: string, band: string, spoken: string) =>
        `${declaraciones(n)}, ${period}${band ? ` (${band})` : ''}: ${spoken}; ampliar para ver el detalle`,
      bandNote: {
        day: 'fechadas por día',
        week: 'fechadas por semana',
        month: 'fechadas solo por mes',
        year: 'fechadas solo por año',
        decade: 'fechadas por década',
      },
      bandCaption: {
        day: 'Día',
        week: 'Semana',
        month: 'Solo mes',
        year: 'Solo año',
        decade: 'Década',
      },
    },

    overview: {
      counts: {
        actors: 'Actores',
        topics: 'Temas',
        events: 'Acontecimientos',
        statements: 'Declaraciones',
      },
      shownFiltered: (n: number) =>
        `${declaraciones(n)} ${plural(n, { one: 'mostrada', other: 'mostradas' })} con los filtros actuales.`,
      covers: 'Periodo',
      mostActive: 'Los más activos',
      inStatements: (n: number) => `en ${declaraciones(n)}`,
    },

    network: {
      settings: 'Ajustes de la red',
      settingsShort: 'Ajustes',
      normalization: 'Normalización',
      norms: {
        none: 'Ninguna (recuentos)',
        average: 'Actividad media',
        jaccard: 'Jaccard',
        cosine: 'Coseno',
      },
      normShort: { none: 'ninguna', average: 'media', jaccard: 'Jaccard', cosine: 'coseno' },
      minWeight: 'Peso mínimo',
      atLeast: 'Actores con al menos',
      statementsUnit: 'declaraciones',
      fold: 'Personas como su organización',
      showing: (shown: number, total: number, min: number) =>
        `${num(shown)} de ${num(total)} vínculos (peso ≥ ${num(min)})`,
      hiddenActors: (hidden: number, all: number) =>
        `; ${num(hidden)} de ${num(all)} actores ocultos`,
      hint: {
        agreement:
          'Las líneas unen a actores que tomaron la misma postura sobre un tema; más ancha, más vínculo.',
        conflict:
          'Las líneas discontinuas unen a actores con posturas opuestas; más ancha, más vínculo.',
        balance:
          'Acuerdo menos conflicto: verde continuo, predomina el acuerdo; rojo discontinuo, el desacuerdo.',
      },
      type: { agreement: 'acuerdo', conflict: 'conflicto', balance: 'balance' },
      ties: {
        agreement: 'Vínculos de acuerdo',
        conflict: 'Vínculos de conflicto',
        balance: 'Vínculos (balance)',
      },
      weight: (weight: string) => `peso ${weight}`,
      normalized: (value: string, how: string) => `${value} normalizado (${how})`,
      noTieOf: (name: string, type: string) =>
        `${isolate(name)} no tiene ningún vínculo (${type}) en esta vista.`,
      noTieBetween: (type: string) => `Ningún vínculo (${type}) entre ellos en esta vista.`,
      and: 'y',
      countedHere: 'Contados aquí',
      countedNote: (name: string) =>
        `Miembros de ${isolate(name)} cuyas declaraciones cuentan para la organización.`,
      coalitions: 'Coaliciones',
      noCoalitions: 'No hay vínculos de acuerdo en esta vista, así que no hay coaliciones.',
      polarization: (value: string) => `Polarización ${value}.`,
      polarizationExplained:
        'La polarización es la modularidad de la mejor división en dos bandos: las coaliciones se fusionan de dos en dos, cada vez el par que menos modularidad cuesta, hasta que quedan dos; 0 significa ninguna división y los valores cercanos a 0,5, una división marcada.',
      coalition: (id: number) => `Coalición ${num(id)}`,
      members: (n: number) => count(n, { one: 'miembro', other: 'miembros' }),
      agreeMost: 'Coinciden sobre todo en',
      legendTies: 'Vínculos',
      legendCoalitions: 'Coaliciones (color del nodo)',
      coalitionsFrom: (id: number) => `Coaliciones ${num(id)} y siguientes`,
      tieText: {
        agreement: 'Misma postura sobre un tema; más ancha: más',
        conflict: 'Posturas opuestas (discontinua); más ancha: más',
        balancePositive: 'Más acuerdo que conflicto',
        balanceNegative: 'Más conflicto que acuerdo (discontinua)',
      },
    },

    edge: {
      from: 'De',
      about: 'sobre',
      on: 'sobre',
      noneFromAbout: (speaker: string, target: string) =>
        `No se muestra ninguna declaración de ${isolate(speaker)} sobre ${isolate(target)}.`,
    },

    stances: {
      heading: 'Posturas a lo largo del tiempo',
      onTopic: (topic: string) => `Tema: ${isolate(topic)}`,
      allTopics: 'Todos los temas a la vista',
      playBy: 'Reproducir por',
      widths: { week: 'semana', month: 'mes' },
      play: 'Reproducir',
      step: (width: string, n: number, of: number) =>
        `${width === 'week' ? 'Semana' : 'Mes'} ${num(n)} de ${num(of)}`,
      steps: (width: string, n: number) =>
        count(
          n,
          width === 'week'
            ? { one: 'semana', many: 'de semanas', other: 'semanas' }
            : { one: 'mes', many: 'de meses', other: 'meses' },
        ),
      showAll: 'Mostrar todas las fechas',
      key: 'Posturas',
      none: 'No hay declaraciones que contar en este periodo.',
      summary: (
        n: number,
        unit: string,
        first: string,
        last: string,
        busiest: string,
        most: number,
      ) =>
        `${declaraciones(n)} por ${UNIT_ES[unit]}, de ${first} a ${last}; máximo: ${busiest} (${num(most)}).`,
      binCounts: (n: number, mix: string) => `${declaraciones(n)}${mix ? ` (${mix})` : ''}`,
      slider: 'Periodo; Intro lo muestra, Esc muestra todas las fechas',
      valueText: (period: string, counts: string) => `${period}: ${counts}`,
      noPeriods: 'Ningún periodo',
      coarser: (n: number, unit: string) =>
        `${declaraciones(n)} con fecha menos precisa que ${PRECISE_ES[unit]} ${plural(n, { one: 'se cuenta', other: 'se cuentan' })} solo en la tabla.`,
      actorRow: (n: number, reversals: number) =>
        `: ${declaraciones(n)} aquí (fila inferior), ${count(reversals, { one: 'cambio de postura', many: 'de cambios de postura', other: 'cambios de postura' })}${reversals > 0 ? ' (▲ bajo el periodo)' : ''}.`,
      reversalsOf: (name: string) => `Cambios de postura de ${isolate(name)}`,
      to: '→',
      since: (date: string) => `(antes: ${date})`,
      hint: 'Seleccione un actor para ver sus propias declaraciones y cambios de postura.',
      showCounts: 'Mostrar las cifras',
      tableRegion: 'Posturas por periodo, en forma de tabla',
      caption: (unit: string, topic?: string) =>
        `Declaraciones por ${UNIT_ES[unit]} según la postura${topic === undefined ? '' : `, tema: ${isolate(topic)}`}`,
      period: 'Periodo',
      total: 'Total',
      allPeriods: 'Todos los periodos',
    },
  },
};

export default es;
