/**
 * The demo organisation. Everything here is fictional. Demo citizens carry no CPR numbers: any
 * well-formed CPR number could belong to a real person.
 */
export const demoOrganisations = [
  { key: 'demo', name: 'Demo Kommune', kind: 'municipality', units: ['SKP-teamet', 'Værestedet', 'CTI-teamet', 'ACT-teamet', 'Myndighed'] },
  { key: 'crisis', name: 'Akutkrisecentret', kind: 'crisis_center', units: ['Akutkrisecentret'] },
  { key: 'residential', name: 'Bostedet', kind: 'residential', units: ['Bostedet'] },
  { key: 'other', name: 'Anden Kommune', kind: 'municipality', units: ['Opsøgende team'] },
] as const;

/** Units that are method teams, and their members' disciplines. */
export const demoTeams: { unit: string; method: string; members: { username: string; discipline: string }[] }[] = [
  { unit: 'CTI-teamet', method: 'cti', members: [{ username: 'cti', discipline: 'case_manager' }] },
  {
    unit: 'ACT-teamet',
    method: 'act',
    members: [
      { username: 'act', discipline: 'support_worker' },
      { username: 'actsyg', discipline: 'nurse' },
      { username: 'actmyn', discipline: 'case_officer' },
    ],
  },
];

type OrgKey = (typeof demoOrganisations)[number]['key'];

export type DemoUser = {
  username: string;
  displayName: string;
  descriptionKey: string;
  roles: { org: OrgKey; unit?: string; role: string }[];
};

export const demoUsers: DemoUser[] = [
  {
    username: 'admin',
    displayName: 'Ada Admin',
    descriptionKey: 'admin',
    roles: (['demo', 'crisis', 'residential', 'other'] as const).map((org) => ({ org, role: 'admin' })),
  },
  { username: 'vita', displayName: 'Vita Sørensen', descriptionKey: 'skpWorker', roles: [{ org: 'demo', unit: 'SKP-teamet', role: 'worker' }] },
  { username: 'yosef', displayName: 'Yosef Haddad', descriptionKey: 'skpWorker', roles: [{ org: 'demo', unit: 'SKP-teamet', role: 'worker' }] },
  { username: 'leder', displayName: 'Lise Lauridsen', descriptionKey: 'leader', roles: [{ org: 'demo', unit: 'SKP-teamet', role: 'leader' }] },
  { username: 'mentor', displayName: 'Morten Juhl', descriptionKey: 'socialMentor', roles: [{ org: 'demo', unit: 'Myndighed', role: 'social_mentor' }] },
  { username: 'spotter', displayName: 'Sara Vinther', descriptionKey: 'spotter', roles: [{ org: 'demo', unit: 'Værestedet', role: 'spotter' }] },
  { username: 'krise', displayName: 'Kim Krogh', descriptionKey: 'crisisStaff', roles: [{ org: 'crisis', unit: 'Akutkrisecentret', role: 'worker' }] },
  { username: 'cti', displayName: 'Camilla Thers', descriptionKey: 'ctiCaseManager', roles: [{ org: 'demo', unit: 'CTI-teamet', role: 'worker' }] },
  { username: 'act', displayName: 'Anders Toft', descriptionKey: 'actMember', roles: [{ org: 'demo', unit: 'ACT-teamet', role: 'worker' }] },
  { username: 'actsyg', displayName: 'Signe Mørk', descriptionKey: 'actNurse', roles: [{ org: 'demo', unit: 'ACT-teamet', role: 'worker' }] },
  { username: 'actmyn', displayName: 'Malik Nour', descriptionKey: 'actCaseOfficer', roles: [{ org: 'demo', unit: 'ACT-teamet', role: 'case_officer' }] },
  { username: 'bo', displayName: 'Bo Nygaard', descriptionKey: 'residentialStaff', roles: [{ org: 'residential', unit: 'Bostedet', role: 'worker' }] },
  { username: 'peer', displayName: 'Pia Eriksen', descriptionKey: 'peerWorker', roles: [{ org: 'residential', unit: 'Bostedet', role: 'peer' }] },
  { username: 'boleder', displayName: 'Rikke Bang', descriptionKey: 'residentialLeader', roles: [{ org: 'residential', unit: 'Bostedet', role: 'leader' }] },
  { username: 'myndighed', displayName: 'Mona Dahl', descriptionKey: 'caseOfficer', roles: [{ org: 'demo', unit: 'Myndighed', role: 'case_officer' }] },
  { username: 'dpo', displayName: 'Dorthe Poulsen', descriptionKey: 'auditor', roles: [{ org: 'demo', role: 'auditor' }] },
  { username: 'anden', displayName: 'Anna Andersen', descriptionKey: 'otherMunicipality', roles: [{ org: 'other', unit: 'Opsøgende team', role: 'worker' }] },
];

