/**
 * Every output format of `--format`, in the order `--help` lists them. A new format is one file
 * in this folder exporting an `OutputFormat`, and one line here.
 */
import type { OutputFormat } from './format.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { unknownWordsFormat } from './unknown-words.js';

export const outputFormats: readonly OutputFormat[] = [stylish, github, json, sarif, unknownWordsFormat];

export function outputFormat(name: string): OutputFormat | undefined {
  return outputFormats.find((format) => format.name === name);
}

export type { OutputFormat, Report, ReportOutput, RuleInfo } from './format.js';
