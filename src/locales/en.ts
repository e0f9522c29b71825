// English strings, built into each element (one module per element, so each carries only its own);
// together they define the Messages type that every other locale must satisfy.
import { share } from './en/share.js';
import { support } from './en/support.js';
import { feedback } from './en/feedback.js';
import { author } from './en/author.js';
import { fediverse } from './en/fediverse.js';
import { more } from './en/more.js';

export { share, support, feedback, author, fediverse, more };
export const en = { share, support, feedback, author, fediverse, more };

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** Every string Afterword shows, by element. */
export type Messages = Widen<typeof en>;
