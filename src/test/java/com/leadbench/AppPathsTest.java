package com.leadbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {

    private final Path home = Path.of("/home/ada");

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertEquals(Path.of("/data/leadbench"), AppPaths.dataDirectory("Linux", Map.of("XDG_DATA_HOME", "/data"), home));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertEquals(Path.of("/home/ada/.local/share/leadbench"), AppPaths.dataDirectory("Linux", Map.of(), home));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:/Users/ada/AppData/Roaming", "Leadbench"),
                AppPaths.dataDirectory("Windows 11", Map.of("APPDATA", "C:/Users/ada/AppData/Roaming"), home));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/home/ada/Library/Application Support/Leadbench"), AppPaths.dataDirectory("Mac OS X", Map.of(), home));
    }
}
