import type { Day } from './types.js';

/** How the fetch of a section ended, before anything was read from the page. */
export type Access = 'ok' | 'missing' | 'blocked' | 'unreachable';

/** Which way a section's list was read: its page, the page's data endpoint, its scripts' text, a browser. */
export type ReadPath = 'page' | 'endpoint' | 'script' | 'browser';

export type ExtractionStatus = 'ok' | 'blank' | 'undated' | 'unparsed';

/** Where the newest date was read: the element path and the raw text, so anyone can verify it. */
export interface Provenance {
  path: string;
  raw: string;
}

export interface NewestItem {
  title: string;
  url: string | null;
  date: Day;
  provenance: Provenance;
}

/** What one extraction found, reduced to what later decisions need. */
export interface Reading {
  status: ExtractionStatus;
  family: string;
  itemCount: number;
  newest: NewestItem | null;
  /** Years named in item titles ("2026年度…供应计划"), for annual rules. */
  titleYears: number[];
  /** Hash of the item list, to tell a real change from a re-render. */
  fingerprint: string;
  /** Why the page could not be read as a list, when status is unparsed. */
  note?: string | undefined;
}

/** The result of one check of a section. */
export interface Observation {
  at: string;
  url: string;
  access: Access;
  httpStatus: number | null;
  /**
   * Short machine-readable cause when no list was read: `timeout`, `redirect-loop`, `http-404`, …; for blocked
   * sections `challenge`, `forbidden`, `rate-limited` or `captcha`; for unparsed ones `script-list` or `no-list`.
   */
  reason: string | null;
  bytes: number;
  ms: number;
  /** How the list was read; absent in records written before there was more than one way. */
  via?: ReadPath | undefined;
  /**
   * What the read paths said when no list came of it, for the people reading the state: the browser a
   * script-built list needs is missing, or its deadline passed.
   */
  note?: string | null | undefined;
  /** When the browser lane last tried this section and found no list (it rests a while before the next try). */
  browserTriedAt?: string | undefined;
  /** True when the server answered 304 and the last reading was reused. */
  notModified: boolean;
  reading: Reading | null;
}
