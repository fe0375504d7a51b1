package io.mskconsole.ui.levels;

import io.mskconsole.core.clusters.BootstrapBrokers;
import io.mskconsole.core.clusters.BrokerAccess;
import io.mskconsole.core.clusters.ClientAuth;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.levels.BrokerConnection;
import io.mskconsole.core.levels.BrokerConnections;
import io.mskconsole.core.levels.BrokerLoggerGateway;
import io.mskconsole.core.levels.ClientAuthSettings;
import io.mskconsole.core.levels.LoggerOperations;
import io.mskconsole.core.levels.Secret;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.common.TaskHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Connecting to one cluster's brokers: MSK is asked for the bootstrap brokers (GetBootstrapBrokers), which say how
 * the cluster lets clients in; the person picks the authentication (the cluster's first by default) and, where the
 * cluster has public access, public or private brokers; SASL/SCRAM asks for a user and password, TLS takes an
 * optional key store with the client certificate. Connecting runs in the background with the adapter's short time
 * limit, and can be cancelled. Passwords live in memory only, as {@link Secret}s.
 */
public final class ConnectViewModel {
    private final Cluster cluster;
    private final LevelsTarget target;
    private final TaskExecutor executor;
    private final ObservableList<ClientAuth> authChoices = FXCollections.observableArrayList();
    private final ObjectProperty<ClientAuth> auth = new SimpleObjectProperty<>();
    private final ObservableList<BrokerAccess> accessChoices = FXCollections.observableArrayList();
    private final ObjectProperty<BrokerAccess> access = new SimpleObjectProperty<>();
    private final StringProperty scramUser = new SimpleStringProperty("");
    private final StringProperty scramPassword = new SimpleStringProperty("");
    private final StringProperty keyStore = new SimpleStringProperty("");
    private final StringProperty keyStorePassword = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.NONE);
    private final ObjectProperty<BootstrapBrokers> bootstrap = new SimpleObjectProperty<>();
    private final BooleanBinding canConnect;
    private TaskHandle running;
    private long generation;

    public ConnectViewModel(Cluster cluster, LevelsTarget target, TaskExecutor executor) {
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.target = Objects.requireNonNull(target, "target");
        this.executor = Objects.requireNonNull(executor, "executor");
        auth.addListener((obs, old, now) -> updateAccessChoices());
        canConnect = Bindings.createBooleanBinding(() -> bootstrap.get() != null && !busy.get() && auth.get() != null
                        && access.get() != null && (auth.get() != ClientAuth.SCRAM
                        || !scramUser.get().isBlank() && !scramPassword.get().isEmpty()),
                bootstrap, busy, auth, access, scramUser, scramPassword);
    }

    /** Asks MSK how the cluster's brokers are reached; refuses at once clusters whose levels cannot change. */
    public void start() {
        try {
            BrokerConnections.checkSupported(cluster);
        } catch (IllegalArgumentException unsupported) {
            notice.set(Notice.error(unsupported.getMessage()));
            return;
        }
        long run = ++generation;
        busy.set(true);
        notice.set(Notice.info("Asking MSK for the bootstrap brokers of " + cluster.name() + "…"));
        running = executor.execute(c -> target.gateway().bootstrapBrokers(cluster.arn()), brokers -> {
            if (run != generation) {
                return;
            }
            busy.set(false);
            if (brokers.authentications().isEmpty()) {
                notice.set(Notice.error("MSK gave no bootstrap brokers for cluster " + cluster.name() + ": it may "
                        + "still be creating, or allow no client access."));
                return;
            }
            authChoices.setAll(brokers.authentications());
            bootstrap.set(brokers);
            // an account IAM cannot sign in as (a granted role without a profile) starts on another authentication
            auth.set(BrokerConnections.authentication(cluster, brokers, null, target.account().brokerIam()));
            updateAccessChoices();
            notice.set(Notice.info("Pick how to sign in, then Connect. Brokers usually answer only from inside the "
                    + "cluster's VPC (VPN, bastion) or through public access."));
        }, failure -> {
            if (run != generation) {
                return;
            }
            busy.set(false);
            notice.set(Notice.error("Could not ask MSK for the bootstrap brokers: " + Messages.of(failure)));
        });
    }

    /**
     * Connects with the chosen settings and reads every broker's loggers; {@code onConnected} gets the open
     * connection (its owner closes it). A failure stays in {@link #noticeProperty()}.
     */
    public void connect(Consumer<BrokersConnected> onConnected) {
        if (!canConnect.get()) {
            return;
        }
        BrokerConnection connection;
        try {
            connection = BrokerConnections.connection(target.account().brokerIam(), cluster, bootstrap.get(), auth.get(),
                    access.get(), this::scramSettings, tlsSettings());
        } catch (IllegalArgumentException refused) {
            notice.set(Notice.error(refused.getMessage()));
            return;
        }
        boolean publicAccess = bootstrap.get().isPublic(connection.bootstrap());
        long run = ++generation;
        busy.set(true);
        notice.set(Notice.info("Connecting to the brokers of " + cluster.name() + " with "
                + auth.get().displayName() + (publicAccess ? " (public access)" : "") + "…"));
        running = executor.execute(c -> {
            if (connection.auth() instanceof ClientAuthSettings.Tls tls && tls.keyStore() != null
                    && !Files.isRegularFile(tls.keyStore())) {
                throw new IllegalArgumentException("Key store " + tls.keyStore() + " is not a file.");
            }
            BrokerLoggerGateway gateway = target.connector().connect(connection);
            try {
                if (c.isCancelled()) {
                    throw new CancellationException("cancelled");
                }
                return new BrokersConnected(connection, gateway, LoggerOperations.read(gateway), publicAccess);
            } catch (RuntimeException | Error e) {
                gateway.close();
                throw e;
            }
        }, connected -> {
            if (run != generation) {
                connected.gateway().close();
                LevelReverts.wipe(connection);
                return;
            }
            busy.set(false);
            notice.set(Notice.NONE);
            // the connection holds its own copy of the passwords now; the fields' text is not kept
            scramPassword.set("");
            keyStorePassword.set("");
            onConnected.accept(connected);
        }, failure -> {
            LevelReverts.wipe(connection);
            if (run != generation || failure instanceof CancellationException) {
                return;
            }
            busy.set(false);
            notice.set(Notice.error(failure instanceof IllegalArgumentException ? failure.getMessage()
                    : Messages.of(failure)));
        });
    }

    /** Stops waiting for MSK or the brokers; a connection that still arrives is closed. */
    public void cancel() {
        if (running != null && busy.get()) {
            running.cancel();
            generation++;
            busy.set(false);
            notice.set(Notice.info("Cancelled."));
        }
    }

    private ClientAuthSettings.Scram scramSettings() {
        return new ClientAuthSettings.Scram(scramUser.get().strip(), Secret.of(scramPassword.get()));
    }

    private ClientAuthSettings.Tls tlsSettings() {
        if (auth.get() != ClientAuth.TLS || keyStore.get().isBlank()) {
            return null;
        }
        String password = keyStorePassword.get();
        return new ClientAuthSettings.Tls(Path.of(keyStore.get().strip()),
                password.isEmpty() ? null : Secret.of(password));
    }

    /** Public access first where the cluster has it for the authentication: a desktop is rarely inside the VPC. */
    private void updateAccessChoices() {
        BootstrapBrokers brokers = bootstrap.get();
        ClientAuth chosen = auth.get();
        if (brokers == null || chosen == null) {
            accessChoices.clear();
            access.set(null);
            return;
        }
        List<BrokerAccess> choices = new java.util.ArrayList<>();
        brokers.publicFor(chosen).ifPresent(s -> choices.add(BrokerAccess.PUBLIC));
        brokers.privateFor(chosen).ifPresent(s -> choices.add(BrokerAccess.PRIVATE));
        accessChoices.setAll(choices);
        access.set(choices.isEmpty() ? null : choices.get(0));
    }

    public Cluster cluster() {
        return cluster;
    }

    public ObservableList<ClientAuth> authChoices() {
        return authChoices;
    }

    public ObjectProperty<ClientAuth> authProperty() {
        return auth;
    }

    public ObservableList<BrokerAccess> accessChoices() {
        return accessChoices;
    }

    public ObjectProperty<BrokerAccess> accessProperty() {
        return access;
    }

    public StringProperty scramUserProperty() {
        return scramUser;
    }

    public StringProperty scramPasswordProperty() {
        return scramPassword;
    }

    public StringProperty keyStoreProperty() {
        return keyStore;
    }

    public StringProperty keyStorePasswordProperty() {
        return keyStorePassword;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public BooleanBinding canConnectBinding() {
        return canConnect;
    }

    /** Whether MSK has answered with the cluster's bootstrap brokers. */
    public ReadOnlyObjectProperty<BootstrapBrokers> bootstrapProperty() {
        return bootstrap;
    }
}