export type DemoCitizen = {
  by: string;
  unit: string;
  method: 'outreach' | 'generic' | 'cti' | 'icm' | 'act' | 'residential';
  responsible: string[];
  citizen: Record<string, unknown>;
  notes: { by: string; daysAgo: number; text: string }[];
  startedDaysAgo?: number;
  plan?: { by: string; authors: string[]; where: string; how: string; cadenceDays: number; keepContact: string };
  attempts?: { by: string; with?: string[]; daysAgo: number; method: string; outcome: string; signsOfLife?: string[]; place?: string; observed?: string; nextInDays?: number }[];
};

export const demoCitizens: DemoCitizen[] = [
  {
    by: 'vita',
    unit: 'SKP-teamet',
    method: 'outreach',
    responsible: ['vita', 'yosef'],
    citizen: {
      kind: 'unidentified',
      alias: 'Manden for enden af grusvejen',
      description:
        'Formentlig en ældre mand, der bor alene på en forfalden gård for enden af grusvejen. Gården ser forladt ud på afstand, men der er tegn på liv.',
      place: 'Gården for enden af grusvejen, Lille Landsby',
      safetyNotes: ['Arbejd i par ved besøg', 'Muligvis en stor hund på gården', 'Medbring håndsprit og skoovertræk'],
    },
    startedDaysAgo: 25,
    plan: {
      by: 'vita',
      authors: ['yosef'],
      where: 'På gården for enden af grusvejen. Måske i Brugsen i landsbyen, hvis han handler der.',
      how: 'Vi kører derud i par, parkerer i gåafstand og banker på. Seddel i døren og postkort, så han ved, hvem vi er, og hvornår vi kommer igen.',
      cadenceDays: 7,
      keepContact: 'Faste dage, som han selv vælger. Tale om noget fælles tredje (gården, hunden). Altid komme, når vi har sagt det.',
    },
    attempts: [
      { by: 'vita', daysAgo: 22, method: 'observation', outcome: 'no_one_there', place: 'Grusvejen ved gården', observed: 'Kørte forbi gården. Ser forladt ud på afstand; ingen bil, ingen lys.' },
      {
        by: 'vita',
        with: ['yosef'],
        daysAgo: 15,
        method: 'door_knock',
        outcome: 'signs_of_life',
        signsOfLife: ['footprints', 'full_mailbox'],
        place: 'Gården for enden af grusvejen',
        observed: 'Postkassen er overfyldt, og der er fodspor i sneen — der bor nogen. Vita bankede på og trådte tilbage med siden til. Ingen åbnede.',
      },
      { by: 'yosef', with: ['vita'], daysAgo: 11, method: 'note_in_door', outcome: 'no_one_there', place: 'Gården for enden af grusvejen', observed: 'Satte en lille seddel i døren for at se, om den er væk næste gang.' },
      {
        by: 'yosef',
        daysAgo: 8,
        method: 'postcard',
        outcome: 'signs_of_life',
        signsOfLife: ['note_gone'],
        place: 'Gården for enden af grusvejen',
        observed: 'Sedlen i døren er væk. Lagde et postkort: hvem vi er, hvorfor vi kom forbi, og at vi kommer igen i næste uge.',
      },
    ],
    notes: [
      {
        by: 'vita',
        daysAgo: 21,
        text: 'Har tidligere bemærket den forfaldne gård for enden af grusvejen. I tvivl om den er forladt, eller om der bor nogen, som kan have brug for indsatsen.',
      },
      {
        by: 'vita',
        daysAgo: 14,
        text: 'Første besøg sammen med Yosef. Parkerede i gåafstand for ikke at skræmme. Postkassen er overfyldt, og der er fodspor i sneen — der bor nogen. Bankede på og trådte et par skridt tilbage med siden til. Ingen åbnede i dag.',
      },
      {
        by: 'yosef',
        daysAgo: 7,
        text: 'Lagde et postkort i postkassen: hvem vi er, hvorfor vi kom forbi, og at vi kommer igen torsdag i næste uge. Sedlen, vi satte i døren sidst, er væk.',
      },
    ],
  },
  {
    by: 'yosef',
    unit: 'SKP-teamet',
    method: 'outreach',
    responsible: ['yosef'],
    citizen: {
      kind: 'unidentified',
      alias: 'Kvinden på bænken ved biblioteket',
      description: 'Kvinde i 50’erne, sidder ofte på bænken ved biblioteket om formiddagen med to indkøbsposer.',
      place: 'Bænken ved hovedbiblioteket',
      safetyNotes: [],
    },
    notes: [{ by: 'yosef', daysAgo: 3, text: 'Observerede fra afstand ved 10-tiden. Hun fodrede duerne og talte kort med bibliotekaren.' }],
  },
  {
    by: 'vita',
    unit: 'SKP-teamet',
    method: 'outreach',
    responsible: ['vita'],
    startedDaysAgo: 60,
    citizen: {
      kind: 'identified',
      name: 'Jonas Vestergaard',
      birthYear: 1979,
      noFixedAddress: true,
      homeMunicipality: 'Demo Kommune',
      preferredLanguage: 'dansk',
      ownWords: {
        whatMatters: 'Min hund, Balder. Og at jeg selv bestemmer, hvornår vi ses.',
        hopesAndDreams: 'En lille lejlighed med plads til Balder. Måske fiske igen.',
        wantHelpWith: 'Papirer fra kommunen — jeg kan ikke overskue brevene.',
        doNotWant: 'At blive sendt på herberg. Og ingen møder før kl. 11.',
      },
      safetyNotes: ['Ring før besøg — bliver urolig ved uanmeldte besøg'],
    },
    notes: [
      { by: 'vita', daysAgo: 30, text: 'Mødtes på bænken ved havnen, snakkede om fiskeri (fælles tredje). Jonas accepterede, at vi ses igen næste uge.' },
      { by: 'vita', daysAgo: 9, text: 'Gik en tur med Jonas og Balder. Han viste mig breve fra kommunen, som han ikke har åbnet. Aftalte at se på dem sammen.' },
    ],
  },
  {
    by: 'cti',
    unit: 'CTI-teamet',
    method: 'cti',
    startedDaysAgo: 40,
    responsible: ['cti'],
    citizen: {
      kind: 'identified',
      name: 'Kirsten Holm',
      birthYear: 1968,
      address: 'Eksempelvej 12, 2. tv., 9999 Demoby',
      homeMunicipality: 'Demo Kommune',
      ownWords: { whatMatters: 'At beholde lejligheden.', hopesAndDreams: 'At se mine børnebørn oftere.', wantHelpWith: 'Økonomien.', doNotWant: '' },
    },
    notes: [{ by: 'cti', daysAgo: 5, text: 'Hjemmebesøg. Kirsten har fået nøgler til lejligheden og er flyttet ind. Vi talte om, hvad der skal være fokus de første tre måneder.' }],
  },
  {
    by: 'act',
    unit: 'ACT-teamet',
    method: 'act',
    startedDaysAgo: 60,
    responsible: ['act', 'actsyg'],
    citizen: {
      kind: 'identified',
      name: 'Henrik Bach',
      birthYear: 1985,
      noFixedAddress: true,
      homeMunicipality: 'Demo Kommune',
      ownWords: { whatMatters: 'Hunden og at have et sted at sove.', hopesAndDreams: 'En lille lejlighed med have.', wantHelpWith: 'Lægen og medicinen.', doNotWant: 'At skulle møde op på et kontor.' },
    },
    notes: [{ by: 'act', daysAgo: 2, text: 'Mødte Henrik på bænken ved stationen. Han vil gerne have hjælp til at få fornyet sin recept.' }],
  },
  {
    by: 'act',
    unit: 'ACT-teamet',
    method: 'act',
    startedDaysAgo: 20,
    responsible: ['act'],
    citizen: { kind: 'identified', name: 'Lone Berg', birthYear: 1979, address: 'Testvænget 8, st. th., 9999 Demoby', homeMunicipality: 'Demo Kommune' },
    notes: [{ by: 'actsyg', daysAgo: 9, text: 'Hjemmebesøg. Lone virkede urolig og havde ikke sovet i flere døgn.' }],
  },
  {
    by: 'cti',
    unit: 'CTI-teamet',
    method: 'icm',
    startedDaysAgo: 120,
    responsible: ['cti'],
    citizen: {
      kind: 'identified',
      name: 'Jonas Friis',
      birthYear: 1974,
      address: 'Demovej 21, 1. mf., 9999 Demoby',
      homeMunicipality: 'Demo Kommune',
      ownWords: { whatMatters: 'At have styr på mine papirer.', hopesAndDreams: 'Et job med hænderne.', wantHelpWith: 'Jobcentret og lægen.', doNotWant: '' },
    },
    notes: [],
  },
  {
    by: 'bo',
    unit: 'Bostedet',
    method: 'residential',
    responsible: ['bo'],
    citizen: {
      kind: 'identified',
      name: 'Ali Rahimi',
      birthYear: 1990,
      address: 'Bostedet, værelse 4',
      homeMunicipality: 'Demo Kommune',
      ownWords: { whatMatters: 'Musik og min bror.', hopesAndDreams: 'At spille i et band igen.', wantHelpWith: 'At komme op om morgenen.', doNotWant: 'Mere medicin.' },
    },
    notes: [{ by: 'bo', daysAgo: 1, text: 'Ali spillede guitar i fællesrummet i aften. Godt humør.' }],
    startedDaysAgo: 150,
  },
  {
    by: 'bo',
    unit: 'Bostedet',
    method: 'residential',
    responsible: ['bo'],
    citizen: {
      kind: 'identified',
      name: 'Maja Kristensen',
      birthYear: 1983,
      address: 'Bostedet, værelse 7',
      homeMunicipality: 'Demo Kommune',
      ownWords: { whatMatters: 'Min hund og min datter.', hopesAndDreams: 'At få min egen lejlighed igen.', wantHelpWith: 'Økonomien og at skære ned.', doNotWant: 'At blive talt ned til.' },
    },
    notes: [{ by: 'bo', daysAgo: 0, text: 'Maja var urolig i nat efter et telefonopkald. Sov først ved 3-tiden.' }],
    startedDaysAgo: 120,
  },
  {
    by: 'bo',
    unit: 'Bostedet',
    method: 'residential',
    responsible: ['bo'],
    citizen: { kind: 'identified', name: 'Tobias Winther', birthYear: 1995, address: 'Bostedet, værelse 2', homeMunicipality: 'Demo Kommune', ownWords: { whatMatters: 'Computerspil og fodbold.', hopesAndDreams: 'En uddannelse som tømrer.', wantHelpWith: 'At holde styr på aftaler.', doNotWant: '' } },
    notes: [],
    startedDaysAgo: 400,
  },
  {
    by: 'bo',
    unit: 'Bostedet',
    method: 'residential',
    responsible: ['bo'],
    citizen: { kind: 'identified', name: 'Helle Jakobsen', birthYear: 1968, address: 'Bostedet, værelse 9', homeMunicipality: 'Demo Kommune', ownWords: { whatMatters: 'Mine planter og ro.', hopesAndDreams: 'At se min søster oftere.', wantHelpWith: 'Lægebesøg.', doNotWant: 'Store forsamlinger.' } },
    notes: [],
    startedDaysAgo: 700,
  },
  {
    by: 'myndighed',
    unit: 'Myndighed',
    method: 'generic',
    responsible: ['myndighed'],
    citizen: { kind: 'identified', name: 'Susanne Lund', birthYear: 1963, address: 'Prøvegade 3, 9999 Demoby', homeMunicipality: 'Demo Kommune' },
    notes: [],
  },
  {
    by: 'anden',
    unit: 'Opsøgende team',
    method: 'generic',
    responsible: ['anden'],
    citizen: { kind: 'identified', name: 'Erik Anden', birthYear: 1970, homeMunicipality: 'Anden Kommune' },
    notes: [{ by: 'anden', daysAgo: 4, text: 'Første samtale i Anden Kommune.' }],
  },
];
