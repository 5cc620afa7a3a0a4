package app.gutlog.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work on the open connection, run by {@link Database} under its lock. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
