// Where messages that could not be sent yet wait: read without the form's code, so the loader
// knows at once whether a page view has something to retry.
import { readJson } from '../shared/storage.js';
import type { Queued } from './transport.js';

export type Area = 'local' | 'session';
export const QUEUE = 'afterword:feedback:queue';
/** Tips wait in the tab's session only; everything else in local storage. */
export const AREAS: Area[] = ['local', 'session'];

export const read = (area: Area): Queued[] => {
  const q = readJson<Queued[]>(QUEUE, area);
  return Array.isArray(q) ? q : [];
};

/** Every message waiting to be sent again, tips included. */
export const queued = (): Queued[] => AREAS.flatMap(read);
