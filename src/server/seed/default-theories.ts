import type { IndicatorKey } from '../../shared/indicators';
import type { TheoryColumn, TheoryContent } from '../../shared/schemas/theories';

/**
 * The theories of change Brobygger ships (issue 8), built from the purposes the seeds state: SKP
 * outreach (seed 000), CTI, ICM and ACT (seed 001), the acute crisis center (seed 002) and
 * recovery-oriented residential care (seed 004). They are data a leader adapts: a unit without a
 * saved theory for a method is shown the default (`isDefault: true`); saving makes it the unit's own.
 * Targets are suggestions and baselines unknown (null); the period is the current calendar year.
 */

type Bind = { key: IndicatorKey; target: number };
type El = [id: string, column: TheoryColumn, text: string, bind?: Bind];
type Link = [from: string, to: string, assumption?: string];
type Def = { title: string; elements: El[]; links: Link[] };

const R = 'resources', A = 'activities', O = 'outputs', S = 'shortTerm', L = 'longTerm';

const outreach: Def = {
  title: 'Forandringsteori for opsøgende arbejde (SKP)',
  elements: [
    ['r1', R, 'Støtte- og kontaktpersoner, der kan arbejde i par og har tid til at være vedholdende'],
    ['r2', R, 'Formel og uformel kollegial sparring'],
    ['r3', R, 'Kendskab til steder, hvor borgerne færdes, og samarbejdspartnere, der henviser'],
    ['a1', A, 'Kontaktskabelse: observere, opsøge borgeren dér, hvor borgeren er, og lade vide, at vi har været forbi'],
    ['a2', A, 'Relationsarbejde: faste møder på borgerens præmisser med fokus på borgerens ønsker og ressourcer'],
    ['a3', A, 'Brobygning og overdragelse til tilbud, som borgeren selv ønsker'],
    ['o1', O, 'Borgere i målgruppen opnår en indledende kontakt', { key: 'daysToFirstContact', target: 30 }],
    ['o2', O, 'Kontaktforsøgene følger den aftalte kontaktplan', { key: 'overdueContacts', target: 0 }],
    ['o3', O, 'Borgeren henvises og følges til relevante tilbud'],
    ['s1', S, 'Borgeren indgår i en stabil kontakt med en støtte- og kontaktperson'],
    ['s2', S, 'Borgeren får og fastholdes i den støtte, borgeren har brug for', { key: 'referralRetention', target: 0.7 }],
    ['s3', S, 'Borgeren når de mål, borgeren selv har sat', { key: 'goalsAchieved', target: 0.5 }],
    ['l1', L, 'Borgerens isolation er brudt, og borgerens sociale netværk er styrket'],
    ['l2', L, 'Borgerens psykiske og fysiske velbefindende er forbedret', { key: 'who5Change', target: 10 }],
  ],
  links: [
    ['r1', 'a1', 'Der kan gå mange afvisninger og flere måneder, før kontakten opnås: det kræver vedholdenhed og tålmodighed.'],
    ['r2', 'a1'],
    ['r3', 'a1'],
    ['a1', 'o1', 'Kontakt på borgerens præmisser giver borgeren en oplevelse af, at der er nogen, der vil ham eller hende.'],
    ['a1', 'o2'],
    ['a2', 's1', 'Ligeværdige relationer og fokus på det, der betyder noget for borgeren, gør kontakten bæredygtig.'],
    ['a3', 'o3'],
    ['o3', 's2', 'Når medarbejderen bygger bro og overdrager personligt, bliver borgeren i tilbuddet.'],
    ['s1', 'l1', 'En stabil relation åbner for nye relationer og fællesskaber (recovery- og empowermentperspektiv).'],
    ['s2', 'l2'],
    ['s3', 'l2'],
  ],
};

