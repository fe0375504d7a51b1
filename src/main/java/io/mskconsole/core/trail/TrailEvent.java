package io.mskconsole.core.trail;

import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One CloudTrail event of MSK, as the browser shows it: the fields of its columns, parsed once from the record, and
 * the whole record (JSON text) for the detail pane and exports. Immutable; equal by event id.
 */
public final class TrailEvent {
    /** Newest first, then by eventID so equal times keep one order. */
    public static final Comparator<TrailEvent> NEWEST_FIRST = Comparator.comparing(TrailEvent::time).reversed()
            .thenComparing(TrailEvent::eventId);

    private final String eventId;
    private final Instant time;
    private final String name;
    private final String source;
    private final String region;
    private final String user;
    private final String userType;
    private final String sourceIp;
    private final Boolean readOnly;
    private final String errorCode;
    private final String errorMessage;
    private final MskResource resource;
    private final String record;
    /** The fields the free-text filter looks in, lower case (shared, as their values are). */
    private final String[] searchable;
    private final TrailOrigin origin;
    private final String account;

    public TrailEvent(String eventId, Instant time, String name, String source, String region, String user,
                      String userType, String sourceIp, Boolean readOnly, String errorCode, String errorMessage,
                      MskResource resource, String record) {
        this(eventId, time, name, source, region, user, userType, sourceIp, readOnly, errorCode, errorMessage,
                resource, record, TrailOrigin.LOOKUP, "");
    }

    /** @param account the account it happened in (recipientAccountId), or empty when the record does not say */
    public TrailEvent(String eventId, Instant time, String name, String source, String region, String user,
                      String userType, String sourceIp, Boolean readOnly, String errorCode, String errorMessage,
                      MskResource resource, String record, String account) {
        this(eventId, time, name, source, region, user, userType, sourceIp, readOnly, errorCode, errorMessage,
                resource, record, TrailOrigin.LOOKUP, account);
    }

    private TrailEvent(String eventId, Instant time, String name, String source, String region, String user,
                       String userType, String sourceIp, Boolean readOnly, String errorCode, String errorMessage,
                       MskResource resource, String record, TrailOrigin origin, String account) {
        this.origin = Objects.requireNonNull(origin, "origin");
        this.account = Words.of(account);
        this.eventId = Objects.requireNonNull(eventId, "eventId");
        this.time = Objects.requireNonNull(time, "time");
        // repeated values are shared (Words): a year of events is a few hundred distinct ones
        this.name = Words.of(name);
        this.source = Words.of(source);
        this.region = Words.of(region);
        this.user = Words.of(user);
        this.userType = Words.of(userType);
        this.sourceIp = Words.of(sourceIp);
        this.readOnly = readOnly;
        this.errorCode = Words.of(errorCode);
        this.errorMessage = Words.of(errorMessage);
        this.resource = Words.of(resource);
        this.record = Objects.requireNonNull(record, "record");
        String[] fields = {this.name, this.source, this.region, this.user, this.sourceIp, this.errorCode,
            this.errorMessage, this.resource.clusterName(), this.resource.clusterArn(), this.resource.topic(),
            this.resource.group(), this.eventId, this.account};
        int kept = 0;
        for (String field : fields) {
            if (!field.isEmpty()) {
                fields[kept++] = field == this.eventId ? field.toLowerCase(Locale.ROOT) : Words.lower(field);
            }
        }
        this.searchable = java.util.Arrays.copyOf(fields, kept);
    }

    public String eventId() {
        return eventId;
    }

    public Instant time() {
        return time;
    }

    /** eventName, e.g. UpdateMonitoring or CreateTopic. */
    public String name() {
        return name;
    }

    /** eventSource, e.g. kafka.amazonaws.com. */
    public String source() {
        return source;
    }

    public String region() {
        return region;
    }

    /** Who: a user name, "role/session" for an assumed role, a service for a service call. */
    public String user() {
        return user;
    }

    /** userIdentity.type: IAMUser, AssumedRole, FederatedUser, AWSService, Root, ... */
    public String userType() {
        return userType;
    }

    public String sourceIp() {
        return sourceIp;
    }

    /** readOnly, or null when the record does not say. */
    public Boolean readOnly() {
        return readOnly;
    }

    public String errorCode() {
        return errorCode;
    }

    public String errorMessage() {
        return errorMessage;
    }

    public boolean hasError() {
        return !errorCode.isEmpty();
    }

    /** The cluster, topic or group the event concerns, parsed from the ARNs in the record. */
    public MskResource resource() {
        return resource;
    }

    /** The whole record, JSON text, as CloudTrail gave it. */
    /** Where the browser got it (LookupEvents unless told otherwise). */
    public TrailOrigin origin() {
        return origin;
    }

    /** The same event, got from elsewhere. */
    public TrailEvent from(TrailOrigin where) {
        return where == origin ? this : new TrailEvent(eventId, time, name, source, region, user, userType, sourceIp,
                readOnly, errorCode, errorMessage, resource, record, where, account);
    }

    /** The account it happened in (recipientAccountId, else the caller's), or empty when the record does not say. */
    public String account() {
        return account;
    }

    public String record() {
        return record;
    }

    /** The searchable fields, lower case, one per line. */
    public String searchText() {
        return String.join("\n", searchable);
    }

    /** Whether one of the searchable fields holds the text, which is lower case: the free-text filter's test. */
    public boolean holds(String lowerCase) {
        for (String field : searchable) {
            if (field.contains(lowerCase)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrailEvent event && event.eventId.equals(eventId);
    }

    @Override
    public int hashCode() {
        return eventId.hashCode();
    }

    @Override
    public String toString() {
        return time + " " + name + " by " + user + " (" + eventId + ")";
    }
}
