package com.leadbench.scoring.analysis;

/** Learning was refused: too few won or too few other leads to learn from, with the counts in the message. */
public final class NotEnoughOutcomesException extends Exception {

    private final int won;
    private final int others;

    NotEnoughOutcomesException(int won, int others, int least) {
        super(String.format(java.util.Locale.ROOT, "Learning needs at least %,d won and %,d not-won leads; the data has %,d won and %,d not won."
                + " Import more outcomes (won deals or a conversion column) and try again.", least, least, won, others));
        this.won = won;
        this.others = others;
    }

    public int won() {
        return won;
    }

    public int others() {
        return others;
    }
}
