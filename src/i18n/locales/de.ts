import type {Messages} from '../messages.js';

// German typography: the Gedankenstrich is an en dash with spaces (–), not an em dash;
// an ellipsis that follows a whole word takes a space before it, a no-break one (\u00a0)
// so it never starts a line. The reader is addressed formally (Sie).
// A pledge is a "Zusage", as the Federal Government calls the pledges of the Global
// Refugee Forum; the Compact's name and the objectives follow the UN's German text of
// A/RES/73/195 ("Globaler Pakt für eine sichere, geordnete und reguläre Migration").

/** Deutsch. */
export const de: Messages = {
  submittedByOn: 'Eingereicht von {name} am {date}',
  submittedOn: 'Eingereicht am {date}',
  submittedBy: 'Eingereicht von {name}',
  updatedOn: 'Aktualisiert am {date}',
  showMore: 'Mehr anzeigen',
  showLess: 'Weniger anzeigen',
  readPledge: 'Vollständige Zusage lesen',
  readPledgeTitled: 'Vollständige Zusage lesen: {title}',
  objectives: 'Ziele',
  partners: 'Partner',
  matches: 'Antwort auf Zusage {id}',
  period: 'Zeitraum',
  periodRange: '{start} – {end}',
  // "ab"/"bis" read right before a year, a month ("ab März 2024") and a full date.
  periodFrom: 'ab {start}',
  periodUntil: 'bis {end}',
  status: 'Status',
  objectiveChip: 'Ziel {n} des Globalen Paktes für eine sichere, geordnete und reguläre Migration: {title}',
  stakeholders: {
    'local-government': 'Kommune',
    'national-government': 'Nationale Regierung',
    'un-system': 'System der Vereinten Nationen',
    'international-organisation': 'Internationale Organisation',
    'civil-society': 'Zivilgesellschaft',
    'migrant-organisation': 'Migranten- oder Diasporaorganisation',
    'private-sector': 'Privatsektor',
    'trade-union': 'Gewerkschaft',
    academia: 'Wissenschaft',
    network: 'Netzwerk',
    other: 'Sonstige',
  },
  statuses: {
    planned: 'Geplant',
    'in-progress': 'In Umsetzung',
    fulfilled: 'Erfüllt',
  },
  scopes: {
    local: 'Lokal',
    subnational: 'Subnational',
    national: 'National',
    regional: 'Regional',
    global: 'Global',
  },
  forms: {
    financial: 'Finanzierung',
    'human-resources': 'Personal',
    process: 'Prozesse',
    policy: 'Politische Maßnahmen',
  },
  types: {
    individual: 'Einzelzusage',
    common: 'Gemeinsame Zusage',
    partnership: 'Partnerschaftliche Zusage',
    matching: 'Gegenzusage',
  },
  // Short forms of the UN's German titles ("nachteilige Triebkräfte", "prekäre
  // Situationen", "Schleusung", "Grundleistungen", "Rücküberweisungen").
  objectiveLabels: [
    'Daten', // 1
    'Nachteilige Triebkräfte', // 2
    'Information', // 3
    'Rechtliche Identität', // 4
    'Reguläre Migrationswege', // 5
    'Menschenwürdige Arbeit', // 6
    'Prekäre Situationen', // 7
    'Vermisste Migranten', // 8
    'Schleusung', // 9
    'Menschenhandel', // 10
    'Grenzmanagement', // 11
    'Prüfung und Weiterverweisung', // 12
    'Alternativen zur Haft', // 13: the title's "Freiheitsentziehung" is too long for a chip
    'Konsularischer Schutz', // 14
    'Grundleistungen', // 15
    'Inklusion und sozialer Zusammenhalt', // 16
    'Nichtdiskriminierung', // 17
    'Kompetenzen', // 18
    'Beiträge der Diaspora', // 19
    'Rücküberweisungen', // 20
    'Rückkehr und Reintegration', // 21
    'Soziale Sicherung', // 22
    'Internationale Zusammenarbeit', // 23
  ],
  objectiveListTitle: 'Ziele des Globalen Paktes für eine sichere, geordnete und reguläre Migration',
  allObjectives: 'Alle Ziele',
  pledgeCount: {one: '{count} Zusage', other: '{count} Zusagen'},
  objectiveNumber: 'Ziel {n}',
  subscribe: 'Abonnieren',
  subscribeSelection: 'Diese Auswahl abonnieren',
  subscribeAll: 'Alle Zusagen abonnieren',
  copyLink: 'Link kopieren',
  linkCopied: 'Link kopiert',
  copyFailed: 'Kopieren fehlgeschlagen',
  subscribeByEmail: 'Per E-Mail abonnieren',
  emailAddress: 'E-Mail-Adresse',
  emailInvalid: 'Geben Sie eine gültige E-Mail-Adresse ein',
  subscribing: 'Abonnement wird eingerichtet\u00a0…',
  subscribed: 'Ihr Abonnement ist eingegangen. Bitte bestätigen Sie es über die E-Mail in Ihrem Posteingang.',
  subscribeFailed: 'Das Abonnement ist fehlgeschlagen: {reason}. Bitte versuchen Sie es erneut.',
  // The reasons follow the colon of `subscribeFailed` as whole sentences, so they start
  // with a capital, as German writes a sentence after a colon.
  emailServerStatus: 'Der Server hat mit dem Status {status} geantwortet',
  emailTimeout: 'Der Server hat nicht rechtzeitig geantwortet',
  emailNetwork: 'Der Server ist nicht erreichbar',
  close: 'Schließen',
  filters: 'Filter',
  objective: 'Ziel',
  // Not "Interessenträgertyp": a compound that long overflows a narrow filter bar.
  stakeholder: 'Akteursgruppe',
  country: 'Land oder Region',
  year: 'Jahr',
  search: 'Suche',
  searchPlaceholder: 'Zusagen durchsuchen',
  any: 'Alle',
  clearFilters: 'Filter zurücksetzen',
  sort: 'Sortieren nach',
  sortOrders: {
    newest: 'Neueste zuerst',
    oldest: 'Älteste zuerst',
    title: 'Titel',
  },
  noMatch: 'Keine Zusage entspricht diesen Filtern.',
  showing: 'Zusagen {from}–{to} von {total}',
  previousPage: 'Vorherige Seite',
  nextPage: 'Nächste Seite',
  pageOf: 'Seite {page} von {count}',
  loading: 'Zusagen werden geladen\u00a0…',
  loadFailed: 'Die Zusagen konnten nicht geladen werden.',
  retry: 'Erneut versuchen',
  feedErrors: {
    network: 'Prüfen Sie Ihre Internetverbindung.',
    timeout: 'Der Server hat zu lange für die Antwort gebraucht.',
    http: 'Der Server hat mit einem Fehler geantwortet.',
    'not-json': 'Unter dieser Adresse ist kein Feed zu finden.',
    'not-a-feed': 'Die Datei unter dieser Adresse ist kein Feed mit Zusagen.',
    'too-large': 'Dieser Feed ist zu groß, um hier angezeigt zu werden.',
  },
  savedCopy: {
    offline: 'Sie sind offline: Angezeigt werden die am {date} gespeicherten Zusagen.',
    unreachable: 'Der Feed ist nicht erreichbar: Angezeigt werden die am {date} gespeicherten Zusagen.',
    timeout:
      'Der Server des Feeds hat zu lange für die Antwort gebraucht: Angezeigt werden die am {date} gespeicherten Zusagen.',
    serverError:
      'Der Server des Feeds hat mit einem Fehler geantwortet: Angezeigt werden die am {date} gespeicherten Zusagen.',
    busy: 'Der Server des Feeds ist überlastet: Angezeigt werden die am {date} gespeicherten Zusagen.',
  },
  partialFeed: 'Einige Zusagen dieses Feeds konnten nicht geladen werden.',
  incomplete: {
    one: '{count} Zusage in diesem Feed kann nicht angezeigt werden, weil sie unvollständig ist.',
    other: '{count} Zusagen in diesem Feed können nicht angezeigt werden, weil sie unvollständig sind.',
  },
  repeatedId: {
    one: '{count} Zusage kann nicht angezeigt werden, weil eine andere Zusage im Feed dieselbe Kennung hat.',
    other: '{count} Zusagen können nicht angezeigt werden, weil andere Zusagen im Feed dieselben Kennungen haben.',
  },
  pledges: 'Zusagen',
  // pledge-feed, added with the board
  pagination: 'Seiten',
  // pledge-card, added with the card
  pledgeLoading: 'Zusage wird geladen\u00a0…',
  pledgeLoadFailed: 'Die Zusage konnte nicht geladen werden.',
  pledgeNotFound: 'Diese Zusage ist nicht im Feed enthalten.',
  // pledge-objective-list, added with the list
  objectiveOption: 'Ziel {n}, {label}: {title} – {count}',
  objectiveListEmpty: 'Keine Zusage nennt ein Ziel.',
};
