package app.gutlog.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.domain.DamagedJournalException;
import app.gutlog.domain.JournalException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** SQLite's errors are told apart by their result code, extended codes by their primary one, never by their text. */
class DatabaseErrorsTest {

    @TempDir
    Path temp;

    private JournalException failure(SQLException e) {
        return SqliteErrors.failure(temp.resolve("journal.db"), e);
    }

    private static SQLiteException sqlite(SQLiteErrorCode code) {
        return new SQLiteException("[" + code.name() + "] " + code.message, code);
    }

    @Test
    void aDamagedFileOrHeaderIsDamageEvenWithAnExtendedCode() {
        assertThat(failure(sqlite(SQLiteErrorCode.SQLITE_CORRUPT_INDEX)))
                .isInstanceOf(DamagedJournalException.class).hasMessageContaining("is damaged");
        assertThat(failure(sqlite(SQLiteErrorCode.SQLITE_NOTADB)))
                .isInstanceOf(DamagedJournalException.class)
                .hasMessageContaining("not a GutLog journal that SQLite can read");
    }

    @Test
    void anExtendedIoErrorIsADiskProblemAndNotDamage() {
        for (SQLiteErrorCode code : new SQLiteErrorCode[] {SQLiteErrorCode.SQLITE_IOERR_SHMSIZE,
                SQLiteErrorCode.SQLITE_IOERR_WRITE, SQLiteErrorCode.SQLITE_IOERR_FSYNC}) {
            assertThat(failure(sqlite(code))).isNotInstanceOf(DamagedJournalException.class)
                    .hasMessageStartingWith("The disk holding");
        }
    }

    @Test
    void aFullDiskAndAFolderThatCannotBeWrittenAreSaidPlainly() {
        assertThat(failure(sqlite(SQLiteErrorCode.SQLITE_FULL))).hasMessageContaining("the disk is full");
        for (SQLiteErrorCode code : new SQLiteErrorCode[] {SQLiteErrorCode.SQLITE_READONLY_DBMOVED,
                SQLiteErrorCode.SQLITE_CANTOPEN_ISDIR}) {
            assertThat(failure(sqlite(code))).hasMessageContaining("GutLog cannot write to");
        }
    }

    @Test
    void aPlainSqlExceptionIsToldByItsErrorCode() {
        assertThat(failure(new SQLException("disk I/O error", null, 10))).hasMessageStartingWith("The disk holding");
        assertThat(failure(new SQLException("file is not a database", null, 26)))
                .isInstanceOf(DamagedJournalException.class);
    }

    @Test
    void theWordsOfTheMessageDecideNothing() {
        SQLiteException misleading = new SQLiteException("SQLITE_CORRUPT SQLITE_IOERR not a database",
                SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK);
        assertThat(failure(misleading)).isNotInstanceOf(DamagedJournalException.class)
                .hasMessageStartingWith("Journal error in");
    }
}
