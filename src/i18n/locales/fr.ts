import type {LocaleTable} from '../messages.js';

// French typography: a no-break space (\u00a0) before a colon.

/** Français. */
export const fr: LocaleTable = [
  'Soumis par {name} le {date}', // submittedByOn
  'Soumis le {date}', // submittedOn
  'Soumis par {name}', // submittedBy
  'Mis à jour le {date}', // updatedOn
  'Afficher plus', // showMore
  'Afficher moins', // showLess
  'Lire l’engagement complet', // readPledge
  'Lire l’engagement complet\u00a0: {title}', // readPledgeTitled
  'Objectifs', // objectives
  'Partenaires', // partners
  'En réponse à l’engagement {id}', // matches
  'Période', // period
  '{start} – {end}', // periodRange
  // "à partir de" would need "du" before a full date: a label reads right with all three.
  'début\u00a0: {start}', // periodFrom
  'fin\u00a0: {end}', // periodUntil
  'Statut', // status
  'Objectif {n} du Pacte mondial pour des migrations sûres, ordonnées et régulières\u00a0: {title}', // objectiveChip
  // stakeholders
  [
    'Collectivité locale', // local-government
    'Gouvernement national', // national-government
    'Système des Nations Unies', // un-system
    'Organisation internationale', // international-organisation
    'Société civile', // civil-society
    'Organisation de migrants ou de la diaspora', // migrant-organisation
    'Secteur privé', // private-sector
    'Syndicat', // trade-union
    'Milieu universitaire', // academia
    'Réseau', // network
    'Autre', // other
  ],
  // statuses
  [
    'Prévu', // planned
    'En cours', // in-progress
    'Réalisé', // fulfilled
  ],
  // scopes
  [
    'Local', // local
    'Infranational', // subnational
    'National', // national
    'Régional', // regional
    'Mondial', // global
  ],
  // forms
  [
    'Financement', // financial
    'Ressources humaines', // human-resources
    'Processus', // process
    'Politiques publiques', // policy
  ],
  // types
  [
    'Engagement individuel', // individual
    'Engagement commun', // common
    'Engagement en partenariat', // partnership
    'Engagement de contrepartie', // matching
  ],
  // objectiveLabels
  [
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
  'Objectifs du Pacte mondial pour des migrations sûres, ordonnées et régulières', // objectiveListTitle
  'Tous les objectifs', // allObjectives
  {one: '{count} engagement', many: '{count} engagements', other: '{count} engagements'}, // pledgeCount
  'Objectif {n}', // objectiveNumber
  'S’abonner', // subscribe
  'S’abonner à cette sélection', // subscribeSelection
  'S’abonner à tous les engagements', // subscribeAll
  'Copier le lien', // copyLink
  'Lien copié', // linkCopied
  'Échec de la copie', // copyFailed
  'S’abonner par e-mail', // subscribeByEmail
  'Adresse e-mail', // emailAddress
  'Saisissez une adresse e-mail valide', // emailInvalid
  'Abonnement en cours…', // subscribing
  'Votre abonnement est enregistré. Consultez votre boîte de réception pour le confirmer.', // subscribed
  'L’abonnement a échoué\u00a0: {reason}. Veuillez réessayer.', // subscribeFailed
  'le serveur a répondu avec le code {status}', // emailServerStatus
  'le serveur n’a pas répondu à temps', // emailTimeout
  'le serveur est injoignable', // emailNetwork
  'Fermer', // close
  'Filtres', // filters
  'Objectif', // objective
  'Type de partie prenante', // stakeholder
  'Pays ou région', // country
  'Année', // year
  'Rechercher', // search
  'Rechercher des engagements', // searchPlaceholder
  'Tous', // any
  'Effacer les filtres', // clearFilters
  'Trier par', // sort
  // sortOrders
  [
    'Les plus récents', // newest
    'Les plus anciens', // oldest
    'Titre', // title
  ],
  'Aucun engagement ne correspond à ces filtres.', // noMatch
  'Affichage de {from} à {to} sur {total}', // showing
  'Page précédente', // previousPage
  'Page suivante', // nextPage
  'Page {page} sur {count}', // pageOf
  'Chargement des engagements…', // loading
  'Impossible de charger les engagements.', // loadFailed
  'Réessayer', // retry
  // feedErrors
  [
    'Vérifiez votre connexion.', // network
    'Le serveur a mis trop de temps à répondre.', // timeout
    'Le serveur a répondu par une erreur.', // http
    'Cette adresse ne renvoie pas de flux.', // not-json
    'Le fichier à cette adresse n’est pas un flux d’engagements.', // not-a-feed
  ],
  'Vous êtes hors connexion\u00a0: affichage des engagements enregistrés le {date}.', // offline
  // incomplete
  {
    one: '{count} engagement de ce flux n’a pas pu être affiché, car il est incomplet.',
    many: '{count} engagements de ce flux n’ont pas pu être affichés, car ils sont incomplets.',
    other: '{count} engagements de ce flux n’ont pas pu être affichés, car ils sont incomplets.',
  },
  'Engagements', // pledges
  // pledge-feed, added with the board
  'Pages', // pagination
  // pledge-card, added with the card
  'Chargement de l’engagement…', // pledgeLoading
  'Impossible de charger l’engagement.', // pledgeLoadFailed
  'Cet engagement ne figure pas dans le flux.', // pledgeNotFound
  // pledge-objective-list, added with the list
  'Objectif {n}, {label}\u00a0: {title} — {count}', // objectiveOption
  'Aucun engagement ne mentionne d’objectif.', // objectiveListEmpty
];
