// An article's date in the page's language ("27 Nov 2026", "27.11.2026", "٢٧‏/١١‏/٢٠٢٦").

const formats = new Map<string, Intl.DateTimeFormat>();

/** `date` as the reader's language writes a date, with the month short; ISO for a tag Intl refuses. */
export function formatDate(date: Date, lang: string): string {
  try {
    let f = formats.get(lang);
    if (!f) formats.set(lang, (f = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' })));
    return f.format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}
