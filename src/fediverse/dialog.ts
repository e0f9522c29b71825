// The "your fediverse server" dialog, shared by the share bar (share a page) and the author card
// (follow the author): asks the reader's server for its software, then opens that server's page.
// Its own part, fetched on the reader's first fediverse click (see controller.ts).
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { format, type Messages } from '../shared/localize.js';
import { readJson, remove, writeJson } from '../shared/storage.js';
import type { ShareData } from '../share/networks.js';
import { lookupSoftware, parseServer, serverLabel } from './server.js';
import { fediFollowUrl, fediShareUrl, type FediAccount, type FediTarget } from './targets.js';

export { fediDialogStyles } from './dialog.styles.js';

/** The reader's server, stored only after they tick "Remember on this device". */
export const SERVER_KEY = 'afterword:fediverse';
/** Earlier versions stored the server without asking; it is dropped the first time the dialog opens. */
const LEGACY_KEY = 'afterword:mastodon';

export type FediAction = { share: ShareData } | { follow: FediAccount; name: string };

type Strings = Messages['fediverse'];

export class FediDialog {
  private shown = false;
  private action?: FediAction;
  private opener?: HTMLElement;
  private error = '';
  private note = '';
  private busy = false;
  private remembered = '';
  /** The page to open by hand when the browser blocked the new tab. */
  private blocked?: FediTarget;

  /** `done` runs once the reader's server page has been opened. */
  constructor(
    private readonly host: LitElement,
    private readonly strings: () => Strings,
    private readonly done: (action: FediAction) => void,
  ) {}

  private get root(): ParentNode {
    return this.host.renderRoot;
  }
  private get dialog(): HTMLDialogElement | null {
    return this.root.querySelector('dialog.fedi');
  }
  private get input(): HTMLInputElement | null {
    return this.root.querySelector('#fedi-server');
  }

  private update(): void {
    this.host.requestUpdate();
  }

  /** Opens the dialog for `action`; focus returns to `opener` when it closes. */
  async open(opener: HTMLElement, action: FediAction): Promise<void> {
    remove(LEGACY_KEY);
    this.action = action;
    this.opener = opener;
    this.error = '';
    this.note = '';
    this.blocked = undefined;
    this.busy = false;
    this.remembered = readJson<string>(SERVER_KEY) ?? '';
    if (typeof this.remembered !== 'string' || !parseServer(this.remembered)) this.remembered = '';
    this.shown = true;
    this.update();
    await this.host.updateComplete;
    const dialog = this.dialog;
    const input = this.input;
    if (!dialog || !input) return;
    input.value = this.remembered ? serverLabel(this.remembered) : '';
    const box = this.root.querySelector<HTMLInputElement>('#fedi-remember');
    if (box) box.checked = !!this.remembered;
    if (!dialog.open) dialog.showModal();
    input.focus();
  }

  private forget(): void {
    remove(SERVER_KEY);
    this.remembered = '';
    const box = this.root.querySelector<HTMLInputElement>('#fedi-remember');
    if (box) box.checked = false;
    if (this.input) this.input.value = '';
    this.note = this.strings().forgotten;
    this.update();
    this.input?.focus();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const m = this.strings();
    const action = this.action;
    const origin = parseServer(this.input?.value ?? '');
    if (!action || this.busy) return;
    if (!origin) {
      this.error = m.invalid;
      this.update();
      this.input?.focus();
      return;
    }
    const server = serverLabel(origin);
    this.busy = true;
    this.note = format(m.checking, { server });
    this.update();
    const software = await lookupSoftware(origin);
    // The reader closed the dialog while the server was being asked: nothing opens.
    if (!this.dialog?.open) return;
    const target: FediTarget =
      'share' in action
        ? fediShareUrl(origin, software, action.share)
        : fediFollowUrl(origin, software, action.follow);
    if (this.root.querySelector<HTMLInputElement>('#fedi-remember')?.checked) {
      writeJson(SERVER_KEY, origin);
      this.remembered = origin;
    } else {
      remove(SERVER_KEY);
      this.remembered = '';
    }
    this.busy = false;
    // Without 'noopener' the browser says whether a pop-up blocker stopped the tab (a slow lookup
    // can outlast the click's permission); the new page then loses its way back to this one.
    const tab = window.open(target.url, '_blank');
    // A fallback keeps the dialog open to say which page was opened and why.
    this.note = !target.fallback
      ? ''
      : software
        ? format(m.fallbackNoPage, { server, software })
        : format(m.fallbackUnknown, { server });
    if (!tab) {
      this.blocked = target;
      this.update();
      return;
    }
    tab.opener = null;
    this.done(action);
    if (target.fallback) this.update();
    else this.dialog?.close();
  }

  /** The reader followed the link shown after a blocked tab. */
  private openedByHand(): void {
    const target = this.blocked;
    if (!target || !this.action) return;
    this.blocked = undefined;
    this.done(this.action);
    if (!target.fallback) this.dialog?.close();
    else this.update();
  }

  private onClose(): void {
    this.error = '';
    this.note = '';
    this.blocked = undefined;
    this.busy = false;
    this.update();
    this.opener?.focus();
  }

  /** The dialog, once the reader has first asked for it: most readers never need it. */
  render(): TemplateResult | typeof nothing {
    if (!this.shown || !this.action) return nothing;
    const m = this.strings();
    const follow = 'follow' in this.action ? this.action : undefined;
    return html`<dialog
      part="dialog"
      class="fedi"
      aria-labelledby="fedi-title"
      @close=${() => this.onClose()}
    >
      <form novalidate @submit=${(e: SubmitEvent) => void this.submit(e)}>
        <h2 id="fedi-title">
          ${follow ? format(m.followTitle, { name: follow.name }) : m.shareTitle}
        </h2>
        <label for="fedi-server">${m.field}</label>
        <input
          id="fedi-server"
          name="server"
          type="text"
          inputmode="url"
          autocomplete="off"
          spellcheck="false"
          autocapitalize="off"
          required
          aria-describedby="fedi-hint fedi-error"
          aria-invalid=${this.error ? 'true' : 'false'}
          @input=${() => {
            if (this.error) ((this.error = ''), this.update());
          }}
        />
        <p class="hint" id="fedi-hint">${m.hint}</p>
        <p class="error" id="fedi-error" role="alert">${this.error}</p>
        <label class="remember"
          ><input type="checkbox" id="fedi-remember" name="remember" />${m.remember}</label
        >
        <p class="note" role="status">
          ${this.note}${
            this.blocked
              ? html`${m.blocked}
                  <a
                    href=${this.blocked.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    @click=${() => this.openedByHand()}
                    >${format(m.openHere, { server: serverLabel(new URL(this.blocked.url).origin) })}${' '}<span
                      class="sr-only"
                      >${m.newTab}</span
                    ></a
                  >`
              : nothing
          }
        </p>
        <div class="actions">
          ${
            this.remembered
              ? html`<button type="button" class="forget" @click=${() => this.forget()}>
                  ${m.forget}
                </button>`
              : nothing
          }
          <button type="button" class="cancel" @click=${() => this.dialog?.close()}>
            ${m.cancel}
          </button>
          <button type="submit" ?disabled=${this.busy}>${follow ? m.follow : m.share}</button>
        </div>
      </form>
    </dialog>`;
  }
}
