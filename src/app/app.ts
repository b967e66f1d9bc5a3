import type { Catalog } from '../domain/catalog.js';
import { findDataEndpoint } from '../extract/data-endpoint.js';
import type { AppDeps, AppParts } from './app-parts.js';
import { catalogSource } from './catalog.js';
import { type CheckSections, createCheckPipeline } from './check-pipeline.js';
import { readContext } from './read-step.js';
import { createServices, type Services } from './services.js';

export interface App {
  /** What is watched, with accepted addresses applied. */
  catalog(): Catalog;
  /** The one check pipeline. */
  check: CheckSections;
  services: Services;
  parts: AppParts;
}

/** Builds the application once from its adapters: one catalog, one pipeline, the services on top. */
export function createApp(deps: AppDeps): App {
  const catalog = catalogSource(deps.config, deps.store);
  const reading = readContext({
    fetcher: deps.fetcher,
    queue: deps.queue,
    extract: deps.extract,
    browser: deps.browser ?? null,
    findEndpoint: findDataEndpoint,
    detailFetches: deps.config.settings.fetch.detailFetches,
  });
  const check = createCheckPipeline({
    catalog,
    settings: deps.config.settings,
    store: deps.store,
    fetcher: deps.fetcher,
    queue: deps.queue,
    reading,
    clock: deps.now,
    policy: deps.policy ?? deps.config.settings.alerts,
    calendar: deps.config.calendar,
  });
  const parts: AppParts = {
    config: deps.config,
    store: deps.store,
    fetcher: deps.fetcher,
    queue: deps.queue,
    clock: deps.now,
    catalog,
    check,
    reading,
  };
  return { catalog, check, services: createServices(parts), parts };
}
