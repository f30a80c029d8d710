package com.leadbench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Leadbench keeps its files on each platform. */
public final class AppPaths {

    private AppPaths() {
    }

    /** The user data folder: XDG data home on Linux, %APPDATA% on Windows, Application Support on macOS. */
    public static Path dataDirectory() {
        return dataDirectory(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path dataDirectory(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData))
                    .resolve("Leadbench");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Leadbench");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg)).resolve("leadbench");
    }

    /** The database opened when none is named. */
    public static Path defaultDatabase() {
        return dataDirectory().resolve("leadbench.db");
    }

    /** The demo database, created on first use. */
    public static Path demoDatabase() {
        return dataDirectory().resolve("demo.db");
    }
}
