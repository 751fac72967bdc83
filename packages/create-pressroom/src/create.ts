import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteConfigSchema, type SiteConfigInput } from '@pressroom/site-config';

/** What a new repository is made of: its folder and the names and addresses of its two sites. */
export interface CreateOptions {
  /** The folder to create, absolute or relative to the working directory. */
  directory: string;
  blogTitle: string;
  docsTitle: string;
  /** The blog's public address, e.g. `https://blog.example.com`. */
  url: string;
  /** The docs' public address, e.g. `https://docs.example.com`. */
  docsUrl: string;
  author: string;
  /** The repository's web address, e.g. `https://github.com/me/my-site`. */
  repository: string;
}

/** A problem with what was asked for: the flag it came from and what to do. Nothing was written. */
export class CreateError extends Error {
  override name = 'CreateError';
}

/** Where `$schema` points: the JSON Schema the installed check ships, as `pressroom init` writes it. */
export const configSchemaPath = './node_modules/@pressroom/check/dist/pressroom.config.schema.json';

/** Which flag sets each key of the config, for messages that name what the user typed. */
const flagOfPath: Record<string, string> = {
  author: '--author',
  'repository.url': '--repository',
  'sites.blog.title': '--blog-title',
  'sites.blog.url': '--url',
  'sites.docs.title': '--docs-title',
  'sites.docs.url': '--docs-url',
};

/** The `pressroom.config.json` of the new repository, validated with the schema the sites read. */
export function configFor(options: Omit<CreateOptions, 'directory'>, name: string): SiteConfigInput & { $schema: string } {
  const config = {
    $schema: configSchemaPath,
    author: options.author,
    repository: { url: options.repository, branch: 'main' },
    sites: {
      blog: {
        title: options.blogTitle,
        description: `Posts by ${options.author}.`,
        url: options.url,
        base: '/',
        contentDir: 'content/blog',
      },
      docs: {
        title: options.docsTitle,
        description: `The documentation of ${name}.`,
        url: options.docsUrl,
        base: '/',
        contentDir: 'content/docs',
      },
    },
  };
  const parsed = siteConfigSchema.safeParse(config);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const path = issue.path.join('.');
      return `${flagOfPath[path] ?? path}: ${issue.message}`;
    });
    throw new CreateError(problems.join('\n'));
  }
  // The schema takes a site's path as `base`, apart from its address: the command sets no base, so
  // an address with a path would publish the site at its root all the same.
  const withPath = (['url', 'docsUrl'] as const).filter((key) => !/^[a-z]+:\/\/[^/?#]+\/*$/i.test(options[key]));
  if (withPath.length > 0) {
    throw new CreateError(
      withPath
        .map((key) => `${key === 'url' ? '--url' : '--docs-url'}: Unexpected path in "${options[key]}", expected an origin such as "https://blog.example.com" (a site under a path takes \`base\` in pressroom.config.json)`)
        .join('\n'),
    );
  }
  return config;
}

/** The template written at this package's build: the apps of Pressroom and the repository around them. */
export function templateDir(): string {
  return fileURLToPath(new URL('./template/', import.meta.url));
}

function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path, base) : [relative(base, path).replaceAll('\\', '/')];
  });
}

/** A folder name as an npm package name: lower case, no spaces or other characters npm refuses. */
export function packageNameOf(folder: string): string {
  const name = folder
    .toLowerCase()
    .replaceAll(/[^a-z0-9._~-]+/g, '-')
    .replace(/^[._-]+/, '')
    .replace(/-+$/, '');
  return name || 'pressroom-site';
}

/** Files outside the apps name the project; the apps are copied as they are. */
const substituted = (file: string) => !file.startsWith('apps/');

/**
 * Writes a new repository into `options.directory`, which must not exist or be empty, and returns
 * the files written, relative to it. Installs nothing and runs no git: the command does that.
 */
export function createRepository(options: CreateOptions, now = new Date()): string[] {
  const target = resolve(options.directory);
  const name = basename(target);
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) throw new CreateError(`${options.directory} is a file: name a new folder instead.`);
    if (readdirSync(target).length > 0) {
      throw new CreateError(`${options.directory} is not empty: name a new folder, or empty this one first. Nothing was written.`);
    }
  }
  const config = configFor(options, name);
  const values: Record<string, string> = {
    name,
    packageName: packageNameOf(name),
    blogTitle: options.blogTitle,
    docsTitle: options.docsTitle,
    blogUrl: config.sites.blog.url,
    docsUrl: config.sites.docs.url,
    date: now.toISOString().slice(0, 10),
  };

  const template = templateDir();
  mkdirSync(target, { recursive: true });
  cpSync(template, target, { recursive: true });
  const written: string[] = [];
  for (const file of filesUnder(target)) {
    let path = file;
    // npm leaves `.gitignore` out of a published package: it travels as `_gitignore`.
    if (basename(file) === '_gitignore') {
      path = file.replace(/_gitignore$/, '.gitignore');
      renameSync(join(target, file), join(target, path));
    }
    if (substituted(path) && /\.(?:md|json|ya?ml|ts)$/.test(path)) {
      const text = readFileSync(join(target, path), 'utf8');
      const filled = text.replaceAll(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
      if (filled !== text) writeFileSync(join(target, path), filled);
    }
    written.push(path);
  }
  writeFileSync(join(target, 'pressroom.config.json'), `${JSON.stringify(config, null, 2)}\n`);
  written.push('pressroom.config.json');
  return written.sort();
}
