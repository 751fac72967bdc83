/**
 * The entry of the dictionary thread (see `threads/dictionary-thread.ts`). Turned on here, before its
 * modules load, Node's compile cache spares the thread compiling cspell again on every run.
 */
import module from 'node:module';

module.enableCompileCache?.();
await import('./dictionary-worker-thread.js');
