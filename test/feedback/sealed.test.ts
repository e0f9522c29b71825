// Sealed tips end to end: keys from the real GnuPG, a real inbox, `gpg --decrypt` of what it stored.
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/feedback/feedback.js';
import type { AfterwordFeedback } from '../../src/feedback/feedback.js';
import { locales } from '../../src/locales/index.js';
import { remove } from '../../src/shared/storage.js';
import { captureErrors } from '../helpers.js';

const m = locales.en.feedback;
type KeyName = 'cv25519' | 'rsa3072' | 'expired' | 'signOnly';
interface Setup {
  inbox: string;
  armored: Record<KeyName, string>;
  fingerprints: Record<KeyName, string>;
}
interface Stored {
  item: Record<string, unknown>;
  plaintext: string | null;
}

/** Every request body the page sends, while the real fetch still does the sending. */
function recordBodies(): { bodies: string[]; restore: () => void } {
  const bodies: string[] = [];
  const original = window.fetch;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.body) bodies.push(String(init.body));
    return original(input, init);
  }) as typeof fetch;
  return { bodies, restore: () => (window.fetch = original) };
}

const $ = <T extends Element = HTMLInputElement>(el: AfterwordFeedback, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel)!;
const text = (el: AfterwordFeedback, sel: string) =>
  $(el, sel)?.textContent!.replace(/\s+/g, ' ').trim();

