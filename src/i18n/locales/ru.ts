import type {Messages} from '../messages.js';

/** Русский. */
export const ru: Messages = {
  submittedByOn: 'Представлено: {name}, {date}',
  submittedOn: 'Представлено {date}',
  submittedBy: 'Представлено: {name}',
  updatedOn: 'Обновлено {date}',
  showMore: 'Показать полностью',
  showLess: 'Свернуть',
  readPledge: 'Читать обязательство полностью',
  readPledgeTitled: 'Читать обязательство полностью: {title}',
  objectives: 'Цели',
  partners: 'Партнёры',
  matches: 'В ответ на обязательство {id}',
  period: 'Сроки',
  periodRange: '{start} – {end}',
  // "с"/"до" would need the genitive, which a month-year date ("июнь 2024 г.") lacks.
  periodFrom: 'начало: {start}',
  periodUntil: 'окончание: {end}',
  status: 'Статус',
  objectiveChip: 'Цель {n} Глобального договора о безопасной, упорядоченной и легальной миграции: {title}',
  stakeholders: {
    'local-government': 'Местные органы власти',
    'national-government': 'Национальное правительство',
    'un-system': 'Система ООН',
    'international-organisation': 'Международная организация',
    'civil-society': 'Гражданское общество',
    'migrant-organisation': 'Организация мигрантов или диаспоры',
    'private-sector': 'Частный сектор',
    'trade-union': 'Профсоюз',
    academia: 'Научное сообщество',
    network: 'Сеть',
    other: 'Другое',
  },
  statuses: {
    planned: 'Запланировано',
    'in-progress': 'Выполняется',
    fulfilled: 'Выполнено',
  },
  scopes: {
    local: 'Местный',
    subnational: 'Субнациональный',
    national: 'Национальный',
    regional: 'Региональный',
    global: 'Глобальный',
  },
  forms: {
    financial: 'Финансирование',
    'human-resources': 'Кадровые ресурсы',
    process: 'Процессы',
    policy: 'Политика',
  },
  types: {
    individual: 'Индивидуальное обязательство',
    common: 'Общее обязательство',
    partnership: 'Партнёрское обязательство',
    matching: 'Встречное обязательство',
  },
  objectiveLabels: [
    'Данные', // 1
    'Неблагоприятные факторы', // 2
    'Информация', // 3
    'Удостоверение личности', // 4
    'Легальные пути миграции', // 5
    'Достойная работа', // 6
    'Уязвимость', // 7
    'Пропавшие мигранты', // 8
    'Незаконный ввоз мигрантов', // 9
    'Торговля людьми', // 10
    'Управление границами', // 11
    'Проверка и направление', // 12
    'Альтернативы задержанию', // 13
    'Консульская защита', // 14
    'Базовые услуги', // 15
    'Интеграция и социальная сплочённость', // 16
    'Недопущение дискриминации', // 17
    'Навыки', // 18
    'Вклад диаспор', // 19
    'Денежные переводы', // 20
    'Возвращение и реинтеграция', // 21
    'Социальная защита', // 22
    'Международное сотрудничество', // 23
  ],
  objectiveListTitle: 'Цели Глобального договора о безопасной, упорядоченной и легальной миграции',
  allObjectives: 'Все цели',
  pledgeCount: {
    one: '{count} обязательство',
    few: '{count} обязательства',
    many: '{count} обязательств',
    other: '{count} обязательства',
  },
  objectiveNumber: 'Цель {n}',
  subscribe: 'Подписаться',
  subscribeSelection: 'Подписаться на эту подборку',
  subscribeAll: 'Подписаться на все обязательства',
  copyLink: 'Копировать ссылку',
  linkCopied: 'Ссылка скопирована',
  copyFailed: 'Не удалось скопировать',
  subscribeByEmail: 'Подписаться по электронной почте',
  emailAddress: 'Адрес электронной почты',
  emailInvalid: 'Введите действительный адрес электронной почты',
  subscribing: 'Оформление подписки…',
  subscribed: 'Подписка оформлена. Проверьте почту, чтобы подтвердить её.',
  subscribeFailed: 'Не удалось оформить подписку: {reason}. Попробуйте ещё раз.',
  emailServerStatus: 'сервер вернул код {status}',
  emailTimeout: 'сервер не ответил вовремя',
  emailNetwork: 'не удалось связаться с сервером',
  close: 'Закрыть',
  filters: 'Фильтры',
  objective: 'Цель',
  stakeholder: 'Тип заинтересованной стороны',
  country: 'Страна или регион',
  year: 'Год',
  search: 'Поиск',
  searchPlaceholder: 'Поиск обязательств',
  any: 'Все',
  clearFilters: 'Сбросить фильтры',
  sort: 'Сортировка',
  sortOrders: {
    newest: 'Сначала новые',
    oldest: 'Сначала старые',
    title: 'По названию',
  },
  noMatch: 'Нет обязательств, соответствующих этим фильтрам.',
  showing: 'Показаны {from}–{to} из {total}',
  previousPage: 'Предыдущая страница',
  nextPage: 'Следующая страница',
  pageOf: 'Страница {page} из {count}',
  loading: 'Загрузка обязательств…',
  loadFailed: 'Не удалось загрузить обязательства.',
  retry: 'Повторить попытку',
  feedErrors: {
    network: 'Проверьте подключение к интернету.',
    timeout: 'Сервер слишком долго не отвечал.',
    http: 'Сервер вернул ошибку.',
    'not-json': 'По этому адресу нет ленты.',
    'not-a-feed': 'Файл по этому адресу не является лентой обязательств.',
  },
  offline: 'Нет подключения к интернету: показаны обязательства, сохранённые {date}.',
  incomplete: {
    one: 'Не удалось показать {count} обязательство из этой ленты: в нём не хватает данных.',
    few: 'Не удалось показать {count} обязательства из этой ленты: в них не хватает данных.',
    many: 'Не удалось показать {count} обязательств из этой ленты: в них не хватает данных.',
    other: 'Не удалось показать {count} обязательства из этой ленты: в них не хватает данных.',
  },
  pledges: 'Обязательства',
  // pledge-feed, added with the board
  pagination: 'Страницы',
  // pledge-card, added with the card
  pledgeLoading: 'Загрузка обязательства…',
  pledgeLoadFailed: 'Не удалось загрузить обязательство.',
  pledgeNotFound: 'Этого обязательства нет в ленте.',
  // pledge-objective-list, added with the list
  objectiveOption: 'Цель {n}, {label}: {title} — {count}',
  objectiveListEmpty: 'Ни в одном обязательстве не указана цель.',
};
