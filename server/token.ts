// The author's token: given, or generated once and kept beside the database (mode 0600).
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

export interface Token {
  token: string;
  /** Where it came from: the options, the token file, or generated just now (saved to the file). */
  source: 'option' | 'file' | 'new';
  file: string | undefined;
}

export function loadToken(db: string, given: string | undefined): Token {
  if (given) return { token: given, source: 'option', file: undefined };
  if (db === ':memory:' || db === '')
    return { token: randomBytes(24).toString('base64url'), source: 'new', file: undefined };
  const file = `${db}.token`;
  try {
    const saved = readFileSync(file, 'utf8').trim();
    if (saved.length >= 8) return { token: saved, source: 'file', file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new Error(`cannot read the token file ${file}: ${(error as Error).message}`);
  }
  const token = randomBytes(24).toString('base64url');
  try {
    writeFileSync(file, `${token}\n`, { mode: 0o600 });
  } catch (error) {
    throw new Error(`cannot write the token file ${file}: ${(error as Error).message}`);
  }
  return { token, source: 'new', file };
}