const crisis: Def = {
  title: 'Forandringsteori for akutkrisecenter',
  elements: [
    ['r1', R, 'Skærmet døgntilbud med læge på tilkald, tilknyttet psykiater og socialfagligt personale'],
    ['r2', R, 'Samarbejdsaftale med hjemkommunen og en udpeget social mentor'],
    ['r3', R, 'Spottere på væresteder, i misbrugscentret og i det opsøgende arbejde'],
    ['a1', A, 'Spotning, screening og hurtig afhentning af borgere i akut krise'],
    ['a2', A, 'Omsorgspræget ophold med stabilisering, rådgivning og motiverende samtaler'],
    ['a3', A, 'Midtvejsmøde med borgeren og hjemkommunen, hvor handleplanen justeres'],
    ['a4', A, 'Udslusning og brobygning til hjemkommunen'],
    ['o1', O, 'Borgeren afhentes hurtigt, når indskrivningen er besluttet', { key: 'requestToPickup', target: 1 }],
    ['o2', O, 'Midtvejsmødet holdes til tiden', { key: 'midwayOnTime', target: 0.9 }],
    ['o3', O, 'Et støtteberedskab står klar i hjemkommunen ved hjemkomst', { key: 'supportAtHomecoming', target: 0.9 }],
    ['s1', S, 'Borgerens akutte situation er stabiliseret, og der er ro om borgeren'],
    ['s2', S, 'Borgeren har større tillid til hjemkommunen og tager imod dens tilbud'],
    ['s3', S, 'Borgeren tager kontakt til værested, behandling og andre tilbud i hjemkommunen'],
    ['l1', L, 'Det aktuelle stofmisbrug og derouten er reduceret'],
    ['l2', L, 'Borgeren har en bedre situation med hensyn til misbrug, økonomi og bolig', { key: 'housingKept', target: 0.6 }],
  ],
  links: [
    ['r3', 'a1', 'Spotterne færdes, hvor borgerne er, og kender dem.'],
    ['r2', 'a3'],
    ['r1', 'a2'],
    ['a1', 'o1', 'Udsigten til et ophold kan være forbundet med angst: venter borgeren, forsvinder motivationen.'],
    ['a2', 's1', 'Trygge rammer uden krav om stoffrihed giver den ro, der skal til for at stabilisere.'],
    ['a3', 'o2'],
    ['a4', 'o3'],
    ['o2', 's2', 'Når hjemkommunen deltager under opholdet, vokser borgerens tillid til den.'],
    ['o3', 's3', 'Hjemkomsten er det kritiske punkt: støtten skal være klar, før borgeren kommer hjem.'],
    ['s1', 'l1'],
    ['s3', 'l2'],
  ],
};

const cti: Def = {
  title: 'Forandringsteori for CTI (Critical Time Intervention)',
  elements: [
    ['r1', R, 'CTI-medarbejdere med få borgere hver og kendskab til det sociale system', { key: 'caseloadPerWorker', target: 10 }],
    ['r2', R, 'Metodemanual, supervision og aftaler med de tilbud, der overtager'],
    ['a1', A, 'Fase 1: tæt kontakt, afdækning af behov og hjælp til at flytte ind og bo i egen bolig'],
    ['a2', A, 'Fase 2: afprøvning af netværk og støtte, som justeres efter borgerens erfaringer'],
    ['a3', A, 'Fase 3: overdragelse af ansvaret til borgerens faste netværk'],
    ['o1', O, 'Borgeren har en § 141-handleplan og højst tre fokusområder'],
    ['o2', O, 'Borgeren er knyttet til de rette tilbud og et netværk'],
    ['o3', O, 'Forløbet gennemføres inden for 9 måneder', { key: 'ctiCompletedInTime', target: 0.8 }],
    ['s1', S, 'Borgeren er fastholdt i tilbud og netværk, når forløbet slutter'],
    ['s2', S, 'Borgeren når de mål, der er sat i forløbet', { key: 'goalsAchieved', target: 0.5 }],
    ['l1', L, 'Borgeren bevarer sin bolig og vender ikke tilbage til herberget', { key: 'housingKept', target: 0.8 }],
    ['l2', L, 'Borgeren klarer hverdagen med støtte fra det faste netværk'],
  ],
  links: [
    ['r1', 'a1', 'Et intensivt, tidsafgrænset forløb kræver få borgere pr. medarbejder.'],
    ['a1', 'o1'],
    ['a2', 'o2', 'Støtte, der er afprøvet i borgerens hverdag, holder bedre end støtte på papiret.'],
    ['a3', 'o3'],
    ['o2', 's1', 'Overgangen er den kritiske tid: støtten skal være på plads, før CTI-medarbejderen trækker sig.'],
    ['s1', 'l1'],
    ['s1', 'l2'],
    ['s2', 'l2'],
  ],
};

