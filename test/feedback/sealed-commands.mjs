// Test-runner plugin for the sealed-tip tests: the journalist's real GnuPG keyring and a real
// inbox process, made once per run and shared by both browsers, reached with executeServerCommand.
import { readFileSync } from 'node:fs';
import { makeKeyring } from '../gpg.mjs';
import { items, start } from '../server/helpers.mjs';

export function sealedTips() {
  let keyring;
  let inbox;
  let starting;
  const keys = () => (keyring ??= makeKeyring());

  /** Which of `needles` occur anywhere in the inbox's database files (main file, WAL, shm). */
  function inDatabase(needles) {
    const files = ['', '-wal', '-shm'].flatMap((end) => {
      try {
        return [readFileSync(inbox.db + end)];
      } catch {
        return [];
      }
    });
    return needles.filter((n) => files.some((f) => f.includes(Buffer.from(n, 'utf8'))));
  }

  return {
    name: 'afterword-sealed-tips',
    async serve(context) {
      const name = context.path.match(/^\/sealed-keys\/(\w+)\.asc$/)?.[1];
      if (name) return { body: (await keys()).keys[name]?.armored ?? '', type: 'text/plain' };
    },
    async executeCommand({ command, payload }) {
      if (command === 'sealed-setup') {
        const { keys: k } = await keys();
        // Both browsers ask at once: one inbox for both.
        starting ??= start(['--origin', payload.origin, '--rate-limit', '0']);
        inbox = await starting;
        const armored = Object.fromEntries(Object.entries(k).map(([n, v]) => [n, v.armored]));
        const fingerprints = Object.fromEntries(
          Object.entries(k).map(([n, v]) => [n, v.fingerprint]),
        );
        return { inbox: inbox.url, armored, fingerprints };
      }
      if (command === 'sealed-stored') {
        const item = (await items(inbox)).find((i) => i.id === payload.id);
        if (!item) return null;
        const plaintext = item.encrypted ? await (await keys()).decrypt(item.encrypted) : null;
        return { item, plaintext };
      }
      if (command === 'sealed-in-database') return inDatabase(payload.needles);
      return undefined;
    },
    async serverStop() {
      await (await starting)?.stop();
      await (await keyring)?.close();
    },
  };
}
