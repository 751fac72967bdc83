export {
  createDoc,
  createPost,
  FileExistsError,
  FrontmatterInvalidError,
  localDate,
  parseTags,
  planDoc,
  planPost,
  writePlannedFile,
  type NewDocInput,
  type NewPostInput,
  type PlannedFile,
  type ScaffoldOptions,
} from './create.js';
export { docIdFromPath, ScaffoldError, slugFromTitle, titleFromPathSegment } from './slug.js';