const icm: Def = {
  title: 'Forandringsteori for ICM (Intensive Case Management)',
  elements: [
    ['r1', R, 'ICM-medarbejdere med et begrænset antal borgere hver', { key: 'caseloadPerWorker', target: 15 }],
    ['r2', R, 'Samarbejde med jobcenter, misbrugsbehandling, psykiatri og sundhedsvæsen'],
    ['a1', A, 'Praktisk og social støtte i hverdagen, hjemme hos borgeren'],
    ['a2', A, 'Koordinering af borgerens kontakt til de instanser, borgeren har brug for'],
    ['a3', A, 'Borgerens korte feedback efter hver samtale (FIT)'],
    ['o1', O, 'Borgeren har én koordinerende støtteperson og en ICM-plan'],
    ['o2', O, 'Samtaler, hvor borgeren giver feedback', { key: 'feedbackShare', target: 0.8 }],
    ['o3', O, 'Borgeren henvises til og kommer frem til relevante tilbud', { key: 'referralRetention', target: 0.7 }],
    ['s1', S, 'Borgeren møder op til aftaler og modtager den hjælp, borgeren har ret til'],
    ['s2', S, 'Borgeren når sine egne mål', { key: 'goalsAchieved', target: 0.5 }],
    ['l1', L, 'Borgeren klarer hverdagen, bevarer boligen og har kontakt til det øvrige sociale system'],
    ['l2', L, 'Borgerens trivsel er forbedret', { key: 'who5Change', target: 10 }],
  ],
  links: [
    ['r1', 'a1'],
    ['r2', 'a2'],
    ['a2', 'o1', 'Én fast person, der koordinerer, forhindrer at borgeren falder mellem instanserne.'],
    ['a2', 'o3'],
    ['a3', 'o2', 'Løbende feedback gør det muligt at tilpasse støtten, før borgeren falder fra.'],
    ['o3', 's1'],
    ['a1', 's2'],
    ['s1', 'l1', 'Støtten er tidsubegrænset: den varer, så længe borgeren har brug for den.'],
    ['s2', 'l2'],
  ],
};

const act: Def = {
  title: 'Forandringsteori for ACT (Assertive Community Treatment)',
  elements: [
    ['r1', R, 'Tværfagligt team: sygeplejerske, misbrugsbehandler, psykiater, beskæftigelseskonsulent, sagsbehandler med myndighed og peer'],
    ['r2', R, 'Få borgere pr. teammedlem og fælles ansvar for alle teamets borgere', { key: 'caseloadPerWorker', target: 10 }],
    ['r3', R, 'Dagligt teammøde'],
    ['a1', A, 'Opsøgende støtte hjemme hos borgeren og i lokalområdet'],
    ['a2', A, 'Beslutninger træffes på stedet af teamets sagsbehandler med myndighed'],
    ['a3', A, 'Integreret behandling af misbrug og psykiske vanskeligheder'],
    ['o1', O, 'Borgeren ses af teamet i sine egne omgivelser'],
    ['o2', O, 'Borgeren har en § 141-handleplan og en kriseplan'],
    ['o3', O, 'Borgerens kontakt med instanserne er samlet i teamet'],
    ['s1', S, 'Borgeren er i stabil kontakt med teamet og i behandling'],
    ['s2', S, 'Borgeren når sine egne mål', { key: 'goalsAchieved', target: 0.5 }],
    ['l1', L, 'Borgeren lever et stabilt liv i eget hjem med færre kriser og indlæggelser'],
    ['l2', L, 'Borgerens trivsel er forbedret', { key: 'who5Change', target: 10 }],
  ],
  links: [
    ['r1', 'a2', 'Når teamet rummer de nødvendige fagligheder og myndighed, kan hjælpen gives, hvor borgeren er.'],
    ['r3', 'a1', 'Det daglige møde gør det delte ansvar praktisk: alle kender alle borgere.'],
    ['r2', 'a1'],
    ['a1', 'o1'],
    ['a2', 'o3'],
    ['a3', 's1'],
    ['o1', 's1', 'Borgere, der ikke selv kan møde op, tager imod hjælp, der kommer til dem.'],
    ['o2', 's2'],
    ['s1', 'l1'],
    ['s2', 'l2'],
  ],
};

