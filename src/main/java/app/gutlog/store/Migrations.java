package app.gutlog.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered SQL scripts that build the schema, read from a resource folder as {@code 001.sql}, {@code 002.sql}
 * and so on until the first number that is missing. Script N brings the schema to version N.
 */
record Migrations(List<String> scripts) {

    static final String BUILT_IN_FOLDER = "/app/gutlog/store/migrations/";

    Migrations {
        scripts = List.copyOf(scripts);
    }

    static Migrations builtIn() {
        return fromResources(BUILT_IN_FOLDER);
    }

    static Migrations fromResources(String folder) {
        List<String> scripts = new ArrayList<>();
        while (true) {
            String name = folder + "%03d.sql".formatted(scripts.size() + 1);
            try (InputStream in = Migrations.class.getResourceAsStream(name)) {
                if (in == null) {
                    return new Migrations(scripts);
                }
                scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read migration " + name, e);
            }
        }
    }

    int latestVersion() {
        return scripts.size();
    }

    String script(int version) {
        return scripts.get(version - 1);
    }

    /** The tables that the scripts up to {@code version} create. */
    List<String> tablesUpTo(int version) {
        List<String> tables = new ArrayList<>();
        for (String script : scripts.subList(0, version)) {
            Matcher created = CREATE_TABLE.matcher(script);
            while (created.find()) {
                tables.add(created.group(1));
            }
        }
        return tables;
    }

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)CREATE TABLE (?:IF NOT EXISTS )?(\\w+)");
}
