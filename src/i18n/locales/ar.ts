import type {LocaleTable} from '../messages.js';

/** العربية. */
export const ar: LocaleTable = [
  'قدّمه {name} في {date}', // submittedByOn
  'تم تقديمه في {date}', // submittedOn
  'قدّمه {name}', // submittedBy
  'تم التحديث في {date}', // updatedOn
  'عرض المزيد', // showMore
  'عرض أقل', // showLess
  'قراءة التعهد كاملًا', // readPledge
  'قراءة التعهد كاملًا: {title}', // readPledgeTitled
  'الأهداف', // objectives
  'الشركاء', // partners
  'استجابةً للتعهد {id}', // matches
  'الفترة', // period
  'من {start} إلى {end}', // periodRange
  'ابتداءً من {start}', // periodFrom
  'حتى {end}', // periodUntil
  'الحالة', // status
  'الهدف {n} من أهداف الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية: {title}', // objectiveChip
  // stakeholders
  [
    'حكومة محلية', // local-government
    'حكومة وطنية', // national-government
    'منظومة الأمم المتحدة', // un-system
    'منظمة دولية', // international-organisation
    'المجتمع المدني', // civil-society
    'منظمة للمهاجرين أو المغتربين', // migrant-organisation
    'القطاع الخاص', // private-sector
    'نقابة عمالية', // trade-union
    'الأوساط الأكاديمية', // academia
    'شبكة', // network
    'غير ذلك', // other
  ],
  // statuses
  [
    'مخطط له', // planned
    'قيد التنفيذ', // in-progress
    'تم الوفاء به', // fulfilled
  ],
  // scopes
  [
    'محلي', // local
    'دون وطني', // subnational
    'وطني', // national
    'إقليمي', // regional
    'عالمي', // global
  ],
  // forms
  [
    'تمويل', // financial
    'موارد بشرية', // human-resources
    'عمليات', // process
    'سياسات', // policy
  ],
  // types
  [
    'تعهد فردي', // individual
    'تعهد مشترك', // common
    'تعهد في إطار شراكة', // partnership
    'تعهد مكمّل', // matching
  ],
  // objectiveLabels
  [
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
  'أهداف الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية', // objectiveListTitle
  'جميع الأهداف', // allObjectives
  // Arabic counts: 0, 1 and 2 have their own words; 3–10 take a plural, 11–99 a singular accusative.
  // pledgeCount
  {
    zero: 'لا توجد تعهدات',
    one: 'تعهد واحد',
    two: 'تعهدان',
    few: '{count} تعهدات',
    many: '{count} تعهدًا',
    other: '{count} تعهد',
  },
  'الهدف {n}', // objectiveNumber
  'اشترك', // subscribe
  'اشترك في هذا التحديد', // subscribeSelection
  'اشترك في جميع التعهدات', // subscribeAll
  'نسخ الرابط', // copyLink
  'تم نسخ الرابط', // linkCopied
  'تعذّر النسخ', // copyFailed
  'الاشتراك عبر البريد الإلكتروني', // subscribeByEmail
  'عنوان البريد الإلكتروني', // emailAddress
  'أدخل عنوان بريد إلكتروني صالحًا', // emailInvalid
  'جارٍ الاشتراك…', // subscribing
  'تم اشتراكك. تحقّق من بريدك الوارد لتأكيد الاشتراك.', // subscribed
  'تعذّر الاشتراك: {reason}. يُرجى المحاولة مرة أخرى.', // subscribeFailed
  'ردّ الخادم بالرمز {status}', // emailServerStatus
  'لم يردّ الخادم في الوقت المحدد', // emailTimeout
  'تعذّر الاتصال بالخادم', // emailNetwork
  'إغلاق', // close
  'عوامل التصفية', // filters
  'الهدف', // objective
  'نوع الجهة صاحبة المصلحة', // stakeholder
  'البلد أو المنطقة', // country
  'السنة', // year
  'بحث', // search
  'البحث في التعهدات', // searchPlaceholder
  'الكل', // any
  'مسح عوامل التصفية', // clearFilters
  'الترتيب حسب', // sort
  // sortOrders
  [
    'الأحدث أولًا', // newest
    'الأقدم أولًا', // oldest
    'العنوان', // title
  ],
  'لا توجد تعهدات تطابق عوامل التصفية هذه.', // noMatch
  'عرض {from}–{to} من أصل {total}', // showing
  'الصفحة السابقة', // previousPage
  'الصفحة التالية', // nextPage
  'الصفحة {page} من {count}', // pageOf
  'جارٍ تحميل التعهدات…', // loading
  'تعذّر تحميل التعهدات.', // loadFailed
  'إعادة المحاولة', // retry
  // feedErrors
  [
    'تحقّق من اتصالك بالإنترنت.', // network
    'استغرق الخادم وقتًا طويلًا في الرد.', // timeout
    'ردّ الخادم برسالة خطأ.', // http
    'لا يُرجع هذا العنوان موجزًا.', // not-json
    'الملف الموجود على هذا العنوان ليس موجز تعهدات.', // not-a-feed
  ],
  'أنت غير متصل بالإنترنت: يتم عرض التعهدات المحفوظة في {date}.', // offline
  // incomplete
  {
    zero: 'لا توجد في هذا الموجز تعهدات غير مكتملة.',
    one: 'تعذّر عرض تعهد واحد في هذا الموجز لأنه غير مكتمل.',
    two: 'تعذّر عرض تعهدين في هذا الموجز لأنهما غير مكتملين.',
    few: 'تعذّر عرض {count} تعهدات في هذا الموجز لأنها غير مكتملة.',
    many: 'تعذّر عرض {count} تعهدًا في هذا الموجز لأنها غير مكتملة.',
    other: 'تعذّر عرض {count} تعهد في هذا الموجز لأنها غير مكتملة.',
  },
  'التعهدات', // pledges
  // pledge-feed, added with the board
  'الصفحات', // pagination
  // pledge-card, added with the card
  'جارٍ تحميل التعهد…', // pledgeLoading
  'تعذّر تحميل التعهد.', // pledgeLoadFailed
  'هذا التعهد غير موجود في الموجز.', // pledgeNotFound
  // pledge-objective-list, added with the list
  'الهدف {n}، {label}: {title} — {count}', // objectiveOption
  'لا يذكر أي تعهد هدفًا.', // objectiveListEmpty
];
