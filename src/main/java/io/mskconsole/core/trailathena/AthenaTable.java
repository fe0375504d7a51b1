package io.mskconsole.core.trailathena;

import io.mskconsole.core.trailbucket.TrailInfo;
import io.mskconsole.core.trailbucket.TrailLayout;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The CREATE EXTERNAL TABLE of a trail's files, as AWS documents the CloudTrail table (its columns, the JSON SerDe
 * and CloudTrail's input format), with partition projection so a query reads only the days (and accounts and
 * regions) it names: for an organization trail over account, region and date, for a trail of one account over region
 * and date. The text is shown before it is run.
 *
 * @param database       the database it goes in
 * @param table          its name
 * @param organizationId the organization's id for an organization trail, else null
 * @param accounts       the accounts projected (one for a trail of one account)
 * @param regions        the regions projected
 * @param since          the first day projected
 */
public record AthenaTable(String database, String table, TrailInfo trail, String organizationId,
                          List<String> accounts, List<String> regions, LocalDate since)
        implements AthenaStatement {
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    /** @throws IllegalArgumentException for a name Athena does not take, or an account or region that is not one */
    public AthenaTable {
        database = AthenaSql.name("database", database);
        table = AthenaSql.name("table", table);
        Objects.requireNonNull(trail, "trail");
        accounts = List.copyOf(accounts);
        regions = List.copyOf(regions);
        Objects.requireNonNull(since, "since");
        if (accounts.isEmpty() || regions.isEmpty()) {
            throw new IllegalArgumentException("The table needs at least one account and one region.");
        }
        if (organizationId == null && accounts.size() != 1) {
            throw new IllegalArgumentException("A trail of one account has one account: " + accounts + ".");
        }
        accounts.forEach(a -> check(ACCOUNT, a, "an AWS account id (12 digits)"));
        regions.forEach(r -> check(REGION, r, "an AWS region (like us-east-1)"));
        TrailLayout.root(trail.keyPrefix(), organizationId); // checks the organization id
        if (trail.keyPrefix() != null && (trail.keyPrefix().contains("'") || trail.keyPrefix().contains("\\"))) {
            throw new IllegalArgumentException("Trail " + trail.name() + "'s key prefix '" + trail.keyPrefix()
                    + "' holds a quote or a backslash, which a table's location cannot: query its files from S3.");
        }
    }

    /** Whether the table is partitioned by account too (an organization trail). */
    public boolean byAccount() {
        return organizationId != null;
    }

    /** The table's full name, {@code database.table}. */
    public String qualified() {
        return database + "." + table;
    }

    @Override
    public String text() {
        return ddl();
    }

    /** Where its files are: the {@code LOCATION} it is created with. */
    public String location() {
        String root = "s3://" + trail.bucket() + "/" + TrailLayout.root(trail.keyPrefix(), organizationId);
        return byAccount() ? root : root + accounts.get(0) + "/CloudTrail/";
    }

    /** The statement, exactly as sent. */
    public String ddl() {
        String location = location();
        String template = byAccount() ? location + "${account}/CloudTrail/${region}/${timestamp}"
                : location + "${region}/${timestamp}";
        StringBuilder ddl = new StringBuilder("CREATE EXTERNAL TABLE ").append(qualified()).append(" (\n")
                .append(COLUMNS).append(")\nCOMMENT ").append(AthenaSql.literal("CloudTrail of trail "
                        + trail.name() + ", made by MSK Console")).append("\nPARTITIONED BY (")
                .append(byAccount() ? "account string, " : "").append("region string, timestamp string)\n")
                .append("ROW FORMAT SERDE 'org.apache.hive.hcatalog.data.JsonSerDe'\n")
                .append("STORED AS INPUTFORMAT 'com.amazon.emr.cloudtrail.CloudTrailInputFormat'\n")
                .append("OUTPUTFORMAT 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat'\n")
                .append("LOCATION ").append(AthenaSql.literal(location)).append("\nTBLPROPERTIES (\n")
                .append("  'projection.enabled'='true',\n");
        if (byAccount()) {
            ddl.append("  'projection.account.type'='enum',\n  'projection.account.values'=")
                    .append(AthenaSql.literal(String.join(",", accounts))).append(",\n");
        }
        return ddl.append("  'projection.region.type'='enum',\n  'projection.region.values'=")
                .append(AthenaSql.literal(String.join(",", regions))).append(",\n")
                .append("  'projection.timestamp.type'='date',\n")
                .append("  'projection.timestamp.format'='yyyy/MM/dd',\n")
                .append("  'projection.timestamp.interval'='1',\n")
                .append("  'projection.timestamp.interval.unit'='DAYS',\n")
                .append("  'projection.timestamp.range'=").append(AthenaSql.literal(DAY.format(since) + ",NOW"))
                .append(",\n  'storage.location.template'=").append(AthenaSql.literal(template)).append("\n)")
                .toString();
    }

    private static void check(Pattern pattern, String value, String what) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not " + what + ".");
        }
    }

    /** The documented CloudTrail table's columns. */
    static final String COLUMNS = String.join(",\n", List.of(
            "  eventversion STRING",
            "  useridentity STRUCT<type: STRING, principalid: STRING, arn: STRING, accountid: STRING, invokedby: "
                    + "STRING, accesskeyid: STRING, username: STRING, onbehalfof: STRUCT<userid: STRING, "
                    + "identitystorearn: STRING>, sessioncontext: STRUCT<attributes: STRUCT<mfaauthenticated: STRING, "
                    + "creationdate: STRING>, sessionissuer: STRUCT<type: STRING, principalid: STRING, arn: STRING, "
                    + "accountid: STRING, username: STRING>, ec2roledelivery: STRING, webidfederationdata: "
                    + "STRUCT<federatedprovider: STRING, attributes: map<string,string>>>>",
            "  eventtime STRING",
            "  eventsource STRING",
            "  eventname STRING",
            "  awsregion STRING",
            "  sourceipaddress STRING",
            "  useragent STRING",
            "  errorcode STRING",
            "  errormessage STRING",
            "  requestparameters STRING",
            "  responseelements STRING",
            "  additionaleventdata STRING",
            "  requestid STRING",
            "  eventid STRING",
            "  readonly STRING",
            "  resources ARRAY<STRUCT<arn: STRING, accountid: STRING, type: STRING>>",
            "  eventtype STRING",
            "  apiversion STRING",
            "  recipientaccountid STRING",
            "  serviceeventdetails STRING",
            "  sharedeventid STRING",
            "  vpcendpointid STRING",
            "  eventcategory STRING",
            "  tlsdetails STRUCT<tlsversion: STRING, ciphersuite: STRING, clientprovidedhostheader: STRING>")) + "\n";
}
