/** The future plan's questions, in the order they are asked. */
export const futurePlanFields = ['wishes', 'housing', 'substanceUse', 'finances', 'health', 'network', 'supportAtHome'] as const;
export type FuturePlanField = (typeof futurePlanFields)[number];
