/** Milliseconds per phase of a run, in the order the phases were first met. */
export class Profile {
  readonly timings = new Map<string, number>();

  async time<T>(phase: string, run: () => Promise<T> | T): Promise<T> {
    const start = performance.now();
    try {
      return await run();
    } finally {
      this.add(phase, performance.now() - start);
    }
  }

  add(phase: string, milliseconds: number): void {
    this.timings.set(phase, (this.timings.get(phase) ?? 0) + milliseconds);
  }

  /** Adds the phases one file's pass timed (in this thread or a worker). */
  addAll(timings: Readonly<Record<string, number>>): void {
    for (const [phase, milliseconds] of Object.entries(timings)) this.add(phase, milliseconds);
  }
}
