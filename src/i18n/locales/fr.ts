import type {Messages} from '../messages.js';

// French typography: a no-break space (\u00a0) before a colon.

/** Français. */
export const fr: Messages = {
  submittedByOn: 'Soumis par {name} le {date}',
  submittedOn: 'Soumis le {date}',
  submittedBy: 'Soumis par {name}',
  updatedOn: 'Mis à jour le {date}',
  showMore: 'Afficher plus',
  showLess: 'Afficher moins',
  readPledge: 'Lire l’engagement complet',
  readPledgeTitled: 'Lire l’engagement complet\u00a0: {title}',
  objectives: 'Objectifs',
  partners: 'Partenaires',
  matches: 'En réponse à l’engagement {id}',
  period: 'Période',
  periodRange: '{start} – {end}',
  // "à partir de" would need "du" before a full date: a label reads right with all three.
  periodFrom: 'début\u00a0: {start}',
  periodUntil: 'fin\u00a0: {end}',
  status: 'Statut',
  objectiveChip: 'Objectif {n} du Pacte mondial pour des migrations sûres, ordonnées et régulières\u00a0: {title}',
  stakeholders: {
    'local-government': 'Collectivité locale',
    'national-government': 'Gouvernement national',
    'un-system': 'Système des Nations Unies',
    'international-organisation': 'Organisation internationale',
    'civil-society': 'Société civile',
    'migrant-organisation': 'Organisation de migrants ou de la diaspora',
    'private-sector': 'Secteur privé',
    'trade-union': 'Syndicat',
    academia: 'Milieu universitaire',
    network: 'Réseau',
    other: 'Autre',
  },
  statuses: {
    planned: 'Prévu',
    'in-progress': 'En cours',
    fulfilled: 'Réalisé',
  },
  scopes: {
    local: 'Local',
    subnational: 'Infranational',
    national: 'National',
    regional: 'Régional',
    global: 'Mondial',
  },
  forms: {
    financial: 'Financement',
    'human-resources': 'Ressources humaines',
    process: 'Processus',
    policy: 'Politiques publiques',
  },
  types: {
    individual: 'Engagement individuel',
    common: 'Engagement commun',
    partnership: 'Engagement en partenariat',
    matching: 'Engagement de contrepartie',
  },
  objectiveLabels: [
    'Données', // 1
    'Facteurs négatifs', // 2
    'Information', // 3
    'Identité juridique', // 4
    'Filières de migration régulière', // 5
    'Travail décent', // 6
    'Vulnérabilités', // 7
    'Migrants disparus', // 8
    'Trafic illicite de migrants', // 9
    'Traite des personnes', // 10
    'Gestion des frontières', // 11
    'Filtrage et orientation', // 12
    'Alternatives à la rétention', // 13
    'Protection consulaire', // 14
    'Services de base', // 15
    'Inclusion et cohésion sociale', // 16
    'Non-discrimination', // 17
    'Compétences', // 18
    'Contributions des diasporas', // 19
    'Envois de fonds', // 20
    'Retour et réintégration', // 21
    'Protection sociale', // 22
    'Coopération internationale', // 23
  ],
  objectiveListTitle: 'Objectifs du Pacte mondial pour des migrations sûres, ordonnées et régulières',
  allObjectives: 'Tous les objectifs',
  pledgeCount: {one: '{count} engagement', many: '{count} engagements', other: '{count} engagements'},
  objectiveNumber: 'Objectif {n}',
  subscribe: 'S’abonner',
  subscribeSelection: 'S’abonner à cette sélection',
  subscribeAll: 'S’abonner à tous les engagements',
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié',
  copyFailed: 'Échec de la copie',
  subscribeByEmail: 'S’abonner par e-mail',
  emailAddress: 'Adresse e-mail',
  emailInvalid: 'Saisissez une adresse e-mail valide',
  subscribing: 'Abonnement en cours…',
  subscribed: 'Votre abonnement est enregistré. Consultez votre boîte de réception pour le confirmer.',
  subscribeFailed: 'L’abonnement a échoué\u00a0: {reason}. Veuillez réessayer.',
  emailServerStatus: 'le serveur a répondu avec le code {status}',
  emailTimeout: 'le serveur n’a pas répondu à temps',
  emailNetwork: 'le serveur est injoignable',
  close: 'Fermer',
  filters: 'Filtres',
  objective: 'Objectif',
  stakeholder: 'Type de partie prenante',
  country: 'Pays ou région',
  year: 'Année',
  search: 'Rechercher',
  searchPlaceholder: 'Rechercher des engagements',
  any: 'Tous',
  clearFilters: 'Effacer les filtres',
  sort: 'Trier par',
  sortOrders: {
    newest: 'Les plus récents',
    oldest: 'Les plus anciens',
    title: 'Titre',
  },
  noMatch: 'Aucun engagement ne correspond à ces filtres.',
  showing: 'Affichage de {from} à {to} sur {total}',
  previousPage: 'Page précédente',
  nextPage: 'Page suivante',
  pageOf: 'Page {page} sur {count}',
  loading: 'Chargement des engagements…',
  loadFailed: 'Impossible de charger les engagements.',
  retry: 'Réessayer',
  feedErrors: {
    network: 'Vérifiez votre connexion.',
    timeout: 'Le serveur a mis trop de temps à répondre.',
    http: 'Le serveur a répondu par une erreur.',
    'not-json': 'Cette adresse ne renvoie pas de flux.',
    'not-a-feed': 'Le fichier à cette adresse n’est pas un flux d’engagements.',
    'too-large': 'Ce flux est trop volumineux pour être affiché ici.',
  },
  savedCopy: {
    offline: 'Vous êtes hors connexion\u00a0: affichage des engagements enregistrés le {date}.',
    unreachable: 'Le flux est inaccessible\u00a0: affichage des engagements enregistrés le {date}.',
    timeout:
      'Le serveur du flux a mis trop de temps à répondre\u00a0: affichage des engagements enregistrés le {date}.',
    serverError: 'Le serveur du flux a répondu par une erreur\u00a0: affichage des engagements enregistrés le {date}.',
    busy: 'Le serveur du flux est surchargé\u00a0: affichage des engagements enregistrés le {date}.',
  },
  partialFeed: 'Certains engagements de ce flux n’ont pas pu être chargés.',
  incomplete: {
    one: '{count} engagement de ce flux n’a pas pu être affiché, car il est incomplet.',
    many: '{count} engagements de ce flux n’ont pas pu être affichés, car ils sont incomplets.',
    other: '{count} engagements de ce flux n’ont pas pu être affichés, car ils sont incomplets.',
  },
  repeatedId: {
    one: '{count} engagement n’a pas pu être affiché, car un autre engagement du flux porte le même identifiant.',
    many: '{count} engagements n’ont pas pu être affichés, car d’autres engagements du flux portent les mêmes identifiants.',
    other:
      '{count} engagements n’ont pas pu être affichés, car d’autres engagements du flux portent les mêmes identifiants.',
  },
  pledges: 'Engagements',
  // pledge-feed, added with the board
  pagination: 'Pages',
  // pledge-card, added with the card
  pledgeLoading: 'Chargement de l’engagement…',
  pledgeLoadFailed: 'Impossible de charger l’engagement.',
  pledgeNotFound: 'Cet engagement ne figure pas dans le flux.',
  // pledge-objective-list, added with the list
  objectiveOption: 'Objectif {n}, {label}\u00a0: {title} — {count}',
  objectiveListEmpty: 'Aucun engagement ne mentionne d’objectif.',
};
