/**
 * الواجهة بالعربية. Typed `Messages`: a key missing here, or one en.ts does not have,
 * is a type error. Terms as in docs/GLOSSARY.md (طرف، تصريح، موقف، درجة التأكد،
 * موضوع، حدث، الخط الزمني، شبكة الأطراف …). Arabic punctuation (، ؛ ؟) and
 * guillemets; names and ids from the data come in as parameters, untouched. Counts
 * take all six of Intl.PluralRules' Arabic forms (zero, one, two, few, many, other);
 * digits are what Intl.NumberFormat('ar') writes (see GLOSSARY). Loaded as its own
 * chunk, only when the interface is Arabic.
 */
import type { Messages } from './en';
import { isolate, num, percent, plural } from './format';

/**
 * A counted noun in Arabic grammar: one and two are said without the digit ("تصريح
 * واحد"، "تصريحان")، 3–10 take the broken plural, 11–99 the singular accusative
 * ("تصريحًا")، hundreds and fractions the singular ("1.5 ثانية").
 */
interface Counted {
  readonly one: string;
  readonly two: string;
  readonly few: string;
  readonly many: string;
  readonly other: string;
}
const counted = (n: number, w: Counted) =>
  plural(n, {
    zero: `${num(n)} ${w.other}`,
    one: w.one,
    two: w.two,
    few: `${num(n)} ${w.few}`,
    many: `${num(n)} ${w.many}`,
    other: `${num(n)} ${w.other}`,
  });

const STATEMENTS: Counted = {
  one: 'تصريح واحد',
  two: 'تصريحان',
  few: 'تصريحات',
  many: 'تصريحًا',
  other: 'تصريح',
};
/** The dual after a preposition or "من" (genitive): "في تصريحين". */
const STATEMENTS_GENITIVE: Counted = { ...STATEMENTS, two: 'تصريحين' };
const EVENTS: Counted = { one: 'حدث واحد', two: 'حدثان', few: 'أحداث', many: 'حدثًا', other: 'حدث' };
const EVENTS_GENITIVE: Counted = { ...EVENTS, two: 'حدثين' };
/** Errors in a data file, after "على" (genitive dual): "على خطأين". */
const ERRORS_GENITIVE: Counted = {
  one: 'خطأ واحد',
  two: 'خطأين',
  few: 'أخطاء',
  many: 'خطأً',
  other: 'خطأ',
};

const tasrihat = (n: number) => counted(n, STATEMENTS);
const tasrihatGen = (n: number) => counted(n, STATEMENTS_GENITIVE);
const ahdathGen = (n: number) => counted(n, EVENTS_GENITIVE);

/** The noun after a count shown on its own (the timeline's cluster heads). */
const afterCount = (n: number, w: Counted) =>
  ` ${plural(n, { zero: w.other, one: w.other, two: w.two, few: w.few, many: w.many, other: w.other })}`;

/** Network types (the graph's modes) as a reader reads them. */
const TIE_TYPE: Record<string, string> = {
  agreement: 'توافق',
  conflict: 'خلاف',
  balance: 'حصيلة',
};

/** "Stances over time": its periods and its counted nouns. */
const UNIT_AR: Record<string, string> = { day: 'اليوم', week: 'الأسبوع', month: 'الشهر' };
const BY_UNIT_AR: Record<string, string> = {
  day: 'حسب اليوم',
  week: 'حسب الأسبوع',
  month: 'حسب الشهر',
};
const WEEKS: Counted = {
  one: 'أسبوع واحد',
  two: 'أسبوعان',
  few: 'أسابيع',
  many: 'أسبوعًا',
  other: 'أسبوع',
};
const MONTHS: Counted = { one: 'شهر واحد', two: 'شهران', few: 'أشهر', many: 'شهرًا', other: 'شهر' };
const REVERSALS: Counted = {
  one: 'تبدّل واحد',
  two: 'تبدّلان',
  few: 'تبدّلات',
  many: 'تبدّلًا',
  other: 'تبدّل',
};

