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
 * Every `<` is written as \u003c, so no value can close the script element or open a comment
 * in it (the browser reads a script's text raw, up to the first `</script`).
 */
export function personJsonLd(person: Person): string {
  const name = person.name?.trim();
  if (!name) return '';
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name,
  };
  for (const key of ['image', 'jobTitle', 'url'] as const) {
    const value = person[key]?.trim();
    if (value) data[key] = value;
  }
  if (person.sameAs?.length) data.sameAs = person.sameAs;
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
