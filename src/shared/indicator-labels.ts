/**
 * The words for an indicator's breakdown labels and distribution buckets, through the i18n keys of
 * the domain each comes from; shared by the dashboard (i18next) and the exports (the JSON files).
 * `lookup` answers a key's text, or undefined when there is none (the code itself is shown then).
 */
export type Lookup = (key: string) => string | undefined;

export function breakdownLabel(lookup: Lookup, key: string, label: string): string {
  const tr = (k: string) => lookup(k) ?? label;
  switch (key) {
    case 'citizensByPhase': {
      const [method, phase] = label.split('.');
      return `${lookup(`methods.${method}`) ?? method} · ${lookup(`phases.${phase}`) ?? phase}`;
    }
    case 'inboundBySource':
      return tr(`inbound.sources.${label}`);
    case 'supportAtHomecoming':
    case 'housingKept':
      return tr(`endReasons.${label}`);
    case 'caseloadPerWorker':
      return tr(`methods.${label}`);
    case 'goalsAchieved':
      return tr(`goalStatuses.${label}`);
    case 'violentEpisodes':
      return tr(`residence.episodeTypes.${label}`);
    default:
      return tr(`dashboard.breakdown.${label}`);
  }
}

/** A named bucket (improved, worsened, …) translated; a numeric range is left to the caller. */
export const namedBucket = (lookup: Lookup, bucket: string): string | null => (/^[a-z]+$/i.test(bucket) ? (lookup(`dashboard.buckets.${bucket}`) ?? bucket) : null);

/** A lookup into one language's i18n resource (nested objects, dotted keys). */
export function lookupIn(resource: unknown): Lookup {
  return (key) => {
    let at: unknown = resource;
    for (const part of key.split('.')) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined;
    return typeof at === 'string' ? at : undefined;
  };
}
