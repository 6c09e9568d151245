import type { InstrumentDefinition, Text } from './model';

const when = (da: string, en: string): Text => ({ da: `I de sidste 2 uger ${da}`, en: `Over the last two weeks ${en}` });

/** The answer options, from 0 (at no time) to 5 (all of the time). */
const options: Text[] = [
  { da: 'På intet tidspunkt', en: 'At no time' },
  { da: 'Lidt af tiden', en: 'Some of the time' },
  { da: 'Lidt mindre end halvdelen af tiden', en: 'Less than half of the time' },
  { da: 'Lidt mere end halvdelen af tiden', en: 'More than half of the time' },
  { da: 'Det meste af tiden', en: 'Most of the time' },
  { da: 'Hele tiden', en: 'All of the time' },
];

const item = (id: string, text: Text) => ({ id, text, min: 0, max: 5, integer: true, options });

/**
 * WHO-5 Well-Being Index, official Danish wording. Public domain; © Psychiatric Centre North
 * Zealand (Psykiatrisk Center Nordsjælland), Hillerød. Raw 0–25 × 4 = 0–100; ≤ 50 suggests poor
 * wellbeing, < 28 likely depression; a change of 10 points is meaningful.
 */
export const who5: InstrumentDefinition = {
  key: 'who5',
  version: 1,
  name: { da: 'WHO-5 Trivselsindeks', en: 'WHO-5 Well-Being Index' },
  kind: 'outcome',
  intro: {
    da: 'Sæt kryds ved det svar, der passer bedst på, hvordan du har haft det i de sidste 2 uger.',
    en: 'Choose the answer closest to how you have been feeling over the last two weeks.',
  },
  credit: 'WHO-5 © Psykiatrisk Center Nordsjælland, Region Hovedstadens Psykiatri (Psychiatric Centre North Zealand). Public domain.',
  items: [
    item('cheerful', when('har jeg været glad og i godt humør', 'I have felt cheerful and in good spirits')),
    item('calm', when('har jeg følt mig rolig og afslappet', 'I have felt calm and relaxed')),
    item('active', when('har jeg følt mig aktiv og energisk', 'I have felt active and vigorous')),
    item('rested', when('er jeg vågnet frisk og udhvilet', 'I woke up feeling fresh and rested')),
    item('interest', when('har min dagligdag været fyldt med ting, der interesserer mig', 'my daily life has been filled with things that interest me')),
  ],
  scoring: { method: 'sum', multiplier: 4 },
  cutoffs: [
    { id: 'poorWellbeing', value: 50, rule: 'atMost', label: { da: 'Lav trivsel (50 eller derunder)', en: 'Poor wellbeing (50 or below)' } },
    { id: 'likelyDepression', value: 28, rule: 'below', label: { da: 'Mulig depression (under 28)', en: 'Likely depression (below 28)' } },
  ],
  reliableChange: 10,
};
