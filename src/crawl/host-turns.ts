/** Work for one host, one piece after another; hosts run side by side. */
export class HostTurns {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(host: string, work: () => Promise<T>): Promise<T> {
    const before = this.tails.get(host) ?? Promise.resolve();
    const result = before.then(work);
    const tail = result.then(
      () => {},
      () => {},
    );
    this.tails.set(host, tail);
    // The last in line clears the host, so the map holds only hosts with work waiting.
    void tail.then(() => {
      if (this.tails.get(host) === tail) this.tails.delete(host);
    });
    return result;
  }
}
