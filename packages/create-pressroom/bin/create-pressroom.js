#!/usr/bin/env node
// A committed launcher, so pnpm can link the bin on a fresh clone before `dist/` is built.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
