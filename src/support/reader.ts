// What the reader of a support prompt decides for themselves: "I already support you" and "Don't
// count my visits" (with their undo), and the state they change: the articles counted, whether
// the thank-you shows, whether counting is on. A Lit controller: the prompt renders from it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from '../shared/localize.js';
import { pageUrl } from '../shared/page.js';
import {
  declareSupporter,
  isThanked,
  resumeCounting,
  stopCounting,
  type Rules,
} from './frequency.js';
import { update } from './store.js';
import { usesCount } from './copy.js';
import type { Control } from './parts.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

export interface ReaderSettings {
  rules: Rules;
  /** The banner counts articles for its trigger: "Don't count my visits" is offered then too. */
  countsArticles: boolean;
  strings: Messages['support'];
}

export class ReaderChoices implements ReactiveController {
  /** Articles read in the period, for `{count}`. */
  count = 0;
  /** The thank-you shows instead of the asks. */
  thanks = false;
  counting = true;
  /** Just after a quiet control: what happened, and its undo. */
  done?: { status: string; undo: Control };

  constructor(
    private host: Host,
    private settings: () => ReaderSettings,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The state as this view of the article was counted. */
  set(v: { count: number; thanks: boolean; counting: boolean }): void {
    [this.count, this.thanks, this.counting] = [v.count, v.thanks, v.counting];
    this.host.requestUpdate();
  }

  /** The reader's own controls: "I already support you", and "Don't count my visits" where counting shows. */
  controls(m: Messages['support']): Control[] {
    const c: Control[] = [];
    if (!this.thanks) c.push({ id: 'supporter', text: m.alreadySupport, run: this.declare });
    const counts = [m.heading, m.message, m.thanksHeading, m.thanksMessage].some(usesCount);
    if (counts || this.settings().countsArticles)
      c.push(
        this.counting
          ? { id: 'uncount', text: m.stopCounting, run: this.uncount }
          : { id: 'count', text: m.countAgain, run: () => this.recount('uncount') },
      );
    return c;
  }

  /** "I already support you": the thank-you instead of asks for thanks-days, as after a thanks return. */
  private declare = (): void => {
    const before = update(declareSupporter);
    this.thanks = true;
    void this.offerUndo('', 'supporter', () => {
      const rules = this.settings().rules;
      this.thanks = update((s, now) => ((s.thanked = before), isThanked(s, rules, now)));
    });
  };

  private uncount = (): void => {
    const reads = update(stopCounting);
    [this.count, this.counting] = [0, false];
    void this.offerUndo(this.settings().strings.notCounting, 'uncount', () =>
      this.recount('', reads),
    );
  };

  private recount(focus: string, reads?: Record<string, number>): void {
    this.count = update((s, now) => resumeCounting(s, pageUrl(), now, reads));
    this.counting = true;
    this.host.requestUpdate();
    if (focus) void this.host.updateComplete.then(() => this.focusOn(focus));
  }

  /** Says what happened with an Undo, which gets focus; undoing gives focus back to the control. */
  private async offerUndo(status: string, control: string, undo: () => void): Promise<void> {
    const run = async (): Promise<void> => {
      undo();
      this.done = undefined;
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.focusOn(control);
    };
    this.done = { status, undo: { id: 'undo', text: this.settings().strings.undo, run } };
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.focusOn('undo');
  }

  private focusOn(id: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }
}
