#!/usr/bin/env node
import module from 'node:module';

// A CLI run loads hundreds of modules; Node keeps their compiled code on disk between runs.
module.enableCompileCache?.();

const { main } = await import('../dist/cli.js');
process.exitCode = await main(process.argv.slice(2));
