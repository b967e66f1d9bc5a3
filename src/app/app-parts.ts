import type { Config } from '../config/config.js';
import type { BrowserLane } from '../crawl/browser/lane.js';
import type { PageReader } from '../crawl/extraction-pool.js';
import type { Fetcher } from '../crawl/fetcher.js';
import type { HostQueue } from '../crawl/host-queue.js';
import type { AlertPolicy } from '../domain/alerts.js';
import type { Store } from '../store/store.js';
import type { CatalogSource } from './catalog.js';
import type { CheckSections } from './check-pipeline.js';
import type { ReadContext } from './read-step.js';

/** The adapters the application is built from: the imperative shell's side of the functional core. */
export interface AppDeps {
  config: Config;
  store: Store;
  fetcher: Fetcher;
  queue: HostQueue;
  /** Reads fetched pages, possibly on worker threads; inline when absent. */
  extract?: PageReader | undefined;
  /** The browser lane; without one, sections that need it say so. */
  browser?: BrowserLane | null | undefined;
  /** The clock. Each run reads it once and hands the instant on. */
  now: () => Date;
  /** Alert rules' policy; settings.yaml's `alerts` by default. */
  policy?: AlertPolicy | undefined;
}

/** What the application's parts share once built: the adapters, the catalog and the one check pipeline. */
export interface AppParts {
  config: Config;
  store: Store;
  fetcher: Fetcher;
  queue: HostQueue;
  clock: () => Date;
  catalog: CatalogSource;
  check: CheckSections;
  /** The read paths' parts (browser lane, cookies, endpoints), shared by checks and discovery. */
  reading: ReadContext;
}
