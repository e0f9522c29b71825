// "Follow from your server": the author card's fediverse profile through the reader's own server.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/author/author.js';
import '../../src/share/share.js';
import type { AfterwordAuthor } from '../../src/author/author.js';
import type { AfterwordShare } from '../../src/share/share.js';
import { expectAccessible } from '../helpers.js';

const server = (name: string) => `http://${name}.localhost:${location.port}`;
const asked = async (): Promise<string[]> => (await fetch('/__fediverse-log')).json();

describe('<afterword-author> follow from your server', () => {
  let opened: string[] = [];
  const tab = () => ({}) as Window;
  const original = window.open;
  beforeEach(async () => {
    opened = [];
    window.open = (url?: string | URL) => (opened.push(String(url)), tab());
    await asked();
  });
  afterEach(() => {
    window.open = original;
    localStorage.removeItem('afterword:fediverse');
  });

  const card = () =>
    fixture<AfterwordAuthor>(
      html`<afterword-author
        name="Jane Doe"
        links="https://news.example/@jane https://github.com/jane"
      ></afterword-author>`,
    );

  async function follow(el: AfterwordAuthor, value: string | null, remember = false) {
    const root = el.shadowRoot!;
    const button = root.querySelector<HTMLButtonElement>('[part="follow"]')!;
    button.focus();
    button.click();
    // The dialog's code arrives on this first click.
    await waitUntil(() => root.querySelector('dialog[open]'), 'no dialog');
    const input = root.querySelector<HTMLInputElement>('#fedi-server')!;
    if (value !== null) input.value = value;
    root.querySelector<HTMLInputElement>('#fedi-remember')!.checked = remember;
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => opened.length > 0);
    return { button, dialog: root.querySelector('dialog')! };
  }

  it('offers "Follow from your server" for a fediverse profile only, asking nobody on load', async () => {
    const el = await card();
    const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="follow"]');
    expect(buttons).to.have.length(1);
    expect(buttons[0].textContent!.trim()).to.equal('Follow from your server');
    expect(buttons[0].title).to.equal('Follow @jane@news.example from your server');
    expect(await asked()).to.deep.equal([]);
    await expectAccessible(el);
  });

  it('opens the same dialog, titled for the author', async () => {
    const el = await card();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="follow"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'), 'no dialog');
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.be.true;
    expect(dialog.querySelector('h2')!.textContent!.trim()).to.equal(
      'Follow Jane Doe from your server',
    );
    expect(dialog.querySelector<HTMLInputElement>('#fedi-remember')!.checked).to.be.false;
    await expectAccessible(el);
  });

  it('Mastodon: authorize_interaction with the profile address, then focus returns', async () => {
    const el = await card();
    const { button, dialog } = await follow(el, server('mastodon'));
    expect(opened).to.deep.equal([
      `${server('mastodon')}/authorize_interaction?uri=https%3A%2F%2Fnews.example%2F%40jane`,
    ]);
    await waitUntil(() => !dialog.open);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('Misskey: authorize-follow with the account', async () => {
    const el = await card();
    await follow(el, server('misskey'));
    expect(opened).to.deep.equal([
      `${server('misskey')}/authorize-follow?acct=jane%40news.example`,
    ]);
  });

  it('Friendica: contact/follow with the profile address', async () => {
    const el = await card();
    await follow(el, server('friendica'));
    expect(opened).to.deep.equal([
      `${server('friendica')}/contact/follow?url=https%3A%2F%2Fnews.example%2F%40jane`,
    ]);
  });

  it('a failed lookup falls back to Mastodon’s page and says so', async () => {
    const el = await card();
    const { dialog } = await follow(el, server('down'));
    expect(opened).to.deep.equal([
      `${server('down')}/authorize_interaction?uri=https%3A%2F%2Fnews.example%2F%40jane`,
    ]);
    await el.updateComplete;
    expect(dialog.open).to.be.true;
    expect(dialog.querySelector('.note')!.textContent).to.include('did not say which software');
  });

  it('shares the remembered server with the share bar', async () => {
    const share = await fixture<AfterwordShare>(
      html`<afterword-share networks="mastodon" url="https://e.org/a"></afterword-share>`,
    );
    expect(localStorage.getItem('afterword:fediverse')).to.equal(null);
    share.shadowRoot!.querySelector<HTMLButtonElement>('[data-network="mastodon"]')!.click();
    await waitUntil(() => share.shadowRoot!.querySelector('dialog[open]'), 'no dialog');
    share.shadowRoot!.querySelector<HTMLInputElement>('#fedi-server')!.value = server('misskey');
    share.shadowRoot!.querySelector<HTMLInputElement>('#fedi-remember')!.checked = true;
    share.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => opened.length > 0);
    expect(JSON.parse(localStorage.getItem('afterword:fediverse')!)).to.equal(server('misskey'));
    opened = [];

    const el = await card();
    await follow(el, null, true);
    expect(opened).to.deep.equal([
      `${server('misskey')}/authorize-follow?acct=jane%40news.example`,
    ]);
    await aTimeout(0);
  });
});
