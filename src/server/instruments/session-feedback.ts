import type { InstrumentDefinition, Text } from './model';

const anchors = { min: { da: 'Slet ikke', en: 'Not at all' }, max: { da: 'Helt og aldeles', en: 'Completely' } };
const item = (id: string, text: Text) => ({ id, text, min: 0, max: 10, integer: true, anchors });

/**
 * Session feedback written for Brobygger (not the licensed ORS/SRS wording): four questions of 0–10
 * about the session just held. A total below 36 of 40, or a drop of 2 or more since the previous
 * session, is flagged for the worker to talk about.
 */
export const sessionFeedback: InstrumentDefinition = {
  key: 'session_feedback',
  version: 1,
  name: { da: 'Din mening om samtalen', en: 'Your view of the session' },
  kind: 'session',
  intro: {
    da: 'Hvordan var det at være sammen i dag? Der er ingen rigtige eller forkerte svar. Dine svar hjælper os til at gøre det bedre.',
    en: 'How was our time together today? There are no right or wrong answers. Your answers help us do better.',
  },
  credit: null,
  items: [
    item('heard', { da: 'Jeg følte mig hørt og respekteret', en: 'I felt heard and respected' }),
    item('topics', { da: 'Vi talte om det, jeg gerne ville tale om', en: 'We talked about what I wanted to talk about' }),
    item('approach', { da: 'Måden, vi arbejdede på i dag, passede mig', en: 'The way we worked today suited me' }),
    item('overall', { da: 'Alt i alt var det en god samtale for mig', en: 'Overall, it was a good session for me' }),
  ],
  scoring: { method: 'sum', multiplier: 1 },
  cutoffs: [{ id: 'lowFeedback', value: 36, rule: 'below', label: { da: 'Lav tilbagemelding (under 36)', en: 'Low feedback (below 36)' } }],
  reliableChange: 2,
  flags: { totalBelow: 36, dropOf: 2 },
};
