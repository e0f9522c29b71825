// The fediverse for the share bar and the author card: "Follow from your server" buttons render at
// once; the dialog that asks for the reader's own server (its code and styles) arrives on the first
// click, since few readers ever use it.
import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { addMessages, format, type Messages } from '../shared/localize.js';
import { fediverse } from '../locales/en/fediverse.js';
import { reportError } from '../shared/config.js';
import { profileAccount } from './account.js';
import type { FediAction, FediDialog } from './dialog.js';

export type { FediAction };

addMessages('fediverse', fediverse);

export class Fediverse implements ReactiveController {
  private dialog?: Promise<FediDialog | undefined>;
  private ready?: FediDialog;

  /** `done` runs once the reader's server page has been opened. */
  constructor(
    private readonly host: LitElement,
    private readonly strings: () => Messages['fediverse'],
    private readonly done: (action: FediAction) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The dialog's part, fetched once; a failed fetch is one console error and may be tried again. */
  private load(): Promise<FediDialog | undefined> {
    return (this.dialog ??= import('./dialog.js').then(
      ({ FediDialog, fediDialogStyles }) => {
        const root = this.host.renderRoot as ShadowRoot;
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, fediDialogStyles.styleSheet!];
        return (this.ready = new FediDialog(this.host, this.strings, this.done));
      },
      (error: Error) => {
        this.dialog = undefined;
        reportError(this.host.localName, 'fediverse', `the dialog did not load (${error.message})`);
        return undefined;
      },
    ));
  }

  /** Opens the dialog for `action`; focus returns to `opener` when it closes. */
  async open(opener: HTMLElement, action: FediAction): Promise<void> {
    await (await this.load())?.open(opener, action);
  }

  /** The dialog, once the reader has first asked for it. */
  render(): TemplateResult | typeof nothing {
    return this.ready?.render() ?? nothing;
  }

  /** "Follow from your server" for each fediverse profile address, through the dialog. */
  renderFollow(profiles: string[], name: string): TemplateResult[] {
    const m = this.strings();
    return profiles.flatMap((href) => {
      const account = profileAccount(href);
      if (!account) return [];
      const acct = `@${account.acct}`;
      const onClick = (e: Event) =>
        void this.open(e.currentTarget as HTMLElement, { follow: account, name: name || acct });
      return [
        html`<button
          part="follow"
          class="fedi-follow"
          type="button"
          aria-haspopup="dialog"
          title=${format(m.followLabel, { account: acct })}
          @click=${onClick}
        >
          ${m.followButton}
        </button>`,
      ];
    });
  }
}
