import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium.js';
import { blogAppDir, docsAppDir } from './paths.js';
import { startPreview, type PreviewServer } from './preview-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    blogUrl: string;
    docsUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // Fails the whole suite, loudly, rather than skipping it on a machine without a browser.
  findChromium();
  const servers: PreviewServer[] = [];
  try {
    const blog = await startPreview(blogAppDir);
    servers.push(blog);
    const docs = await startPreview(docsAppDir);
    servers.push(docs);
    project.provide('blogUrl', blog.url);
    project.provide('docsUrl', docs.url);
  } catch (error) {
    await Promise.all(servers.map((server) => server.stop()));
    throw error;
  }
  return async () => {
    await Promise.all(servers.map((server) => server.stop()));
  };
}
