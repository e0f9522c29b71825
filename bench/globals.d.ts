// What the benchmark pages hold for the harness: browser.mjs and health.mjs install observers
// before any page script, pages.mjs's pages report when their widgets are ready. Checked with the
// .mjs files (tsconfig.js.json) only: the elements' own code must not see these.

/** A layout shift as health.mjs records it. */
interface BenchShift {
  value: number;
  /** When it happened, ms after navigation. */
  at: number;
  /** The nodeName of each node that moved. */
  sources: string[];
}

interface Window {
  /** Durations (ms) of the long tasks so far. */
  __longtasks: number[];
  /** Scores of the layout shifts not caused by input (browser.mjs). */
  __shifts: number[];
  /** The same shifts with their time and what moved (health.mjs). */
  __layoutShifts: BenchShift[];
  /** Resolves with performance.now() once the widgets near the screen have rendered. */
  __readyP: Promise<number>;
  __ready: number;
  /** Set if some element's code failed to load. */
  __failed: boolean;
  /** Tags of afterword-* elements near the screen that never got defined. */
  __undefined: string[];
}

/** Chromium's layout-shift entry (the Layout Instability API; not in TypeScript's DOM types). */
interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources: { node: Node | null }[];
}
