import { v7 as uuidv7 } from 'uuid';

/** Ids are UUIDv7 (time-ordered); clients may create them for idempotent writes. */
export const newId = (): string => uuidv7();
