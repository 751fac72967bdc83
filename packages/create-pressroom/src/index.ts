export { CreateError, configFor, configSchemaPath, createRepository, packageNameOf, templateDir, type CreateOptions } from './create.js';
export { main, usage, type CliIo } from './cli.js';
