// Builds the schema.org Person JSON-LD that search engines read beside the author card.

export interface Person {
  name?: string;
  image?: string;
  jobTitle?: string;
  url?: string;
  sameAs?: string[];
}

/**
 * The text of a `<script type="application/ld+json">` for a Person, or '' without a name.
 * `<`, `>`, `&` and the JavaScript line separators are written as \u escapes, so no value
 * can close the script element or start a comment in it.
 */
export function personJsonLd(person: Person): string {
  const name = person.name?.trim();
  if (!name) return '';
  const data: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'Person', name };
  for (const key of ['image', 'jobTitle', 'url'] as const) {
    const value = person[key]?.trim();
    if (value) data[key] = value;
  }
  if (person.sameAs?.length) data.sameAs = person.sameAs;
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
