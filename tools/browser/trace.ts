// What the benchmarks read of a Chromium trace (scripts/bench-browser.ts, scripts/profile-cold.ts).

/** A complete or instant event of a Chromium trace: `dur` wall and `tdur` thread time in microseconds; `args`
 * names the script (`url`, `fileName`) or holds a console.timeStamp's `message`. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  args?: { data?: { url?: string; message?: string }; fileName?: string };
}
