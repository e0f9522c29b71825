// The share bar's rows: when its controls don't fit on one line, they are laid out in even rows
// (rows.ts works out how many columns), again whenever the bar's width or its labels change. A Lit
// controller; one ResizeObserver serves every bar on the page.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { balancedColumns } from './rows.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

export class RowLayout implements ReactiveController {
  /** One observer for every share bar on the page: each lays out its rows again when its width changes. */
  private static resized?: ResizeObserver;
  private static byElement = new WeakMap<Element, RowLayout>();
  /** Bars that rendered in this task, laid out together before the frame is painted. */
  private static fresh = new Set<RowLayout>();

  /** Every bar is measured before any changes: a listing page of many bars lays out once. */
  private static layOut(bars: Iterable<RowLayout | undefined>): void {
    const apply = [...bars].map((bar) => bar?.measure());
    for (const f of apply) f?.();
  }

  /** What the rows were last laid out for: the bar's width and its labels. */
  private laidOut = '';

  constructor(private host: Host) {
    host.addController(this);
    RowLayout.byElement.set(host, this);
  }

  hostConnected(): void {
    RowLayout.resized ??= new ResizeObserver((entries) =>
      RowLayout.layOut(entries.map((e) => RowLayout.byElement.get(e.target))),
    );
    RowLayout.resized.observe(this.host);
  }

  hostDisconnected(): void {
    RowLayout.resized?.unobserve(this.host);
  }

  hostUpdated(): void {
    if (this.laidOut) {
      this.measure()?.();
      return;
    }
    // A bar that renders as the reader scrolls to it gets its rows now, in the frame it first
    // shows in, not a frame later when the observer would: nothing below it moves.
    if (!RowLayout.fresh.size)
      queueMicrotask(() => {
        RowLayout.layOut(RowLayout.fresh);
        RowLayout.fresh.clear();
      });
    RowLayout.fresh.add(this);
  }

  /**
   * Measures the controls and returns how to lay them out in even rows when they don't fit on
   * one; nothing when nothing changed since the last time.
   */
  private measure(): (() => void) | undefined {
    const base = this.host.renderRoot.querySelector<HTMLElement>('[part=base]');
    const buttons = [...(base?.querySelectorAll<HTMLElement>('[part=button]') ?? [])];
    const key = `${base?.clientWidth}:${buttons.map((b) => b.textContent).join()}`;
    if (!base || key === this.laidOut) return undefined;
    this.laidOut = key;
    // Natural widths are those of the wrapping row, before any columns.
    if (base.dataset.cols) delete base.dataset.cols;
    const gap = parseFloat(getComputedStyle(base).columnGap) || 0;
    const cols = balancedColumns(
      buttons.map((b) => b.getBoundingClientRect().width),
      base.clientWidth,
      gap,
    );
    return () => {
      if (!cols) return;
      base.style.setProperty('--_cols', String(cols));
      base.dataset.cols = String(cols);
    };
  }
}
