import type { BrowserCookie } from './browser/render-page.js';

/**
 * Cookies a passed script challenge left, by host: the plain fetcher sends them until the host
 * challenges again (then they are dropped and the browser passes it anew). Kept in memory only.
 */
export class HostCookies {
  private readonly byHost = new Map<string, BrowserCookie[]>();

  /** `nowSeconds` is the clock cookie expiry is judged by. */
  constructor(private readonly nowSeconds: () => number = () => Date.now() / 1000) {}

  set(host: string, cookies: BrowserCookie[]): void {
    if (cookies.length > 0) this.byHost.set(host, cookies);
  }

  /** The host's cookies that have not expired. */
  list(host: string): BrowserCookie[] {
    const now = this.nowSeconds();
    return (this.byHost.get(host) ?? []).filter((c) => c.expires === -1 || c.expires > now);
  }

  /** A `cookie` request header for the host, or null when none is held. */
  header(host: string): string | null {
    const live = this.list(host);
    return live.length > 0 ? live.map((c) => `${c.name}=${c.value}`).join('; ') : null;
  }

  drop(host: string): void {
    this.byHost.delete(host);
  }
}
