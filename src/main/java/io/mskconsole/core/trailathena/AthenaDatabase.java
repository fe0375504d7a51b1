package io.mskconsole.core.trailathena;

/** A database to make before the table goes in it, when the user names one that does not exist yet. */
public record AthenaDatabase(String name) implements AthenaStatement {
    /** @throws IllegalArgumentException for a name Athena does not take */
    public AthenaDatabase {
        name = AthenaSql.name("database", name);
    }

    @Override
    public String text() {
        return "CREATE DATABASE IF NOT EXISTS " + name;
    }
}
