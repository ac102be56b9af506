import type {LocaleTable} from '../messages.js';

/** Español. */
export const es: LocaleTable = [
  'Enviado por {name} el {date}', // submittedByOn
  'Enviado el {date}', // submittedOn
  'Enviado por {name}', // submittedBy
  'Actualizado el {date}', // updatedOn
  'Mostrar más', // showMore
  'Mostrar menos', // showLess
  'Leer el compromiso completo', // readPledge
  'Leer el compromiso completo: {title}', // readPledgeTitled
  'Objetivos', // objectives
  'Socios', // partners
  'En respuesta al compromiso {id}', // matches
  'Período', // period
  '{start} – {end}', // periodRange
  'desde {start}', // periodFrom
  'hasta {end}', // periodUntil
  'Estado', // status
  'Objetivo {n} del Pacto Mundial para la Migración Segura, Ordenada y Regular: {title}', // objectiveChip
  // stakeholders
  [
    'Gobierno local', // local-government
    'Gobierno nacional', // national-government
    'Sistema de las Naciones Unidas', // un-system
    'Organización internacional', // international-organisation
    'Sociedad civil', // civil-society
    'Organización de migrantes o de la diáspora', // migrant-organisation
    'Sector privado', // private-sector
    'Sindicato', // trade-union
    'Mundo académico', // academia
    'Red', // network
    'Otro', // other
  ],
  // statuses
  [
    'Previsto', // planned
    'En curso', // in-progress
    'Cumplido', // fulfilled
  ],
  // scopes
  [
    'Local', // local
    'Subnacional', // subnational
    'Nacional', // national
    'Regional', // regional
    'Mundial', // global
  ],
  // forms
  [
    'Financiación', // financial
    'Recursos humanos', // human-resources
    'Procesos', // process
    'Políticas', // policy
  ],
  // types
  [
    'Compromiso individual', // individual
    'Compromiso común', // common
    'Compromiso en alianza', // partnership
    'Compromiso de contrapartida', // matching
  ],
  // objectiveLabels
  [
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
  'Objetivos del Pacto Mundial para la Migración Segura, Ordenada y Regular', // objectiveListTitle
  'Todos los objetivos', // allObjectives
  {one: '{count} compromiso', many: '{count} compromisos', other: '{count} compromisos'}, // pledgeCount
  'Objetivo {n}', // objectiveNumber
  'Suscribirse', // subscribe
  'Suscribirse a esta selección', // subscribeSelection
  'Suscribirse a todos los compromisos', // subscribeAll
  'Copiar enlace', // copyLink
  'Enlace copiado', // linkCopied
  'No se pudo copiar', // copyFailed
  'Suscribirse por correo electrónico', // subscribeByEmail
  'Correo electrónico', // emailAddress
  'Introduzca una dirección de correo electrónico válida', // emailInvalid
  'Procesando la suscripción…', // subscribing
  'Su suscripción se ha registrado. Revise su bandeja de entrada para confirmarla.', // subscribed
  'No se pudo completar la suscripción: {reason}. Vuelva a intentarlo.', // subscribeFailed
  'el servidor respondió con el código {status}', // emailServerStatus
  'el servidor no respondió a tiempo', // emailTimeout
  'no se pudo contactar con el servidor', // emailNetwork
  'Cerrar', // close
  'Filtros', // filters
  'Objetivo', // objective
  'Tipo de parte interesada', // stakeholder
  'País o región', // country
  'Año', // year
  'Buscar', // search
  'Buscar compromisos', // searchPlaceholder
  'Todos', // any
  'Borrar filtros', // clearFilters
  'Ordenar por', // sort
  // sortOrders
  [
    'Más recientes', // newest
    'Más antiguos', // oldest
    'Título', // title
  ],
  'Ningún compromiso coincide con estos filtros.', // noMatch
  'Mostrando {from}–{to} de {total}', // showing
  'Página anterior', // previousPage
  'Página siguiente', // nextPage
  'Página {page} de {count}', // pageOf
  'Cargando compromisos…', // loading
  'No se pudieron cargar los compromisos.', // loadFailed
  'Reintentar', // retry
  // feedErrors
  [
    'Compruebe su conexión.', // network
    'El servidor tardó demasiado en responder.', // timeout
    'El servidor respondió con un error.', // http
    'Esta dirección no devuelve una fuente de datos.', // not-json
    'El archivo de esta dirección no es una fuente de compromisos.', // not-a-feed
  ],
  'Sin conexión: se muestran los compromisos guardados el {date}.', // offline
  // incomplete
  {
    one: 'No se pudo mostrar {count} compromiso de esta fuente porque está incompleto.',
    many: 'No se pudieron mostrar {count} compromisos de esta fuente porque están incompletos.',
    other: 'No se pudieron mostrar {count} compromisos de esta fuente porque están incompletos.',
  },
  'Compromisos', // pledges
  // pledge-feed, added with the board
  'Páginas', // pagination
  // pledge-card, added with the card
  'Cargando el compromiso…', // pledgeLoading
  'No se pudo cargar el compromiso.', // pledgeLoadFailed
  'Este compromiso no está en la fuente.', // pledgeNotFound
  // pledge-objective-list, added with the list
  'Objetivo {n}, {label}: {title} — {count}', // objectiveOption
  'Ningún compromiso menciona un objetivo.', // objectiveListEmpty
];
