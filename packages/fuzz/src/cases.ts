import { byteMutations, giantMutations, textMutations, type Mutation, type SeedDocument } from './mutations.ts';
import { Random } from './random.ts';

/** One mutated file, a pure function of the run seed and its index. */
export interface FuzzCase {
  index: number;
  /** Where the case is written, relative to the fixture root. */
  path: string;
  /** The seed it was mutated from. */
  seedPath: string;
  /** Mutation names in the order they were applied. */
  mutations: string[];
  contents: Uint8Array;
}

const encoder = new TextEncoder();

/** How many cases at the start of every run are the giant shapes (10 MB line, 5,000 headings, …). */
export const GIANT_CASES = giantMutations.length;

function casePath(seed: SeedDocument, index: number, random: Random): string {
  const extension = random.bool(0.15) ? 'mdx' : 'md';
  const name = random.weighted([
    [`fuzz-${index}`, 8],
    [`fuzz ${index} with spaces`, 1],
    [`fuzz-${index}-ünïcödé-カフカ`, 1],
    [`_fuzz-${index}`, 0.5],
  ] as const);
  return seed.path.startsWith('content/docs/') ? `content/docs/fuzz/${name}.${extension}` : `content/blog/${name}.${extension}`;
}

/** Builds case `index` of the run `seed` from the seed documents. */
export function generateCase(runSeed: number, index: number, seeds: readonly SeedDocument[]): FuzzCase {
  const random = new Random(runSeed, index);
  const seed = random.pick(seeds);
  const applied: Mutation[] = [];
  if (index < GIANT_CASES) {
    applied.push(giantMutations[index]!);
    if (random.bool()) applied.push(random.pick(textMutations.filter((mutation) => mutation.name === 'crlf' || mutation.name === 'mixed-newlines')));
  } else {
    const count = random.weighted([
      [1, 4],
      [2, 3],
      [3, 2],
      [5, 1],
    ] as const);
    for (let n = 0; n < count; n += 1) {
      // Thousands of headings are the giant case: too slow to draw at random and keep a run bounded.
      const pool = [...textMutations, ...(random.bool(0.75) ? [] : byteMutations)].filter((mutation) => mutation.name !== 'many-headings');
      applied.push(random.pick(pool));
    }
  }
  // Text mutations run before encoding and byte mutations after, whatever order they were drawn in.
  let text = seed.text;
  for (const mutation of applied) if (mutation.kind === 'text') text = mutation.apply(text, random, seeds);
  let bytes: Uint8Array = encoder.encode(text);
  for (const mutation of applied) if (mutation.kind === 'bytes') bytes = mutation.apply(bytes, random);
  return {
    index,
    path: casePath(seed, index, random),
    seedPath: seed.path,
    mutations: [...applied.filter((m) => m.kind === 'text'), ...applied.filter((m) => m.kind === 'bytes')].map((m) => m.name),
    contents: bytes,
  };
}
