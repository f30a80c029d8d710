package com.leadbench.workflow;

import com.leadbench.format.ScorecardJson;
import com.leadbench.model.ScorecardVersion;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.start.DataProfile;
import com.leadbench.scoring.start.GeneralPreset;
import com.leadbench.store.PublishedScorecard;
import java.time.Instant;
import java.util.Locale;

/**
 * The scorecards a database can start from before anything is published: the general B2B preset,
 * built for the leads it holds ({@link GeneralPreset}), or the industrial preset
 * ({@link ScorecardJson#defaultPreset()}). Nothing is published by choosing silently: until the
 * manager publishes one, the screens and read-only commands score with the general preset as
 * version 0 and record nothing. Only the demo publishes the industrial preset by itself.
 */
public final class StartingPoints {

    /** A preset to start from. */
    public enum Preset {
        GENERAL("general B2B preset"),
        INDUSTRIAL("industrial preset");

        private final String label;

        Preset(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The preset named {@code name} ("general", "industrial"), ignoring case. */
        public static Preset named(String name) {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        }
    }

    private StartingPoints() {
    }

    /** The general B2B preset for {@code leads}, intent windows counted back from {@code asOf}. */
    public static Scorecard general(LeadColumns leads, Instant asOf) {
        return GeneralPreset.build(DataProfile.of(leads, asOf.toEpochMilli()));
    }

    /** The scorecard of {@code preset} for {@code leads}. */
    public static Scorecard of(Preset preset, LeadColumns leads, Instant asOf) {
        return switch (preset) {
            case GENERAL -> general(leads, asOf);
            case INDUSTRIAL -> ScorecardJson.defaultPreset();
        };
    }

    /** The note a version published from {@code preset} as the starting point carries. */
    public static String note(Preset preset) {
        return switch (preset) {
            case GENERAL -> "General B2B preset, chosen as the starting point (built from the data's fields and activities)";
            case INDUSTRIAL -> "Industrial preset, chosen as the starting point";
        };
    }

    /** The general preset as version 0: what the screens show while nothing (usable) is published; never recorded. */
    public static PublishedScorecard unpublished(LeadColumns leads, Instant asOf) {
        Scorecard general = general(leads, asOf);
        return new PublishedScorecard(new ScorecardVersion(0, general.name(), ScorecardJson.write(general),
                "the general B2B preset, not published", asOf), general);
    }
}
