// Submissions as CSV (RFC 4180) that a spreadsheet opens safely.
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
];

/**
 * One cell. A reader's text that starts like a formula (= + - @, or a tab or carriage return
 * that some spreadsheets skip) gets a leading apostrophe so it is shown, never evaluated.
 */
export function csvCell(value: string | null): string {
  if (value === null || value === '') return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A header row and one row per item, CRLF line ends, with a BOM so spreadsheets read UTF-8. */
export function toCsv(items: Item[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const item of items) lines.push(COLUMNS.map(([, get]) => csvCell(get(item))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
