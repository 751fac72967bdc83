/**
 * The docs' translation status, computed once a build from the content as it is: the status page
 * and the route middleware's outdated banner read this one value.
 */
import { loadSiteConfig } from '@pressroom/site-config';
import { translationStatus } from '@pressroom/site-config/translations';

export const status = await translationStatus(loadSiteConfig());
