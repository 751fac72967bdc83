/**
 * The entry of a `check` worker thread. Node's compile cache, which the CLI turns on, does not
 * reach worker threads; turned on here, before the worker's modules load, it spares each worker
 * compiling them again on every run.
 */
import module from 'node:module';

module.enableCompileCache?.();
await import('./worker-thread.js');
