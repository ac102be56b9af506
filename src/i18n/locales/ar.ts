import type {Messages} from '../messages.js';

/** العربية. */
export const ar: Messages = {
  submittedByOn: 'قدّمه {name} في {date}',
  submittedOn: 'تم تقديمه في {date}',
  submittedBy: 'قدّمه {name}',
  updatedOn: 'تم التحديث في {date}',
  showMore: 'عرض المزيد',
  showLess: 'عرض أقل',
  readPledge: 'قراءة التعهد كاملًا',
  readPledgeTitled: 'قراءة التعهد كاملًا: {title}',
  objectives: 'الأهداف',
  partners: 'الشركاء',
  matches: 'استجابةً للتعهد {id}',
  period: 'الفترة',
  periodRange: 'من {start} إلى {end}',
  periodFrom: 'ابتداءً من {start}',
  periodUntil: 'حتى {end}',
  status: 'الحالة',
  objectiveChip: 'الهدف {n} من أهداف الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية: {title}',
  stakeholders: {
    'local-government': 'حكومة محلية',
    'national-government': 'حكومة وطنية',
    'un-system': 'منظومة الأمم المتحدة',
    'international-organisation': 'منظمة دولية',
    'civil-society': 'المجتمع المدني',
    'migrant-organisation': 'منظمة للمهاجرين أو المغتربين',
    'private-sector': 'القطاع الخاص',
    'trade-union': 'نقابة عمالية',
    academia: 'الأوساط الأكاديمية',
    network: 'شبكة',
    other: 'غير ذلك',
  },
  statuses: {
    planned: 'مخطط له',
    'in-progress': 'قيد التنفيذ',
    fulfilled: 'تم الوفاء به',
  },
  scopes: {
    local: 'محلي',
    subnational: 'دون وطني',
    national: 'وطني',
    regional: 'إقليمي',
    global: 'عالمي',
  },
  forms: {
    financial: 'تمويل',
    'human-resources': 'موارد بشرية',
    process: 'عمليات',
    policy: 'سياسات',
  },
  types: {
    individual: 'تعهد فردي',
    common: 'تعهد مشترك',
    partnership: 'تعهد في إطار شراكة',
    matching: 'تعهد مكمّل',
  },
  objectiveLabels: [
    'البيانات', // 1
    'العوامل السلبية', // 2
    'المعلومات', // 3
    'الهوية القانونية', // 4
    'مسارات الهجرة النظامية', // 5
    'العمل اللائق', // 6
    'أوجه الضعف', // 7
    'المهاجرون المفقودون', // 8
    'تهريب المهاجرين', // 9
    'الاتجار بالأشخاص', // 10
    'إدارة الحدود', // 11
    'الفرز والإحالة', // 12
    'بدائل الاحتجاز', // 13
    'الحماية القنصلية', // 14
    'الخدمات الأساسية', // 15
    'الإدماج والتماسك الاجتماعي', // 16
    'عدم التمييز', // 17
    'المهارات', // 18
    'مساهمات المغتربين', // 19
    'التحويلات المالية', // 20
    'العودة وإعادة الإدماج', // 21
    'الحماية الاجتماعية', // 22
    'التعاون الدولي', // 23
  ],
  objectiveListTitle: 'أهداف الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية',
  allObjectives: 'جميع الأهداف',
  // Arabic counts: 0, 1 and 2 have their own words; 3–10 take a plural, 11–99 a singular accusative.
  pledgeCount: {
    zero: 'لا توجد تعهدات',
    one: 'تعهد واحد',
    two: 'تعهدان',
    few: '{count} تعهدات',
    many: '{count} تعهدًا',
    other: '{count} تعهد',
  },
  objectiveNumber: 'الهدف {n}',
  subscribe: 'اشترك',
  subscribeSelection: 'اشترك في هذا التحديد',
  subscribeAll: 'اشترك في جميع التعهدات',
  copyLink: 'نسخ الرابط',
  linkCopied: 'تم نسخ الرابط',
  copyFailed: 'تعذّر النسخ',
  subscribeByEmail: 'الاشتراك عبر البريد الإلكتروني',
  emailAddress: 'عنوان البريد الإلكتروني',
  emailInvalid: 'أدخل عنوان بريد إلكتروني صالحًا',
  subscribing: 'جارٍ الاشتراك…',
  subscribed: 'تم اشتراكك. تحقّق من بريدك الوارد لتأكيد الاشتراك.',
  subscribeFailed: 'تعذّر الاشتراك: {reason}. يُرجى المحاولة مرة أخرى.',
  emailServerStatus: 'ردّ الخادم بالرمز {status}',
  emailTimeout: 'لم يردّ الخادم في الوقت المحدد',
  emailNetwork: 'تعذّر الاتصال بالخادم',
  close: 'إغلاق',
  filters: 'عوامل التصفية',
  objective: 'الهدف',
  stakeholder: 'نوع الجهة صاحبة المصلحة',
  country: 'البلد أو المنطقة',
  year: 'السنة',
  search: 'بحث',
  searchPlaceholder: 'البحث في التعهدات',
  any: 'الكل',
  clearFilters: 'مسح عوامل التصفية',
  sort: 'الترتيب حسب',
  sortOrders: {
    newest: 'الأحدث أولًا',
    oldest: 'الأقدم أولًا',
    title: 'العنوان',
  },
  noMatch: 'لا توجد تعهدات تطابق عوامل التصفية هذه.',
  showing: 'عرض {from}–{to} من أصل {total}',
  previousPage: 'الصفحة السابقة',
  nextPage: 'الصفحة التالية',
  pageOf: 'الصفحة {page} من {count}',
  loading: 'جارٍ تحميل التعهدات…',
  loadFailed: 'تعذّر تحميل التعهدات.',
  retry: 'إعادة المحاولة',
  feedErrors: {
    network: 'تحقّق من اتصالك بالإنترنت.',
    timeout: 'استغرق الخادم وقتًا طويلًا في الرد.',
    http: 'ردّ الخادم برسالة خطأ.',
    'not-json': 'لا يُرجع هذا العنوان موجزًا.',
    'not-a-feed': 'الملف الموجود على هذا العنوان ليس موجز تعهدات.',
    'too-large': 'هذا الموجز أكبر من أن يُعرض هنا.',
  },
  savedCopy: {
    offline: 'أنت غير متصل بالإنترنت: يتم عرض التعهدات المحفوظة في {date}.',
    unreachable: 'تعذّر الوصول إلى الموجز: يتم عرض التعهدات المحفوظة في {date}.',
    timeout: 'استغرق خادم الموجز وقتًا طويلًا في الرد: يتم عرض التعهدات المحفوظة في {date}.',
    serverError: 'ردّ خادم الموجز برسالة خطأ: يتم عرض التعهدات المحفوظة في {date}.',
    busy: 'خادم الموجز مشغول حاليًا: يتم عرض التعهدات المحفوظة في {date}.',
  },
  partialFeed: 'تعذّر تحميل بعض التعهدات في هذا الموجز.',
  incomplete: {
    zero: 'لا توجد في هذا الموجز تعهدات غير مكتملة.',
    one: 'تعذّر عرض تعهد واحد في هذا الموجز لأنه غير مكتمل.',
    two: 'تعذّر عرض تعهدين في هذا الموجز لأنهما غير مكتملين.',
    few: 'تعذّر عرض {count} تعهدات في هذا الموجز لأنها غير مكتملة.',
    many: 'تعذّر عرض {count} تعهدًا في هذا الموجز لأنها غير مكتملة.',
    other: 'تعذّر عرض {count} تعهد في هذا الموجز لأنها غير مكتملة.',
  },
  repeatedId: {
    zero: 'لا توجد في هذا الموجز تعهدات بمعرّف مكرر.',
    one: 'تعذّر عرض تعهد واحد لأن تعهدًا آخر في الموجز يحمل المعرّف نفسه.',
    two: 'تعذّر عرض تعهدين لأن تعهدات أخرى في الموجز تحمل المعرّفات نفسها.',
    few: 'تعذّر عرض {count} تعهدات لأن تعهدات أخرى في الموجز تحمل المعرّفات نفسها.',
    many: 'تعذّر عرض {count} تعهدًا لأن تعهدات أخرى في الموجز تحمل المعرّفات نفسها.',
    other: 'تعذّر عرض {count} تعهد لأن تعهدات أخرى في الموجز تحمل المعرّفات نفسها.',
  },
  pledges: 'التعهدات',
  // pledge-feed, added with the board
  pagination: 'الصفحات',
  // pledge-card, added with the card
  pledgeLoading: 'جارٍ تحميل التعهد…',
  pledgeLoadFailed: 'تعذّر تحميل التعهد.',
  pledgeNotFound: 'هذا التعهد غير موجود في الموجز.',
  // pledge-objective-list, added with the list
  objectiveOption: 'الهدف {n}، {label}: {title} — {count}',
  objectiveListEmpty: 'لا يذكر أي تعهد هدفًا.',
};
