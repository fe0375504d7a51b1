/**
 * Where loaded events keep their records' text ({@link io.mskconsole.core.trailstore.RecordStore}): compressed in
 * blocks, in a file of the app's cache folder, so that a million events fit the app's heap.
 */
package io.mskconsole.core.trailstore;
