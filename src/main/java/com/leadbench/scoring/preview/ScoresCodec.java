package com.leadbench.scoring.preview;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * Every lead's published score as bytes, and back: which scorecard version gave them and as of
 * when, then fit, intent, tier and stage per lead in the order of the columns they were computed
 * over. What the window shows first, while it brings the scores up to now.
 */
public final class ScoresCodec {

    /** Bumped whenever the layout changes: a body of another version is not read. */
    public static final int VERSION = 1;

    private ScoresCodec() {
    }

    /** Scores kept from an earlier run: of scorecard version {@code version}, as of {@code scoredAt}. */
    public record Stored(int version, Instant scoredAt, PreviewScores scores) {
    }

    public static void write(Stored stored, DataOutputStream out) throws IOException {
        PreviewScores scores = stored.scores();
        out.writeInt(VERSION);
        out.writeInt(stored.version());
        out.writeLong(stored.scoredAt().toEpochMilli());
        out.writeInt(scores.size());
        for (int i = 0; i < scores.size(); i++) {
            out.writeDouble(scores.fit(i));
        }
        for (int i = 0; i < scores.size(); i++) {
            out.writeDouble(scores.intent(i));
        }
        for (int i = 0; i < scores.size(); i++) {
            out.writeByte(scores.tierOrdinal(i));
        }
        for (int i = 0; i < scores.size(); i++) {
            out.writeByte(scores.stageOrdinal(i));
        }
    }

    /** @throws IllegalArgumentException when the bytes are not such a body */
    public static Stored read(ByteBuffer in) {
        try {
            int layout = in.getInt();
            if (layout != VERSION) {
                throw new IllegalArgumentException("scores stored in layout " + layout + ", this Leadbench reads " + VERSION);
            }
            int version = in.getInt();
            Instant at = Instant.ofEpochMilli(in.getLong());
            int n = in.getInt();
            double[] fit = new double[n];
            double[] intent = new double[n];
            byte[] tiers = new byte[n];
            byte[] stages = new byte[n];
            in.asDoubleBuffer().get(fit);
            in.position(in.position() + n * Double.BYTES);
            in.asDoubleBuffer().get(intent);
            in.position(in.position() + n * Double.BYTES);
            in.get(tiers);
            in.get(stages);
            for (int i = 0; i < n; i++) {
                if (tiers[i] < 0 || tiers[i] >= com.leadbench.model.Tier.values().length
                        || stages[i] < 0 || stages[i] >= com.leadbench.model.LifecycleStage.values().length) {
                    throw new IllegalArgumentException("lead " + i + " has no such tier or stage");
                }
            }
            return new Stored(version, at, new PreviewScores(fit, intent, tiers, stages));
        } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new IllegalArgumentException("the stored scores are cut short or garbled", e);
        }
    }
}