const residential: Def = {
  title: 'Forandringsteori for recovery-orienteret botilbud',
  elements: [
    ['r1', R, 'Fælles recovery-orienteret faglighed og kompetent faglig ledelse'],
    ['r2', R, 'Specialiseret team med viden om psykiske vanskeligheder og misbrug'],
    ['r3', R, 'Peer-medarbejder med peer-uddannelse'],
    ['a1', A, 'Følge beboerens motivation, håb og drømme i et ligeværdigt partnerskab'],
    ['a2', A, 'Støtte meningsfulde aktiviteter og socialt samvær på botilbuddet og i lokalsamfundet'],
    ['a3', A, 'Skadesreduktion uden krav om ophør'],
    ['a4', A, 'Forebygge, håndtere og lære af voldsomme episoder'],
    ['a5', A, 'Faste samarbejdsmøder internt og med misbrugsbehandling og psykiatri'],
    ['o1', O, 'Beboeren har egne mål, som følges op'],
    ['o2', O, 'Beboeren deltager i aktiviteter, der ikke handler om misbrug'],
    ['s1', S, 'Større trivsel og tryghed for beboere og medarbejdere', { key: 'violentEpisodes', target: 2 }],
    ['s2', S, 'Beboeren oplever kontrol i eget liv og når sine mål', { key: 'goalsAchieved', target: 0.5 }],
    ['s3', S, 'Færre følgeskader af misbruget'],
    ['l1', L, 'Beboeren kommer sig: et meningsfuldt liv med trivsel, selvstændighed og mestring', { key: 'who5Change', target: 10 }],
    ['l2', L, 'Beboeren er forbundet med andre og en del af lokalsamfundet'],
  ],
  links: [
    ['r1', 'a1', 'Medarbejdernes tro på beboerens muligheder for at komme sig er central for recovery.'],
    ['r2', 'a3'],
    ['r3', 'a1', 'Peerstøtte giver større forbundethed og åbenhed.'],
    ['a1', 'o1'],
    ['a2', 'o2'],
    ['a4', 's1', 'Trivsel og tryghed hos beboere og medarbejdere hænger sammen og giver færre voldsomme episoder.'],
    ['a3', 's3', 'Skadesreduktion styrker beboerens oplevelse af kontrol.'],
    ['a5', 's3'],
    ['o1', 's2'],
    ['o2', 'l2', 'Meningsfulde aktiviteter og fællesskab med andre fremmer recovery.'],
    ['s2', 'l1'],
    ['s1', 'l1'],
  ],
};

/** The shipped defaults by method; the crisis pathway (the municipality's side) shares the center's. */
const defaults: Record<string, Def> = { outreach, crisis_stay: crisis, crisis_pathway: crisis, cti, icm, act, residential };

/** The default theory for a method (none for a method without one), with targets for `year`. */
export function defaultTheory(method: string, year: number): TheoryContent | undefined {
  const def = defaults[method];
  if (!def) return undefined;
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  return {
    title: def.title,
    elements: def.elements.map(([id, column, text, bind]) => ({ id, column, text, indicator: bind ? { key: bind.key, baseline: null, target: bind.target, period } : null })),
    links: def.links.map(([from, to, assumption]) => ({ from, to, assumption: assumption ?? null })),
  };
}

export const methodsWithDefaultTheory = Object.keys(defaults);
