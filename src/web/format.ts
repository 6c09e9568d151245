const TIME_ZONE = 'Europe/Copenhagen';

const dateParts = new Intl.DateTimeFormat('da-DK', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
const timeParts = new Intl.DateTimeFormat('da-DK', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** dd.mm.yyyy in Europe/Copenhagen; a plain date (yyyy-mm-dd) is shown as it is, without time zone shifts. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (plain) return `${plain[3]}.${plain[2]}.${plain[1]}`;
  const parts = dateParts.formatToParts(new Date(value));
  return `${part(parts, 'day')}.${part(parts, 'month')}.${part(parts, 'year')}`;
}

/** dd.mm.yyyy hh:mm in Europe/Copenhagen. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  const t = timeParts.formatToParts(d);
  return `${formatDate(value)} ${part(t, 'hour')}:${part(t, 'minute')}`;
}


const wallParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function wall(d: Date) {
  const p = wallParts.formatToParts(d);
  return { y: part(p, 'year'), m: part(p, 'month'), d: part(p, 'day'), h: part(p, 'hour'), min: part(p, 'minute') };
}

/** Today's date (yyyy-mm-dd) in Europe/Copenhagen. */
export function todayLocal(now = new Date()): string {
  const w = wall(now);
  return `${w.y}-${w.m}-${w.d}`;
}

/** An instant as the value of a datetime-local input (yyyy-mm-ddThh:mm), in Europe/Copenhagen. */
export function toLocalInput(value: string | Date): string {
  const w = wall(new Date(value));
  return `${w.y}-${w.m}-${w.d}T${w.h}:${w.min}`;
}

/** A datetime-local value read as Europe/Copenhagen wall time, as an ISO instant; null when invalid. */
export function fromLocalInput(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return null;
  const asUtc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const w = wall(new Date(guess));
    const shown = Date.UTC(+w.y, +w.m - 1, +w.d, +w.h, +w.min);
    guess += asUtc - shown;
  }
  return new Date(guess).toISOString();
}
