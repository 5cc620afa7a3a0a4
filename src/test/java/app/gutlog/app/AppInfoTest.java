package app.gutlog.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppInfoTest {

    @Test
    void theBuildWritesTheVersionAndLicence() {
        AppInfo info = AppInfo.load();
        assertThat(info.name()).isEqualTo("GutLog");
        assertThat(info.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(info.licence()).isEqualTo("MIT License");
    }
}
