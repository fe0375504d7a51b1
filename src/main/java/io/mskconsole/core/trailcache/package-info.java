/**
 * Trail files and day listings already read from S3, kept on this machine
 * ({@link io.mskconsole.core.trailcache.TrailFileCache}): a second look at the same range reads nothing again.
 */
package io.mskconsole.core.trailcache;
