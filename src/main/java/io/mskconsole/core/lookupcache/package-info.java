/**
 * LookupEvents' answers kept on this machine between runs
 * ({@link io.mskconsole.core.lookupcache.DiskLookupCache}): reopening the browser asks CloudTrail only for what is
 * new since.
 */
package io.mskconsole.core.lookupcache;
