import type {Messages} from '../messages.js';

// One table for Brazil and Portugal (`pt`, `pt-BR` and `pt-PT` all read it), so where the
// two differ it takes a word both use: "inscrição" (not "assinatura"/"subscrição"),
// "Academia" (not "acadêmico"/"académico"), "armazenados" (not "salvos"/"guardados"),
// "feed" and "link", and nouns in place of the gerund ("Carregamento…", not "Carregando…"
// or "A carregar…"). Spelling follows the 1990 Agreement, common to both ("atualizado",
// "seleção", "setor"). Dates, numbers and plural rules still follow the page's own tag.
// The Compact's name and the objectives follow IOM Brazil's Portuguese; "tráfico ilícito
// de migrantes" (smuggling) and "tráfico de pessoas" (trafficking) are UNODC's Portuguese.

/** Português. */
export const pt: Messages = {
  submittedByOn: 'Apresentado por {name} em {date}',
  submittedOn: 'Apresentado em {date}',
  submittedBy: 'Apresentado por {name}',
  updatedOn: 'Atualizado em {date}',
  showMore: 'Mostrar mais',
  showLess: 'Mostrar menos',
  readPledge: 'Ler o compromisso completo',
  readPledgeTitled: 'Ler o compromisso completo: {title}',
  objectives: 'Objetivos',
  partners: 'Parceiros',
  matches: 'Em resposta ao compromisso {id}',
  period: 'Período',
  periodRange: '{start} – {end}',
  periodFrom: 'a partir de {start}',
  periodUntil: 'até {end}',
  status: 'Situação',
  objectiveChip: 'Objetivo {n} do Pacto Global para uma Migração Segura, Ordenada e Regular: {title}',
  stakeholders: {
    'local-government': 'Governo local',
    'national-government': 'Governo nacional',
    'un-system': 'Sistema das Nações Unidas',
    'international-organisation': 'Organização internacional',
    'civil-society': 'Sociedade civil',
    'migrant-organisation': 'Organização de migrantes ou da diáspora',
    'private-sector': 'Setor privado',
    'trade-union': 'Sindicato',
    academia: 'Academia',
    network: 'Rede',
    other: 'Outro',
  },
  statuses: {
    planned: 'Previsto',
    'in-progress': 'Em curso',
    fulfilled: 'Cumprido',
  },
  scopes: {
    local: 'Local',
    subnational: 'Subnacional',
    national: 'Nacional',
    regional: 'Regional',
    global: 'Global',
  },
  forms: {
    financial: 'Financiamento',
    'human-resources': 'Recursos humanos',
    process: 'Processos',
    policy: 'Políticas públicas',
  },
  types: {
    individual: 'Compromisso individual',
    common: 'Compromisso comum',
    partnership: 'Compromisso em parceria',
    matching: 'Compromisso de contrapartida',
  },
  objectiveLabels: [
    'Dados', // 1
    'Fatores adversos', // 2
    'Informação', // 3
    'Identidade legal', // 4
    'Vias de migração regular', // 5
    'Trabalho decente', // 6: IOM's and Brazil's term; Portugal's ILO office says "trabalho digno"
    'Vulnerabilidades', // 7
    'Migrantes desaparecidos', // 8
    'Tráfico ilícito de migrantes', // 9
    'Tráfico de pessoas', // 10
    'Gestão de fronteiras', // 11
    'Triagem e encaminhamento', // 12
    'Alternativas à detenção', // 13
    'Proteção consular', // 14
    'Serviços básicos', // 15
    'Inclusão e coesão social', // 16
    'Não discriminação', // 17
    'Competências', // 18
    'Contribuição das diásporas', // 19
    'Remessas', // 20
    'Retorno e reintegração', // 21
    'Proteção social', // 22
    'Cooperação internacional', // 23
  ],
  objectiveListTitle: 'Objetivos do Pacto Global para uma Migração Segura, Ordenada e Regular',
  allObjectives: 'Todos os objetivos',
  // `one` is 0 and 1 in Brazil's rules, 1 alone in Portugal's. `many` is an exact million,
  // which Portuguese reads as a noun: "1.000.000 de compromissos" (um milhão de).
  pledgeCount: {one: '{count} compromisso', many: '{count} de compromissos', other: '{count} compromissos'},
  objectiveNumber: 'Objetivo {n}',
  subscribe: 'Inscrever-se',
  subscribeSelection: 'Inscrever-se nesta seleção',
  subscribeAll: 'Inscrever-se em todos os compromissos',
  copyLink: 'Copiar link',
  linkCopied: 'Link copiado',
  copyFailed: 'Não foi possível copiar',
  subscribeByEmail: 'Inscrever-se por e-mail',
  emailAddress: 'Endereço de e-mail',
  emailInvalid: 'Insira um endereço de e-mail válido',
  subscribing: 'Inscrição em curso…',
  subscribed: 'A sua inscrição foi recebida. Verifique a sua caixa de entrada para confirmá-la.',
  subscribeFailed: 'Não foi possível concluir a inscrição: {reason}. Tente novamente.',
  emailServerStatus: 'o servidor respondeu com o código {status}',
  emailTimeout: 'o servidor não respondeu a tempo',
  emailNetwork: 'o servidor está inacessível',
  close: 'Fechar',
  filters: 'Filtros',
  objective: 'Objetivo',
  stakeholder: 'Tipo de parte interessada',
  country: 'País ou região',
  year: 'Ano',
  search: 'Pesquisar',
  searchPlaceholder: 'Pesquisar compromissos',
  any: 'Todos',
  clearFilters: 'Limpar filtros',
  sort: 'Ordenar por',
  sortOrders: {
    newest: 'Mais recentes',
    oldest: 'Mais antigos',
    title: 'Título',
  },
  noMatch: 'Nenhum compromisso corresponde a estes filtros.',
  showing: 'Compromissos {from}–{to} de {total}',
  previousPage: 'Página anterior',
  nextPage: 'Página seguinte',
  pageOf: 'Página {page} de {count}',
  loading: 'Carregamento dos compromissos…',
  loadFailed: 'Não foi possível carregar os compromissos.',
  retry: 'Tentar novamente',
  feedErrors: {
    network: 'Verifique o acesso à internet.',
    timeout: 'O servidor demorou muito a responder.',
    http: 'O servidor respondeu com um erro.',
    'not-json': 'Este endereço não fornece um feed.',
    'not-a-feed': 'O conteúdo deste endereço não é um feed de compromissos.',
    'too-large': 'Este feed é grande demais para ser mostrado aqui.',
  },
  savedCopy: {
    offline: 'Sem acesso à internet: são mostrados os compromissos armazenados em {date}.',
    unreachable: 'O feed não está disponível: são mostrados os compromissos armazenados em {date}.',
    timeout: 'O servidor do feed demorou muito a responder: são mostrados os compromissos armazenados em {date}.',
    serverError: 'O servidor do feed respondeu com um erro: são mostrados os compromissos armazenados em {date}.',
    busy: 'O servidor do feed está sobrecarregado: são mostrados os compromissos armazenados em {date}.',
  },
  partialFeed: 'Não foi possível carregar alguns compromissos deste feed.',
  incomplete: {
    one: '{count} compromisso deste feed não pôde ser mostrado porque está incompleto.',
    many: '{count} de compromissos deste feed não puderam ser mostrados porque estão incompletos.',
    other: '{count} compromissos deste feed não puderam ser mostrados porque estão incompletos.',
  },
  repeatedId: {
    one: '{count} compromisso não pôde ser mostrado porque outro compromisso do feed tem o mesmo identificador.',
    many: '{count} de compromissos não puderam ser mostrados porque outros compromissos do feed têm os mesmos identificadores.',
    other:
      '{count} compromissos não puderam ser mostrados porque outros compromissos do feed têm os mesmos identificadores.',
  },
  pledges: 'Compromissos',
  // pledge-feed, added with the board
  pagination: 'Páginas',
  // pledge-card, added with the card
  pledgeLoading: 'Carregamento do compromisso…',
  pledgeLoadFailed: 'Não foi possível carregar o compromisso.',
  pledgeNotFound: 'Este compromisso não está no feed.',
  // pledge-objective-list, added with the list
  objectiveOption: 'Objetivo {n}, {label}: {title} — {count}',
  objectiveListEmpty: 'Nenhum compromisso menciona um objetivo.',
};
