// The key a form seals to, as a Lit controller: judged again when the sealing settings change,
// read (the sealing part, then OpenPGP.js and the key) only once a reader picks a sealed kind,
// and waited for by Send. A key that can't be used is reported once, and sealing fails closed.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fail, type TipKey } from './sealing.js';
import type { FeedbackOptions } from './options.js';

type Sealing = Pick<FeedbackOptions, 'keySource' | 'refused' | 'sealed'>;

export class TipKeyState implements ReactiveController {
  /** Loading (undefined), ready with its fingerprint, or why it can't be used. */
  key?: TipKey;
  private loading?: Promise<TipKey>;
  /** The sealing settings the state belongs to. */
  private sig = '';

  constructor(
    private host: ReactiveControllerHost,
    private settings: () => Sealing,
    private report: (detail: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** New sealing settings: the key is judged again; any other change leaves it as it is. */
  follow(o: Sealing): void {
    const sig = JSON.stringify([o.keySource, o.refused, o.sealed]);
    if (sig !== this.sig) [this.sig, this.key, this.loading] = [sig, o.refused, undefined];
  }

  /** Starts reading the key, once, when a sealed kind is picked. */
  want(): void {
    if (!this.loading && !this.key) void this.read();
  }

  /** The key as Send needs it: judged already, or once it is read. */
  async get(): Promise<TipKey> {
    return this.key ?? (await (this.loading ?? this.read()));
  }

  private read(): Promise<TipKey> {
    const source = this.settings().keySource;
    this.loading = import('./seal.js')
      .then(
        ({ readTipKey }) => readTipKey(source),
        (error: Error) => fail('unreachable', `the sealing code did not load (${error.message})`),
      )
      .then((key) => {
        // Settings that changed meanwhile have a key of their own to read.
        if (JSON.stringify(source) !== JSON.stringify(this.settings().keySource)) return key;
        if (!key.ok) this.report(key.detail);
        this.key = key;
        this.host.requestUpdate();
        return key;
      });
    return this.loading;
  }
}