const ar: Messages = {
  stance: {
    positive: 'إيجابي',
    negative: 'سلبي',
    neutral: 'محايد',
    mixed: 'متباين',
  },
  stanceWord: {
    positive: 'إيجابي',
    negative: 'سلبي',
    neutral: 'محايد',
    mixed: 'متباين',
  },
  certainty: {
    confirmed: 'مؤكَّد',
    reported: 'منقول',
    alleged: 'مزعوم',
    denied: 'منفيّ',
  },
  certaintyWord: {
    confirmed: 'مؤكَّد',
    reported: 'منقول',
    alleged: 'مزعوم',
    denied: 'منفيّ',
  },
  status: {
    held: 'انعقد',
    planned: 'مقرَّر',
    cancelled: 'أُلغي',
    postponed: 'أُرجئ',
  },
  statusWord: {
    held: 'انعقد',
    planned: 'مقرَّر',
    cancelled: 'أُلغي',
    postponed: 'أُرجئ',
  },
  kind: {
    person: 'شخص',
    state: 'دولة',
    organization: 'منظمة',
    group: 'جماعة',
  },
  kindWord: {
    person: 'شخص',
    state: 'دولة',
    organization: 'منظمة',
    group: 'جماعة',
  },
  topic: 'الموضوع',
  via: 'نقلًا عن طرف آخر',
  viaName: (name: string) => `نقلًا عن ${isolate(name)}`,
  statements: tasrihat,
  listSeparator: '، ',

  legend: {
    heading: 'دليل الرموز',
    nodes: 'العُقد',
    size: 'الحجم',
    events: 'الأحداث',
    stance: 'الموقف',
    certainty: 'درجة التأكد',
    selection: 'التحديد',
    idle: 'لا تصريحات في هذا العرض',
    notLinked: 'غير مرتبط بالتحديد',
    sizeText: (counted: 'topics' | 'actors' | 'network', max: number) => {
      const what = {
        topics: 'الصادرة عن الطرف أو بشأن الموضوع',
        actors: 'الصادرة عن الطرف أو بشأنه',
        network: 'الصادرة عن الطرف',
      }[counted];
      return max > 1 ? `التصريحات ${what}، من 1 إلى ${num(max)}` : `التصريحات ${what}`;
    },
  },

  modes: {
    group: 'تعرض الشبكة',
    actors: { label: 'من تحدث عن من', short: 'عن من' },
    topics: { label: 'من قال ماذا في أي موضوع', short: 'أي موضوع' },
    agreement: { label: 'توافق', short: 'توافق' },
    conflict: { label: 'خلاف', short: 'خلاف' },
    balance: { label: 'حصيلة', short: 'حصيلة' },
  },

  graph: {
    node: (label: string, kind: string, activity: number, coalition?: number) =>
      `${label}، ${kind}، ${tasrihat(activity)}${coalition === undefined ? '' : `، التكتل ${num(coalition)}`}`,
    actor: 'طرف',
    topicNode: (label: string, activity: number) =>
      `موضوع: ${isolate(label)}، ${tasrihat(activity)}`,
    /** Words, not an arrow: "→" between two Latin names would point the wrong way in RTL. */
    edge: (source: string, target: string, stance: string) =>
      `من ${isolate(source)} بشأن ${isolate(target)}: ${stance}`,
    edgeGroup: (n: number, certainty: string, via?: string) =>
      `${certainty} (${num(n)})${via === undefined ? '' : ` نقلًا عن ${isolate(via)}`}`,
    region: 'شبكة الأطراف',
    hintTopics: 'تتجه الأسهم من صاحب التصريح إلى الطرف أو الموضوع المعني.',
    hintActors: 'تتجه الأسهم من صاحب التصريح إلى الطرف الذي يتحدث عنه.',
    how: 'اسحب للتنقل؛ Ctrl/⌘ مع عجلة التمرير أو بإصبعين للتكبير.',
    drawingFailed: 'تعذّر تحميل رسم الشبكة.',
    layoutFailed: (why: string) => `تعذّر ترتيب الشبكة: ${why}`,
    loadingNetwork: 'جارٍ تحميل الشبكة…',
    layingOut: 'جارٍ ترتيب الشبكة…',
    zoom: 'التكبير',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    reset: 'إعادة ضبط العرض',
    aroundNote: (name: string, others: number, _topics: boolean) =>
      `محيط ${isolate(name)} فقط (${num(others)})`,
    showEveryone: 'عرض الجميع',
    nodesAndLinks: (nodes: number, links: number) =>
      `${counted(nodes, { one: 'عقدة واحدة', two: 'عقدتان', few: 'عُقد', many: 'عقدة', other: 'عقدة' })} و${counted(links, { one: 'رابط واحد', two: 'رابطان', few: 'روابط', many: 'رابطًا', other: 'رابط' })}`,
  },

  empty: {
    allDates: 'عرض كل التواريخ',
    allTopics: 'عرض كل المواضيع',
    topicsMode: 'من قال ماذا في أي موضوع',
    on: (date: string) => `في ${date}`,
    in: (date: string) => `في ${date}`,
    between: (from: string, to: string) => `بين ${from} و${to}`,
    from: (date: string) => `منذ ${date}`,
    until: (date: string) => `حتى ${date}`,
    noAbout: 'لا يتناول أي تصريح في مجموعة البيانات هذه طرفًا آخر.',
    noAboutDetail:
      'صُنّفت تصريحاتها حسب الموضوع، فلا روابط تُرسم في عرض «من تحدث عن من». ' +
      'يُظهر عرض المواضيع من قال ماذا في كل قضية.',
    noneOnTopicsIn: (window: string) => `لا تصريحات في هذه المواضيع ${window}.`,
    noneIn: (window: string) => `لا تصريحات ${window}.`,
    noneOnTopics: 'لا تصريحات في هذه المواضيع.',
  },

  summary: {
    from: (date: string) => `منذ ${date}`,
    until: (date: string) => `حتى ${date}`,
    allDates: 'كل التواريخ',
    allTopics: 'كل المواضيع',
    topics: (n: number, list: string) =>
      `${plural(n, { one: 'الموضوع', two: 'الموضوعان', other: 'المواضيع' })}: ${list}`,
    highlighted: (name: string) => `المُبرَز: ${name}`,
  },

  app: {
    loading: 'جارٍ تحميل البيانات…',
    loadingTimeline: 'جارٍ تحميل الخط الزمني…',
    table: 'الجدول',
    /** The Download and Share buttons (their menus and dialog load later). */
    download: 'تنزيل',
    share: 'مشاركة',
    statementsTable: 'جدول التصريحات',
    openFullView: 'فتح العرض الكامل',
    showing: (shown: number, total: number) => `${num(shown)} من أصل ${tasrihatGen(total)}`,
  },

  errors: {
    heading: 'تعذّر عرض مجموعة البيانات هذه',
    at: 'في',
    trying: 'جارٍ إعادة المحاولة…',
    retry: 'إعادة المحاولة',
    badId: (id: string, example: string) =>
      `«${id}» ليس معرّف مجموعة بيانات. المعرّفات أسماء قصيرة مثل «${example}».`,
    unknown: (id: string, hint: string | undefined, known: readonly string[]) =>
      `لا توجد مجموعة بيانات باسم «${id}».${hint ? ` هل تقصد «${hint}»؟` : ''}${known.length ? ` المتاح: ${known.join('، ')}.` : ''}`,
    invalid: (id: string, errors: number) =>
      `تحتوي مجموعة البيانات «${id}» على ${counted(errors, ERRORS_GENITIVE)}، ولذا لا يمكن عرضها.`,
    notChecked: (id: string) => `تعذّر التحقق من مجموعة البيانات «${id}»: لم يُحمَّل جزء من الصفحة.`,
    problems:
      'هذا ما وجده الفحص. الرسائل موجّهة إلى مؤلفي مجموعة البيانات، وهي بالإنجليزية مثل رسائل npm run validate:',
  },

  filters: {
    button: 'عوامل التصفية',
    set: (n: number) => `(المفعّلة: ${num(n)})`,
    allTopics: 'كل المواضيع',
    someTopics: (n: number, all: number) => `${num(n)} من أصل ${num(all)} مواضيع`,
    follows: 'التواريخ تتبع الخط الزمني',
    status: (shown: number, total: number, window: string) =>
      `عرض ${num(shown)} من أصل ${tasrihatGen(total)}${window}`,
    window: (from: string | undefined, to: string | undefined) =>
      `، من ${from ?? 'البداية'} إلى ${to ?? 'النهاية'}`,
    topics: 'المواضيع',
    all: 'الكل',
    timeWindow: 'الفترة الزمنية',
    from: 'من',
    to: 'إلى',
    datePlaceholder: 'YYYY-MM-DD',
    apply: 'تطبيق',
    allDates: 'كل التواريخ',
    follow: 'اتباع الخط الزمني',
  },

  search: {
    label: 'بحث',
    placeholder: 'ابحث عن الأطراف والأحداث',
    results: 'نتائج البحث',
    actor: 'طرف',
    event: 'حدث',
    also: (name: string) => ` · ويُعرف أيضًا بـ«${isolate(name)}»`,
    unavailable: 'البحث غير متاح: تعذّر تحميل جزء من الصفحة',
    none: 'لا طرف ولا حدث يطابق البحث',
    searching: 'جارٍ البحث…',
  },

  standfirst: { more: 'المزيد', less: 'أقل' },

  details: {
    region: 'التفاصيل',
    actor: 'طرف',
    event: 'حدث',
    topic: 'موضوع',
    tie: (type: string) => `رابط ${TIE_TYPE[type] ?? type}`,
    and: (a: string, b: string) => `${isolate(a)} و${isolate(b)}`,
    aboutActor: 'من طرف بشأن طرف آخر',
    onTopic: 'من طرف بشأن موضوع',
    overview: 'عن مجموعة البيانات',
    showingOverview: (name: string) => `عرض لمحة عن ${isolate(name)}`,
    showing: (name: string) => `المعروض: ${isolate(name)}`,
    clear: 'إلغاء التحديد',
    around: (name: string) => `محيط ${isolate(name)} فقط`,
    edgeFailed: 'تعذّر تحميل تصريحات هذا الرابط.',
    overviewFailed: 'تعذّر تحميل اللمحة العامة.',
    kind: 'النوع',
    partOf: 'جزء من',
    aliases: 'يُعرف أيضًا بـ',
    statements: 'التصريحات',
    noTopic: 'بلا موضوع',
    noneBy: (name: string) => `لا تُعرض أي تصريحات لـ${isolate(name)}.`,
    reportedBy: (name: string) => `نقلًا عن ${isolate(name)}`,
    relayed: (name: string) => `مواقف أطراف أخرى لم تُعرف إلا عن طريق ${isolate(name)}.`,
    aboutHeading: (name: string) => `ما قاله الآخرون عن ${isolate(name)}`,
    noneAbout: (name: string) => `لا تُعرض أي تصريحات بشأن ${isolate(name)}.`,
    events: 'الأحداث',
    noEvents: (name: string) => `لم يشارك ${isolate(name)} في أي حدث مسجَّل.`,
    where: 'المكان',
    participants: 'المشاركون',
    topics: 'المواضيع',
    madeHere: 'تصريحات أُدلي بها هنا',
    noneMadeHere: 'لا تُعرض أي تصريحات أُدلي بها هنا.',
    sources: 'المصادر',
    hidden: (n: number) => `عوامل التصفية الحالية تُخفي ${num(n)} غيرها`,
    listing: (listed: number, total: number, events: boolean) =>
      `عرض ${num(listed)} من أصل ${events ? ahdathGen(total) : tasrihatGen(total)}.`,
    showAll: (total: number, events: boolean) =>
      `عرض ${events ? 'كل الأحداث' : 'كل التصريحات'} (${num(total)})`,
    noneOnTopic: 'لا تُعرض أي تصريحات في هذا الموضوع.',
    noneShown: 'لا تُعرض أي تصريحات.',
  },

  statement: {
    about: 'بشأن',
    About: 'بشأن',
    via: 'نقلًا عن',
    allFromAbout: (speaker: string, target: string) =>
      `كل تصريحات ${isolate(speaker)} بشأن ${isolate(target)}`,
  },

  sources: {
    label: (n: number) => plural(n, { one: 'المصدر', two: 'المصدران', other: 'المصادر' }) + ':',
    newTab: '(يُفتح في علامة تبويب جديدة)',
    archived: 'نسخة مؤرشفة',
    cited: (publisher: string, title: string) => `${publisher}: ${title}`,
  },

  embedTitle: (title: string) => `${title} (رسم تفاعلي)`,
  still: {
    graph: (title: string) => `شبكة الأطراف: ${title}`,
    mostActive: (names: readonly string[]) =>
      `الأكثر نشاطًا: ${new Intl.ListFormat('ar', { type: 'conjunction' }).format(names)}.`,
  },
  circa: 'نحو',

  failure: {
    loaded: (why: string) => `تعذّر تحميل البيانات: ${why}.`,
    notLoaded: 'تعذّر تحميل البيانات.',
    status: (status: number, words: string | undefined) =>
      `ردّ الخادم بالرمز ${status}${words ? ` (${words})` : ''}`,
    statusWords: {
      401: 'لم يُسجَّل الدخول',
      403: 'الوصول ممنوع',
      404: 'غير موجود',
      410: 'أُزيل',
      429: 'طلبات كثيرة جدًا',
      500: 'خطأ في الخادم',
    },
    unreachable: 'فشل الاتصال بالخادم',
    offline: 'يبدو أن هذا الجهاز غير متصل بالإنترنت',
    timeout: (seconds: number) =>
      `لم يردّ الخادم خلال ${counted(seconds, { one: 'ثانية واحدة', two: 'ثانيتين', few: 'ثوانٍ', many: 'ثانية', other: 'ثانية' })}`,
    webPage: 'أرسل الخادم صفحة ويب بدلًا من البيانات',
    notData: 'أرسل الخادم شيئًا غير البيانات',
    parts: {
      timeline: 'الخط الزمني',
      table: 'جدول التصريحات',
      share: 'المشاركة',
      download: 'قائمة التنزيل',
      stances: 'تطور المواقف',
      details: 'لوحة التفاصيل',
    },
    /** `what` as above, after "تعذّر تحميل". */
    part: (what: string, online: boolean) =>
      online ? `تعذّر تحميل ${what}.` : `تعذّر تحميل ${what}: يبدو أن هذا الجهاز غير متصل بالإنترنت.`,
  },

  notices: {
    network: 'تعذّر تحميل الشبكة.',
    controls: 'تعذّر تحميل عوامل التصفية والبحث.',
    noActor: (id: string) => `لا يوجد طرف «${id}» في مجموعة البيانات هذه.`,
    noEvent: (id: string) => `لا يوجد حدث «${id}» في مجموعة البيانات هذه.`,
    noTopic: (id: string) => `لا يوجد موضوع «${id}» في مجموعة البيانات هذه.`,
    dateIgnored: (name: string, why: string) =>
      `جرى تجاهل ${name === 'from' ? 'تاريخ البداية' : name === 'to' ? 'تاريخ النهاية' : `التاريخ «${name}»`}: ${why}.`,
  },

  parts: {
    share: {
      title: 'مشاركة هذا العرض أو تضمينه',
      close: 'إغلاق',
      selection: 'تضمين التحديد وعوامل التصفية الحالية',
      show: 'العرض',
      views: {
        both: 'الخط الزمني والشبكة',
        graph: 'الشبكة',
        timeline: 'الخط الزمني',
        table: 'الجدول',
      },
      theme: 'المظهر',
      themes: { auto: 'حسب إعداد القارئ', light: 'فاتح', dark: 'داكن' },
      language: 'اللغة',
      languageAuto: 'لغة مجموعة البيانات',
      parts: 'العناصر',
      header: 'عرض العنوان والوصف',
      controls: 'عرض عوامل التصفية والبحث',
      height: 'الارتفاع',
      fixedHeight: 'ارتفاع ثابت',
      heightPx: 'الارتفاع بالبكسل',
      heightHint: (min: number, max: number) =>
        `من ${min} إلى ${max}. من دون ارتفاع ثابت، يتمدد الإطار المضمَّن مع محتواه.`,
      code: 'رمز التضمين',
      copyCode: 'نسخ رمز التضمين',
      link: 'رابط مباشر',
      copyLink: 'نسخ الرابط',
      copied: (what: string) => `نُسخ ${what} إلى الحافظة.`,
      copyFailed: (what: string) => `تعذّر النسخ تلقائيًا: حدّد ${what} وانسخه.`,
      codeWord: 'رمز التضمين',
      linkWord: 'الرابط',
      linkCopied: 'الرابط',
      preview: 'معاينة',
      previewWidth: 'عرض المعاينة',
      widths: { phone: 'هاتف', column: 'عمود', wide: 'عريض' },
      /** A size in CSS px, as typed in a field (no thousands separator). */
      px: (n: number) => `${n} بكسل`,
      scaled: (share: number) => `معروض بنسبة ${percent(share)} من حجمه.`,
      fullSize: 'معروض بحجمه الكامل.',
      frameTitle: (title: string) => `معاينة: ${isolate(title)} (رسم تفاعلي)`,
    },

    download: {
      png: 'الشبكة بصيغة PNG',
      svg: 'الشبكة بصيغة SVG',
      csv: 'التصريحات بصيغة CSV',
      csvFields: 'التصريحات بصيغة CSV (أسماء الحقول)',
      csvColumns: { via: 'نقلًا عن', sources: 'المصادر' },
      json: 'مجموعة البيانات بصيغة JSON',
      networkCsv: 'الشبكة (CSV)',
      networkGraphml: 'الشبكة (GraphML)',
      preparing: 'جارٍ تجهيز الرسم…',
      done: (name: string) => `نُزّل ${name}`,
      failed: (name: string, why: string) => `تعذّر إنشاء ${name}: ${why}.`,
    },

    timelineView: {
      heading: 'الخط الزمني',
      events: 'الأحداث',
      statements: 'التصريحات',
      noEvents: 'لا أحداث لعرضها.',
      loading: 'جارٍ تحميل الخط الزمني…',
      utc: 'الأوقات على المحور بالتوقيت العالمي (UTC)؛ ويذكر كل عنصر توقيته.',
      tools: 'عرض الخط الزمني',
      zoomOut: 'تصغير',
      zoomIn: 'تكبير',
      earlier: 'أقدم',
      later: 'أحدث',
      fit: 'عرض الكل',
      allRows: 'عرض كل الصفوف',
      fewerRows: 'عرض صفوف أقل',
    },

    table: {
      columns: {
        date: 'التاريخ',
        speaker: 'صاحب التصريح',
        about: 'بشأن',
        topic: 'الموضوع',
        stance: 'الموقف',
        certainty: 'درجة التأكد',
        text: 'الاقتباس أو الملخص',
        source: 'المصدر',
      },
      caption: (n: number) => `التصريحات، المعروض منها: ${num(n)}`,
      sorted: (column: string, ascending: boolean) =>
        `، مرتبة حسب ${column} (${ascending ? 'تصاعديًا' : 'تنازليًا'})`,
      via: 'نقلًا عن',
    },

    timeline: {
      statementBy: (speaker: string, spoken: string) => `تصريح لـ${isolate(speaker)}: ${spoken}`,
      stanceCount: (n: number, stance: string) => `${stance} (${num(n)})`,
      byActor: (n: number, speaker: string) => `${num(n)} لـ${isolate(speaker)}`,
      cluster: (n: number, dates: string, spoken: string) =>
        `${tasrihat(n)}، ${dates}: ${spoken}؛ كبّر لرؤية التفاصيل`,
      statementsAfterCount: (n: number) => afterCount(n, STATEMENTS),
      eventCluster: (n: number, period: string, related: number) =>
        `${counted(n, EVENTS)}، ${period}${related > 0 ? `، المرتبط بها: ${num(related)}` : ''}؛ كبّر لرؤية التفاصيل`,
      eventsAfterCount: (n: number) => afterCount(n, EVENTS),
      relatedCount: (n: number) => `المرتبط بها: ${num(n)}`,
      bin: (n: number, period: string, band: string, spoken: string) =>
        `${tasrihat(n)}، ${period}${band ? ` (${band})` : ''}: ${spoken}؛ كبّر لرؤية التفاصيل`,
      bandNote: {
        day: 'مؤرخة باليوم',
        week: 'مؤرخة بالأسبوع',
        month: 'مؤرخة بالشهر فقط',
        year: 'مؤرخة بالسنة فقط',
        decade: 'مؤرخة بالعقد',
      },
      bandCaption: {
        day: 'اليوم',
        week: 'الأسبوع',
        month: 'الشهر فقط',
        year: 'السنة فقط',
        decade: 'العقد',
      },
    },

    overview: {
      counts: {
        actors: 'الأطراف',
        topics: 'المواضيع',
        events: 'الأحداث',
        statements: 'التصريحات',
      },
      shownFiltered: (n: number) => `المعروض بعوامل التصفية الحالية: ${tasrihat(n)}.`,
      covers: 'الفترة',
      mostActive: 'الأكثر نشاطًا',
      inStatements: (n: number) => `في ${tasrihatGen(n)}`,
    },

    network: {
      settings: 'إعدادات الشبكة',
      settingsShort: 'الإعدادات',
      normalization: 'التطبيع',
      norms: {
        none: 'بلا (الأعداد)',
        average: 'متوسط النشاط',
        jaccard: 'جاكار',
        cosine: 'جيب التمام',
      },
      normShort: { none: 'بلا', average: 'المتوسط', jaccard: 'جاكار', cosine: 'جيب التمام' },
      minWeight: 'الحد الأدنى للوزن',
      atLeast: 'الأطراف التي لها على الأقل',
      statementsUnit: 'تصريحات',
      fold: 'الأشخاص ضمن منظماتهم',
      showing: (shown: number, total: number, min: number) =>
        `عرض ${num(shown)} من أصل ${num(total)} صلة (الوزن ≥ ${num(min)})`,
      hiddenActors: (hidden: number, all: number) =>
        `؛ ${num(hidden)} من أصل ${num(all)} طرفًا مخفية`,
      hint: {
        agreement:
          'تربط الخطوط بين الأطراف التي اتخذت الموقف نفسه من موضوع؛ كلما اتسع الخط زادت الصلة.',
        conflict:
          'تربط الخطوط المتقطعة بين الأطراف ذات المواقف المتعارضة؛ كلما اتسع الخط زادت الصلة.',
        balance:
          'التوافق ناقص الخلاف: الأخضر المتصل يغلب فيه التوافق، والأحمر المتقطع يغلب فيه الخلاف.',
      },
      type: { agreement: 'توافق', conflict: 'خلاف', balance: 'حصيلة' },
      ties: { agreement: 'صلات التوافق', conflict: 'صلات الخلاف', balance: 'صلات (الحصيلة)' },
      weight: (weight: string) => `الوزن ${weight}`,
      normalized: (value: string, how: string) => `${value} بعد التطبيع (${how})`,
      noTieOf: (name: string, type: string) => `لا صلة (${type}) لـ${isolate(name)} في هذا العرض.`,
      noTieBetween: (type: string) => `لا صلة (${type}) بينهما في هذا العرض.`,
      and: 'و',
      countedHere: 'محسوبون هنا',
      countedNote: (name: string) => `أشخاص من ${isolate(name)} تُحسب تصريحاتهم لها عند الضم.`,
      coalitions: 'التكتلات',
      noCoalitions: 'لا صلات توافق في هذا العرض، ولذلك لا تكتلات.',
      polarization: (value: string) => `الاستقطاب ${value}.`,
      polarizationExplained:
        'الاستقطاب هو نمطية أفضل تقسيم إلى معسكرين: تُدمج التكتلات اثنين اثنين، في كل مرة الزوج الأقل كلفة في النمطية، حتى يبقى اثنان؛ 0 يعني لا انقسام، والقيم القريبة من 0.5 انقسامًا حادًا.',
      coalition: (id: number) => `التكتل ${num(id)}`,
      members: (n: number) => `الأعضاء: ${num(n)}`,
      agreeMost: 'أكثر ما يتفقون عليه',
      legendTies: 'الصلات',
      legendCoalitions: 'التكتلات (لون العقدة)',
      coalitionsFrom: (id: number) => `التكتلات من ${num(id)} فما فوق`,
      tieText: {
        agreement: 'الموقف نفسه من موضوع؛ الأعرض: أكثر',
        conflict: 'مواقف متعارضة (متقطع)؛ الأعرض: أكثر',
        balancePositive: 'توافق أكثر من الخلاف',
        balanceNegative: 'خلاف أكثر من التوافق (متقطع)',
      },
    },

    edge: {
      from: 'من',
      about: 'بشأن',
      on: 'بشأن',
      noneFromAbout: (speaker: string, target: string) =>
        `لا تُعرض أي تصريحات من ${isolate(speaker)} بشأن ${isolate(target)}.`,
    },

    stances: {
      heading: 'المواقف عبر الزمن',
      onTopic: (topic: string) => `الموضوع: ${isolate(topic)}`,
      allTopics: 'كل المواضيع المعروضة',
      playBy: 'التشغيل حسب',
      widths: { week: 'الأسبوع', month: 'الشهر' },
      play: 'تشغيل',
      step: (width: string, n: number, of: number) =>
        `${width === 'week' ? 'الأسبوع' : 'الشهر'} ${num(n)} من ${num(of)}`,
      steps: (width: string, n: number) => counted(n, width === 'week' ? WEEKS : MONTHS),
      showAll: 'عرض كل التواريخ',
      key: 'المواقف',
      none: 'لا تصريحات لإحصائها في هذه الفترة.',
      summary: (
        n: number,
        unit: string,
        first: string,
        last: string,
        busiest: string,
        most: number,
      ) =>
        `${tasrihat(n)} ${BY_UNIT_AR[unit]}، من ${first} إلى ${last}؛ أكثرها في ${busiest} (${num(most)}).`,
      binCounts: (n: number, mix: string) => `${tasrihat(n)}${mix ? ` (${mix})` : ''}`,
      slider: 'الفترة؛ يعرضها مفتاح Enter، ويعرض مفتاح Escape كل التواريخ',
      valueText: (period: string, counts: string) => `${period}: ${counts}`,
      noPeriods: 'لا فترات',
      coarser: (n: number, unit: string) =>
        `${tasrihat(n)} بتاريخ أقل دقة من ${UNIT_AR[unit]} ${plural(n, { one: 'يُحسب', two: 'يُحسبان', other: 'تُحسب' })} في الجدول فقط.`,
      actorRow: (n: number, reversals: number) =>
        `: ${tasrihat(n)} هنا (الصف السفلي)، ${counted(reversals, REVERSALS)} في الموقف${reversals > 0 ? ' (▲ تحت الفترة)' : ''}.`,
      reversalsOf: (name: string) => `تبدّلات موقف ${isolate(name)}`,
      /** From the old stance (right) to the new (left): the arrow points the way Arabic reads. */
      to: '←',
      since: (date: string) => `(منذ ${date})`,
      hint: 'اختر طرفًا لعرض تصريحاته الخاصة وتبدّلات موقفه.',
      showCounts: 'عرض الأعداد',
      tableRegion: 'المواقف حسب الفترة في جدول',
      caption: (unit: string, topic?: string) =>
        `التصريحات ${BY_UNIT_AR[unit]} وفق الموقف${topic === undefined ? '' : `، الموضوع: ${isolate(topic)}`}`,
      period: 'الفترة',
      total: 'المجموع',
      allPeriods: 'كل الفترات',
    },
  },
};

export default ar;
