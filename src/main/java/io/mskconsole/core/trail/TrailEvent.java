package io.mskconsole.core.trail;

import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One CloudTrail event of MSK, as the browser shows it: the fields of its columns, parsed once from the record (their
 * repeated values shared, see {@link Words}), and where the whole record (JSON text) is kept for the detail pane and
 * exports ({@link Records}: a store's compressed block off the heap, or a text of its own). Immutable; equal by event
 * id.
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
    private final Records records;
    private final int slot;
    /** The fields the free-text filter looks in, lower case (shared, as their values are). */
    private final String[] searchable;
    private final TrailOrigin origin;
    private final String account;

    public TrailEvent(String eventId, Instant time, String name, String source, String region, String user,
                      String userType, String sourceIp, Boolean readOnly, String errorCode, String errorMessage,
                      MskResource resource, String record) {
        this(eventId, time, name, source, region, user, userType, sourceIp, readOnly, errorCode, errorMessage,
                resource, Records.of(record), 0, TrailOrigin.LOOKUP, "");
    }

    /** @param account the account it happened in (recipientAccountId), or empty when the record does not say */
    public TrailEvent(String eventId, Instant time, String name, String source, String region, String user,
                      String userType, String sourceIp, Boolean readOnly, String errorCode, String errorMessage,
                      MskResource resource, String record, String account) {
        this(eventId, time, name, source, region, user, userType, sourceIp, readOnly, errorCode, errorMessage,
                resource, Records.of(record), 0, TrailOrigin.LOOKUP, account);
    }

    /** @param records where its record's text is kept, at {@code slot} */
    public TrailEvent(String eventId, Instant time, String name, String source, String region, String user,
                      String userType, String sourceIp, Boolean readOnly, String errorCode, String errorMessage,
                      MskResource resource, Records records, int slot, String account) {
        this(eventId, time, name, source, region, user, userType, sourceIp, readOnly, errorCode, errorMessage,
                resource, records, slot, TrailOrigin.LOOKUP, account);
    }

    private TrailEvent(String eventId, Instant time, String name, String source, String region, String user,
                       String userType, String sourceIp, Boolean readOnly, String errorCode, String errorMessage,
                       MskResource resource, Records records, int slot, TrailOrigin origin, String account) {
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
        this.records = Objects.requireNonNull(records, "records");
        this.slot = slot;
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

    /** Where the browser got it (LookupEvents unless told otherwise). */
    public TrailOrigin origin() {
        return origin;
    }

    /** The same event, got from elsewhere. */
    public TrailEvent from(TrailOrigin where) {
        return where == origin ? this : new TrailEvent(this, records, slot, where);
    }

    /** The same event, its record's text kept elsewhere (a store's block). */
    public TrailEvent keptIn(Records where, int at) {
        return new TrailEvent(this, Objects.requireNonNull(where, "where"), at, origin);
    }

    /** A copy of another, its fields shared, kept elsewhere or got from elsewhere. */
    private TrailEvent(TrailEvent other, Records records, int slot, TrailOrigin origin) {
        this.eventId = other.eventId;
        this.time = other.time;
        this.name = other.name;
        this.source = other.source;
        this.region = other.region;
        this.user = other.user;
        this.userType = other.userType;
        this.sourceIp = other.sourceIp;
        this.readOnly = other.readOnly;
        this.errorCode = other.errorCode;
        this.errorMessage = other.errorMessage;
        this.resource = other.resource;
        this.records = records;
        this.slot = slot;
        this.searchable = other.searchable;
        this.origin = Objects.requireNonNull(origin, "origin");
        this.account = other.account;
    }

    /** The account it happened in (recipientAccountId, else the caller's), or empty when the record does not say. */
    public String account() {
        return account;
    }

    /**
     * The whole record, JSON text, as CloudTrail gave it; read from where it is kept (a store's block is read and
     * inflated, then kept a while for its neighbours).
     *
     * @throws java.io.UncheckedIOException when its store can no longer read it back
     */
    public String record() {
        return records.record(slot);
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
