/**
 * CloudTrail history where it lives: a trail's log files in its S3 bucket, found by the trail's layout
 * ({@link io.mskconsole.core.trailbucket.TrailLayout}) and read through
 * {@link io.mskconsole.core.trailbucket.TrailBucketGateway}, for history beyond LookupEvents' 90 days.
 */
package io.mskconsole.core.trailbucket;
