import type {Messages} from '../messages.js';

/** Español. */
export const es: Messages = {
  submittedByOn: 'Enviado por {name} el {date}',
  submittedOn: 'Enviado el {date}',
  submittedBy: 'Enviado por {name}',
  updatedOn: 'Actualizado el {date}',
  showMore: 'Mostrar más',
  showLess: 'Mostrar menos',
  readPledge: 'Leer el compromiso completo',
  readPledgeTitled: 'Leer el compromiso completo: {title}',
  objectives: 'Objetivos',
  partners: 'Socios',
  matches: 'En respuesta al compromiso {id}',
  period: 'Período',
  periodRange: '{start} – {end}',
  periodFrom: 'desde {start}',
  periodUntil: 'hasta {end}',
  status: 'Estado',
  objectiveChip: 'Objetivo {n} del Pacto Mundial para la Migración Segura, Ordenada y Regular: {title}',
  stakeholders: {
    'local-government': 'Gobierno local',
    'national-government': 'Gobierno nacional',
    'un-system': 'Sistema de las Naciones Unidas',
    'international-organisation': 'Organización internacional',
    'civil-society': 'Sociedad civil',
    'migrant-organisation': 'Organización de migrantes o de la diáspora',
    'private-sector': 'Sector privado',
    'trade-union': 'Sindicato',
    academia: 'Mundo académico',
    network: 'Red',
    other: 'Otro',
  },
  statuses: {
    planned: 'Previsto',
    'in-progress': 'En curso',
    fulfilled: 'Cumplido',
  },
  scopes: {
    local: 'Local',
    subnational: 'Subnacional',
    national: 'Nacional',
    regional: 'Regional',
    global: 'Mundial',
  },
  forms: {
    financial: 'Financiación',
    'human-resources': 'Recursos humanos',
    process: 'Procesos',
    policy: 'Políticas',
  },
  types: {
    individual: 'Compromiso individual',
    common: 'Compromiso común',
    partnership: 'Compromiso en alianza',
    matching: 'Compromiso de contrapartida',
  },
  objectiveLabels: [
    'Datos', // 1
    'Factores adversos', // 2
    'Información', // 3
    'Identidad jurídica', // 4
    'Vías de migración regular', // 5
    'Trabajo decente', // 6
    'Vulnerabilidades', // 7
    'Migrantes desaparecidos', // 8
    'Tráfico ilícito de migrantes', // 9
    'Trata de personas', // 10
    'Gestión de fronteras', // 11
    'Verificación y derivación', // 12
    'Alternativas a la detención', // 13
    'Protección consular', // 14
    'Servicios básicos', // 15
    'Inclusión y cohesión social', // 16
    'No discriminación', // 17
    'Aptitudes', // 18
    'Contribución de las diásporas', // 19
    'Remesas', // 20
    'Retorno y reintegración', // 21
    'Protección social', // 22
    'Cooperación internacional', // 23
  ],
  objectiveListTitle: 'Objetivos del Pacto Mundial para la Migración Segura, Ordenada y Regular',
  allObjectives: 'Todos los objetivos',
  pledgeCount: {one: '{count} compromiso', many: '{count} compromisos', other: '{count} compromisos'},
  objectiveNumber: 'Objetivo {n}',
  subscribe: 'Suscribirse',
  subscribeSelection: 'Suscribirse a esta selección',
  subscribeAll: 'Suscribirse a todos los compromisos',
  copyLink: 'Copiar enlace',
  linkCopied: 'Enlace copiado',
  copyFailed: 'No se pudo copiar',
  subscribeByEmail: 'Suscribirse por correo electrónico',
  emailAddress: 'Correo electrónico',
  emailInvalid: 'Introduzca una dirección de correo electrónico válida',
  subscribing: 'Procesando la suscripción…',
  subscribed: 'Su suscripción se ha registrado. Revise su bandeja de entrada para confirmarla.',
  subscribeFailed: 'No se pudo completar la suscripción: {reason}. Vuelva a intentarlo.',
  emailServerStatus: 'el servidor respondió con el código {status}',
  emailTimeout: 'el servidor no respondió a tiempo',
  emailNetwork: 'no se pudo contactar con el servidor',
  close: 'Cerrar',
  filters: 'Filtros',
  objective: 'Objetivo',
  stakeholder: 'Tipo de parte interesada',
  country: 'País o región',
  year: 'Año',
  search: 'Buscar',
  searchPlaceholder: 'Buscar compromisos',
  any: 'Todos',
  clearFilters: 'Borrar filtros',
  sort: 'Ordenar por',
  sortOrders: {
    newest: 'Más recientes',
    oldest: 'Más antiguos',
    title: 'Título',
  },
  noMatch: 'Ningún compromiso coincide con estos filtros.',
  showing: 'Mostrando {from}–{to} de {total}',
  previousPage: 'Página anterior',
  nextPage: 'Página siguiente',
  pageOf: 'Página {page} de {count}',
  loading: 'Cargando compromisos…',
  loadFailed: 'No se pudieron cargar los compromisos.',
  retry: 'Reintentar',
  feedErrors: {
    network: 'Compruebe su conexión.',
    timeout: 'El servidor tardó demasiado en responder.',
    http: 'El servidor respondió con un error.',
    'not-json': 'Esta dirección no devuelve una fuente de datos.',
    'not-a-feed': 'El archivo de esta dirección no es una fuente de compromisos.',
    'too-large': 'Esta fuente es demasiado grande para mostrarse aquí.',
  },
  savedCopy: {
    offline: 'Sin conexión: se muestran los compromisos guardados el {date}.',
    unreachable: 'No se pudo acceder a la fuente: se muestran los compromisos guardados el {date}.',
    timeout: 'El servidor de la fuente tardó demasiado en responder: se muestran los compromisos guardados el {date}.',
    serverError: 'El servidor de la fuente respondió con un error: se muestran los compromisos guardados el {date}.',
    busy: 'El servidor de la fuente está saturado: se muestran los compromisos guardados el {date}.',
  },
  partialFeed: 'No se pudieron cargar algunos compromisos de esta fuente.',
  incomplete: {
    one: 'No se pudo mostrar {count} compromiso de esta fuente porque está incompleto.',
    many: 'No se pudieron mostrar {count} compromisos de esta fuente porque están incompletos.',
    other: 'No se pudieron mostrar {count} compromisos de esta fuente porque están incompletos.',
  },
  repeatedId: {
    one: 'No se pudo mostrar {count} compromiso porque otro compromiso de la fuente tiene el mismo identificador.',
    many: 'No se pudieron mostrar {count} compromisos porque otros compromisos de la fuente tienen los mismos identificadores.',
    other:
      'No se pudieron mostrar {count} compromisos porque otros compromisos de la fuente tienen los mismos identificadores.',
  },
  pledges: 'Compromisos',
  // pledge-feed, added with the board
  pagination: 'Páginas',
  // pledge-card, added with the card
  pledgeLoading: 'Cargando el compromiso…',
  pledgeLoadFailed: 'No se pudo cargar el compromiso.',
  pledgeNotFound: 'Este compromiso no está en la fuente.',
  // pledge-objective-list, added with the list
  objectiveOption: 'Objetivo {n}, {label}: {title} — {count}',
  objectiveListEmpty: 'Ningún compromiso menciona un objetivo.',
};
