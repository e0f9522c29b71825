// Submissions as CSV (RFC 4180) that a spreadsheet opens safely, a header and then rows, so an
// export can be written a few hundred rows at a time.
import type { Item } from './db.js';

const COLUMNS: [string, (item: Item) => string | null][] = [
  ['id', (i) => i.id],
  ['receivedAt', (i) => i.receivedAt],
  ['kind', (i) => i.kind],
  ['message', (i) => i.message],
  ['name', (i) => i.name],
  ['email', (i) => i.email],
  ['quote', (i) => i.quote],
  ['pageUrl', (i) => i.page.url],
  ['pageTitle', (i) => i.page.title],
  ['lang', (i) => i.lang],
  ['createdAt', (i) => i.createdAt],
  ['handledAt', (i) => i.handledAt],
  ['encrypted', (i) => i.encrypted],
  ['spam', (i) => i.spam],
  ['note', (i) => i.note],
];

/** Columns whose text is never a formula: an armored OpenPGP block (the schema admits nothing else). */
const VERBATIM = new Set(['encrypted']);

/**
 * One cell. A reader's text that starts like a formula (= + - @, or a tab or carriage return
 * that some spreadsheets skip) gets a leading apostrophe so it is shown, never evaluated; a
 * sealed message stays exactly as stored, so that it decrypts as exported.
 */
export function csvCell(value: string | null, verbatim = false): string {
  if (value === null || value === '') return '';
  const safe = !verbatim && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The header row, with a BOM so spreadsheets read UTF-8; CRLF line ends. */
export const csvHeader = (): string => `\uFEFF${COLUMNS.map(([name]) => name).join(',')}\r\n`;

export const csvRow = (item: Item): string =>
  `${COLUMNS.map(([name, get]) => csvCell(get(item), VERBATIM.has(name))).join(',')}\r\n`;
