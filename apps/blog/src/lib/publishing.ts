export interface PublishingFields {
  draft?: boolean | undefined;
  pubDatetime: Date;
}

/**
 * A post is published when it is not a draft and its time has come. The margin lets a post
 * scheduled a few minutes after a build go out with that build rather than a day later.
 */
export function isPublished(post: PublishingFields, now: Date, marginMinutes: number): boolean {
  if (post.draft) return false;
  return post.pubDatetime.getTime() - marginMinutes * 60_000 <= now.getTime();
}