async function type(el: AfterwordFeedback, field: string, value: string): Promise<void> {
  const control = $(el, `[name="${field}"]`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function pick(el: AfterwordFeedback, kind: string): Promise<void> {
  $(el, `input[value="${kind}"]`).click();
  await el.updateComplete;
}

const make = (attrs: string, config?: object) => {
  const host = document.createElement('div');
  host.innerHTML = `<afterword-feedback min-seconds="0" ${attrs}></afterword-feedback>`;
  if (config) host.firstElementChild!.setAttribute('config', JSON.stringify(config));
  return fixture<AfterwordFeedback>(html`${host.firstElementChild}`);
};

/** The key is read and its fingerprint shown: the form is ready to seal. */
const ready = (el: AfterwordFeedback) =>
  waitUntil(() => $(el, '[part="seal"] code'), 'the key was not read', { timeout: 8000 });

/** Everything this page keeps in localStorage and sessionStorage, as one string. */
const storage = () =>
  [localStorage, sessionStorage]
    .flatMap((s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`))
    .join('\n');

describe('<afterword-feedback> sealed tips', function () {
  this.timeout(30000);
  let setup: Setup;
  const endpoint = () => `endpoint="${setup.inbox}/api/feedback"`;

  before(async () => {
    setup = await executeServerCommand<Setup, object>('sealed-setup', { origin: location.origin });
  });
  afterEach(() => {
    fixtureCleanup();
    localStorage.clear();
    sessionStorage.clear();
    // Storage keeps an in-memory copy for when the browser's is unavailable: empty it too.
    remove('afterword:feedback:queue', 'session');
    remove('afterword:feedback:queue', 'local');
  });

  describe('sealing to the journalist’s GnuPG key', () => {
    const cases = [
      { key: 'cv25519' as const, via: 'config.tipKey' },
      { key: 'rsa3072' as const, via: 'tip-key' },
    ];
    for (const { key, via } of cases) {
      it(`seals a correction to a ${key} key (${via}); gpg --decrypt gives back what was typed`, async () => {
        const el =
          via === 'tip-key'
            ? // Pinned by its fingerprint, as the set-up page writes it (spaces allowed).
              await make(
                `${endpoint()} encrypt="all" tip-key="/sealed-keys/${key}.asc" tip-fingerprint="${setup.fingerprints[key].replace(/(.{4})(?=.)/g, '$1 ')}"`,
              )
            : await make(`${endpoint()} encrypt="all"`, { tipKey: setup.armored[key] });
        await pick(el, 'correction');
        await ready(el);
        const tail = setup.fingerprints[key].slice(-16).replace(/(.{4})(?=.)/g, '$1 ');
        expect(text(el, '[part="seal"]')).to.include(m.sealNote).and.include(tail);
        const typed = {
          message: `Zdroj: Łódź, 東京 and كلمة.\nSecond line ✓ 🕊️\n\n  indented end`,
          quote: 'The mayor “never” said that.\nTwo lines',
          name: 'Zoë Ångström',
          email: 'zoe@example.org',
        };
        for (const [f, v] of Object.entries(typed)) await type(el, f, v);
        const record = recordBodies();
        try {
          $(el, '[part="button"]').click();
          const { detail } = await oneEvent(el, 'afterword-feedback-sent');
          expect(text(el, '[part="status"]')).to.equal(m.sent);
          const stored = await executeServerCommand<Stored, object>('sealed-stored', {
            id: detail.id,
          });
          expect(stored.item.encrypted).to.match(/^-----BEGIN PGP MESSAGE-----/);
          expect(stored.item.message).to.equal('');
          expect([stored.item.name, stored.item.email, stored.item.quote]).to.deep.equal([
            null,
            null,
            null,
          ]);
          expect(stored.plaintext).to.equal(
            `Name: ${typed.name}\nEmail: ${typed.email}\n> The mayor “never” said that.\n> Two lines\n\n${typed.message}`,
          );
          // Nothing readable left the page, is kept by it, or sits in the inbox's database.
          const words = ['Łódź, 東京', 'Second line', 'never” said', 'Zoë', 'zoe@example.org'];
          expect(record.bodies).to.have.length(1);
          for (const w of words) expect(record.bodies[0]).not.to.include(w);
          for (const w of words) expect(storage()).not.to.include(w);
          const found = await executeServerCommand<string[], object>('sealed-in-database', {
            needles: [...words, detail.id],
          });
          expect(found, 'the id is there, the words are not').to.deep.equal([detail.id]);
        } finally {
          record.restore();
        }
      });
    }

    it('seals a tip by default when there is a key, and leaves feedback plain', async () => {
      const el = await make(`${endpoint()} tip-key="/sealed-keys/cv25519.asc"`);
      expect($(el, '[part="seal"]')).to.equal(null);
      await pick(el, 'tip');
      await ready(el);
      await type(el, 'message', 'A tip, sealed.');
      $(el, '[part="button"]').click();
      const { detail } = await oneEvent(el, 'afterword-feedback-sent');
      const stored = await executeServerCommand<Stored, object>('sealed-stored', { id: detail.id });
      expect(stored.plaintext).to.equal('\nA tip, sealed.');
      expect(stored.item.kind).to.equal('tip');
    });

    it('queues only ciphertext when the inbox cannot be reached', async () => {
      const el = await make(
        `endpoint="http://127.0.0.1:9/api/feedback" kinds="tip" tip-key="/sealed-keys/cv25519.asc"`,
      );
      await ready(el);
      await type(el, 'message', 'Queued words stay sealed');
      await type(el, 'name', 'Quentin Queue');
      $(el, '[part="button"]').click();
      await waitUntil(() => text(el, '[part="status"]') === m.queued, 'not queued');
      const kept = storage();
      expect(kept).to.include('BEGIN PGP MESSAGE');
      expect(kept).not.to.include('Queued words');
      expect(kept).not.to.include('Quentin');
    });

    it('keeps the draft of a sealed kind in this tab only while the reader types', async () => {
      const el = await make(`${endpoint()} encrypt="all" tip-key="/sealed-keys/cv25519.asc"`);
      await ready(el);
      await type(el, 'message', 'A sealed draft');
      await waitUntil(() => sessionStorage.length > 0, 'no draft saved');
      expect(Object.keys(localStorage).join()).not.to.include('draft');
    });

    it('refuses a message too long to seal, says so and keeps the draft', async () => {
      const canonical = document.createElement('link');
      canonical.rel = 'canonical';
      canonical.href = `https://example.org/${'a'.repeat(1990)}`;
      document.head.append(canonical);
      const title = document.title;
      // The longest page address and title the payload allows, in a script of 3 bytes a character.
      document.title = '題'.repeat(500);
      try {
        const el = await make(`${endpoint()} encrypt="all"`, { tipKey: setup.armored.rsa3072 });
        await pick(el, 'correction');
        await ready(el);
        const long = '漢'.repeat(5000);
        await type(el, 'message', long);
        await type(el, 'quote', '字'.repeat(2000));
        await type(el, 'name', '名'.repeat(200));
        await type(el, 'email', `${'a'.repeat(240)}@example.org`);
        const record = recordBodies();
        try {
          $(el, '[part="button"]').click();
          await waitUntil(() => text(el, '[part="status"]'), 'no answer', { timeout: 10000 });
          expect(text(el, '[part="status"]')).to.equal(m.sealTooLong);
          expect(record.bodies).to.deep.equal([]);
        } finally {
          record.restore();
        }
        expect($<HTMLTextAreaElement>(el, '[name="message"]').value).to.equal(long);
      } finally {
        canonical.remove();
        document.title = title;
      }
    });
  });

  describe('fails closed', () => {
    const paths = [
      { name: 'no key at all', attrs: 'encrypt="tips"', text: m.sealMissing },
      {
        name: 'an empty key file',
        attrs: 'tip-key="/sealed-keys/nothing.asc"',
        text: m.sealInvalid,
      },
      {
        name: 'a key that cannot be fetched',
        attrs: 'tip-key="http://127.0.0.1:9/key.asc"',
        text: m.sealUnreachable,
      },
      {
        name: 'a key address that answers 404',
        attrs: 'tip-key="/no/such/key.asc"',
        text: m.sealUnreachable,
      },
      { name: 'a key that does not parse', config: { tipKey: 'not a key' }, text: m.sealInvalid },
      { name: 'an expired key', attrs: 'tip-key="/sealed-keys/expired.asc"', text: m.sealExpired },
      {
        name: 'a key swapped on its host (its fingerprint is not the one given)',
        attrs: `tip-key="/sealed-keys/cv25519.asc" tip-fingerprint="${'A'.repeat(40)}"`,
        text: m.sealMismatch,
      },
      {
        name: 'a key that can only sign',
        attrs: 'tip-key="/sealed-keys/signOnly.asc"',
        text: m.sealNoEncryption,
      },
      {
        name: 'a destination that is not JSON',
        attrs: 'format="form" tip-key="/sealed-keys/cv25519.asc"',
        text: m.sealDestination,
      },
    ];
    for (const p of paths) {
      it(`${p.name}: the tip can't be sent, the form says why, one console error`, async () => {
        const errors = captureErrors();
        const record = recordBodies();
        try {
          const el = await make(`${endpoint()} kinds="tip" ${p.attrs ?? ''}`, p.config);
          await waitUntil(() => $(el, '[part="seal"].failed'), 'no reason shown', {
            timeout: 8000,
          });
          expect(text(el, '[part="seal"]')).to.equal(p.text);
          expect($(el, '[part="button"]').getAttribute('aria-disabled')).to.equal('true');
          await type(el, 'message', 'Never in plain text');
          $(el, '[part="button"]').click();
          await waitUntil(() => text(el, '[part="status"]').startsWith(m.failed));
          expect(record.bodies).to.deep.equal([]);
          expect(errors.messages).to.have.length(1);
          expect(errors.messages[0]).to.match(
            /^\[afterword\] afterword-feedback: (tip-key|format): /,
          );
        } finally {
          record.restore();
          errors.restore();
        }
      });
    }
  });
});
