package io.mskconsole.kafka.levels;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.levels.BrokerLoggerGateway;
import io.mskconsole.core.levels.BrokerLoggers;
import io.mskconsole.core.levels.LogLevel;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.AlterConfigsOptions;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.DescribeConfigsOptions;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigResource;

/**
 * A cluster's broker loggers over one Admin client: describeConfigs and incrementalAlterConfigs (SET, DELETE) on each
 * broker's BROKER_LOGGER resource, which the client sends to that broker. Each call waits
 * {@link KafkaTimeouts#connect()} at most. Thread-safe, as the Admin client is.
 */
final class KafkaBrokerLoggerGateway implements BrokerLoggerGateway {
    static final String DESCRIBE_PERMISSION = "kafka-cluster:DescribeClusterDynamicConfiguration";
    static final String ALTER_PERMISSION = "kafka-cluster:AlterClusterDynamicConfiguration";

    private final Admin admin;
    private final List<Integer> brokers;
    private final KafkaTimeouts timeouts;

    KafkaBrokerLoggerGateway(Admin admin, List<Integer> brokers, KafkaTimeouts timeouts) {
        this.admin = admin;
        this.brokers = List.copyOf(brokers);
        this.timeouts = timeouts;
    }

    @Override
    public List<Integer> brokerIds() {
        return brokers;
    }

    @Override
    public BrokerLoggers describe(int brokerId) {
        ConfigResource resource = resource(brokerId);
        Duration bound = timeouts.connect();
        try {
            Config config = admin.describeConfigs(List.of(resource),
                            new DescribeConfigsOptions().timeoutMs(Math.toIntExact(bound.toMillis())))
                    .values().get(resource).get(bound.toMillis() + 1000, TimeUnit.MILLISECONDS);
            Map<String, String> levels = new LinkedHashMap<>();
            for (ConfigEntry entry : config.entries()) {
                levels.put(entry.name(), entry.value());
            }
            return new BrokerLoggers(brokerId, levels);
        } catch (InterruptedException e) {
            throw KafkaFailures.interrupted("DescribeConfigs");
        } catch (ExecutionException | java.util.concurrent.TimeoutException | KafkaException e) {
            throw KafkaFailures.brokerCall(e, "DescribeConfigs", brokerId, DESCRIBE_PERMISSION, bound);
        }
    }

    @Override
    public void set(int brokerId, String logger, LogLevel level) {
        alter(brokerId, new AlterConfigOp(new ConfigEntry(logger, level.name()), AlterConfigOp.OpType.SET));
    }

    @Override
    public void toDefault(int brokerId, String logger) {
        alter(brokerId, new AlterConfigOp(new ConfigEntry(logger, ""), AlterConfigOp.OpType.DELETE));
    }

    private void alter(int brokerId, AlterConfigOp op) {
        ConfigResource resource = resource(brokerId);
        Duration bound = timeouts.connect();
        try {
            admin.incrementalAlterConfigs(Map.of(resource, List.of(op)),
                            new AlterConfigsOptions().timeoutMs(Math.toIntExact(bound.toMillis())))
                    .values().get(resource).get(bound.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw KafkaFailures.interrupted("IncrementalAlterConfigs");
        } catch (ExecutionException | java.util.concurrent.TimeoutException | KafkaException e) {
            throw KafkaFailures.brokerCall(e, "IncrementalAlterConfigs", brokerId, ALTER_PERMISSION, bound);
        }
    }

    private ConfigResource resource(int brokerId) {
        if (!brokers.contains(brokerId)) {
            throw new GatewayException(Failure.NOT_FOUND, "DescribeConfigs", "The cluster has no broker " + brokerId
                    + "; its brokers are " + brokers + ".");
        }
        return new ConfigResource(ConfigResource.Type.BROKER_LOGGER, String.valueOf(brokerId));
    }

    @Override
    public void close() {
        admin.close(timeouts.close());
    }
}
