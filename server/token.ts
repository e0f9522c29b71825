// The author's token: given (an option or AFTERWORD_TOKEN), in a file of the author's (read again
// whenever it changes), or generated once and kept beside the database (mode 0600), never printed.
import { randomBytes, scryptSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { checkToken, MIN_TOKEN, UsageError } from './options.js';

export interface Token {
  token: string;
  /** Names the token in sessions: a slow hash, so a copy of the database does not reveal it. */
  fingerprint: string;
}

export interface TokenSource {
  /** Where it came from: given, the author's file, the generated file, or generated just now. */
  source: 'given' | 'file' | 'kept' | 'new';
  file: string | undefined;
  /**
   * The token in force now (a file is read again, so a replaced token counts from this request);
   * undefined while the file holds no usable token: then no credential opens the inbox.
   */
  current(): Token | undefined;
}

const fingerprints = new Map<string, string>();

/** The same token always gives the same fingerprint, on every process sharing one database. */
function fingerprint(token: string): string {
  let value = fingerprints.get(token);
  if (!value) {
    value = scryptSync(token, 'afterword-inbox session token', 32).toString('hex');
    fingerprints.clear();
    fingerprints.set(token, value);
  }
  return value;
}

/** The token in a file, or why it cannot be used. */
function readToken(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot read the token file ${file}${code ? ` (${code})` : ''}`);
  }
  const token = text.trim();
  try {
    checkToken(token, `the token file ${file}`);
  } catch (error) {
    throw new Error((error as UsageError).message);
  }
  return token;
}

/** A token read from `file` at start and again at each use; `log` hears of each change. */
function fromFile(
  file: string,
  source: 'file' | 'kept' | 'new',
  first: string,
  log: (line: string) => void,
): TokenSource {
  let last: string | undefined = first;
  let problem = '';
  return {
    source,
    file,
    current() {
      let token: string;
      try {
        token = readToken(file);
      } catch (error) {
        const message = (error as Error).message;
        if (message !== problem) log(`${message}: the inbox opens for nobody until it is fixed`);
        problem = message;
        return undefined;
      }
      problem = '';
      if (token !== last && last !== undefined)
        log(`the token in ${file} changed: sessions opened with the old one have ended`);
      last = token;
      return { token, fingerprint: fingerprint(token) };
    },
  };
}

export interface TokenSettings {
  db: string;
  token: string | undefined;
  tokenFile: string | undefined;
}

/** Where the token is; throws a one-line Error when it cannot be used. */
export function openToken(
  { db, token, tokenFile }: TokenSettings,
  log: (line: string) => void,
): TokenSource {
  if (token) {
    const fixed = { token, fingerprint: fingerprint(token) };
    return { source: 'given', file: undefined, current: () => fixed };
  }
  if (tokenFile) return fromFile(tokenFile, 'file', readToken(tokenFile), log);
  if (db === ':memory:' || db === '')
    throw new Error(
      'with --db :memory:, give the token with --token-file or AFTERWORD_TOKEN (a generated one would have nowhere to be kept)',
    );
  const file = `${db}.token`;
  let saved: string | undefined;
  try {
    saved = readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new Error(`cannot read the token file ${file}: ${(error as Error).message}`);
  }
  if (saved !== undefined) {
    if (saved.length < MIN_TOKEN)
      throw new Error(
        `the token in ${file} is shorter than ${MIN_TOKEN} characters: put a longer one there, or delete the file to have a new one made`,
      );
    return fromFile(file, 'kept', saved, log);
  }
  const made = randomBytes(24).toString('base64url');
  try {
    writeFileSync(file, `${made}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    throw new Error(`cannot write the token file ${file}: ${(error as Error).message}`);
  }
  return fromFile(file, 'new', made, log);
}
