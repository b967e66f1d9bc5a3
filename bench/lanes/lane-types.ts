/** What the bench hands a lane process and what each lane prints back (one JSON line on stdout). */

/** A page to read and the newest date the network's truth has for it (null for a blank list). */
export interface LanePage {
  key: string;
  url: string;
  newest: string | null;
}

export interface NaiveFigures {
  pages: number;
  wallS: number;
  cpuS: number;
  peakRssMiB: number;
  bytes: number;
  /** Share of pages whose newest date matches the truth's, in %. */
  newestAgreement: number;
}

export interface CycleFigures {
  pages: number;
  requests: number;
  wallS: number;
  /** The whole process: main thread and parser threads. */
  cpuS: number;
  /** Of which the main thread's; the rest is the parser threads' (and V8's helper threads'). */
  mainS: number;
  /** The process's peak RSS so far (monotonic: the second cycle's includes the first's). */
  peakRssMiB: number;
  bytes: number;
  agreement: number;
  disagreements: number;
  newestAgreement: number;
  /** Main-thread stages timed in the pipeline (LANDWATCH_STAGE_TIMING), ms in total. */
  stagesMs: Record<string, number>;
  /** Seconds into the cycle by which half, 90 %, 99 % and all of its sections were judged. */
  judgedByS: { p50: number; p90: number; p99: number; all: number };
  /** Seconds into the cycle by which its searches for moved columns had ended and written their proposals. */
  relocatedByS: number;
  /** The last sections judged, when, and how they were read: what the cycle's tail waited on. */
  lastJudged: string[];
}

/** Where a parser thread's time goes, measured on a sample of this run's bodies, as shares of the whole. */
export interface ExtractionSplit {
  sample: number;
  /** Milliseconds per page for the whole extraction, in the bench process. */
  msPerPage: number;
  shares: Record<string, number>;
}

export interface LandwatchFigures {
  first: CycleFigures;
  second: CycleFigures;
  split: ExtractionSplit;
  /** The browser lane over both cycles (its own processes' peak memory); null when it was off. */
  browser: { pages: number; launches: number; peakRssMiB: number; busyS: number; tabs: number } | null;
}
