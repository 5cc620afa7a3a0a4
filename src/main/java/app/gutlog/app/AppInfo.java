package app.gutlog.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The name, version and licence of this build, written into {@code gutlog.properties} by the build. */
public record AppInfo(String name, String version, String licence) {

    public static AppInfo load() {
        Properties properties = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("gutlog.properties")) {
            if (in == null) {
                throw new IllegalStateException("gutlog.properties is missing from the build");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AppInfo(properties.getProperty("name"), properties.getProperty("version"),
                properties.getProperty("licence"));
    }
}
