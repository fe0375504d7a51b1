package io.mskconsole.cli;

/**
 * What a headless command returns to the shell.
 *
 * <ul>
 *   <li>{@link #OK} 0: done (also: nothing to do, a dry run shown, or {@code logging check} found no error).</li>
 *   <li>{@link #FAILED} 1: the operation failed or cannot be done now: a service error, an operation that ended
 *       UPDATE_FAILED, a cluster that is not ACTIVE, a serverless cluster (export, check and apply alike), no answer to
 *       UpdateMonitoring (the change may or may not have been applied), an error found by the destination checks
 *       ({@code logging check}, or {@code logging apply} refusing without {@code --force}; with
 *       {@code logging check --strict}, also a warning or a check that could not run), and any failure once
 *       UpdateMonitoring was accepted, even expired credentials while following (the message names the operation,
 *       which goes on). {@code trail}: the lookup of a region failed (the other regions' events are printed).
 *       {@code cluster create}: an error finding (with {@code --check}, or refusing without {@code --force}), MSK
 *       refusing CreateClusterV2, no answer to it (the cluster may or may not be being created), a new cluster that
 *       FAILED or was deleted while followed with {@code --wait}.</li>
 *   <li>{@link #USAGE} 2: the input or the setup is wrong before anything was sent: unknown or missing option,
 *       malformed file, a name that breaks a rule (for {@code cluster create}: any rule of the request, e.g. a
 *       subnet that does not exist), a bad ARN, no credentials or an unusable profile; {@code trail
 *       --files} where no file could be read.</li>
 *   <li>{@link #INTERRUPTED} 130: Ctrl-C while checking or applying: before sending, nothing is sent; while
 *       following an operation or a new cluster, following stops (the operation or creation goes on in AWS); {@code trail} prints the events
 *       that had arrived.</li>
 * </ul>
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
