/**
 * Files and folders only their owner may read: the caches and stores of an organization's audit records.
 */
package io.mskconsole.core.privatefiles;
