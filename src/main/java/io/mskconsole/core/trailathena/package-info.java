/**
 * CloudTrail history with Athena, for history beyond one machine: the trail's table with partition projection
 * ({@link io.mskconsole.core.trailathena.AthenaTable}) and the MSK queries over it
 * ({@link io.mskconsole.core.trailathena.AthenaQuery}), their text built from the user's choices with every value a
 * quoted SQL literal.
 */
package io.mskconsole.core.trailathena;
