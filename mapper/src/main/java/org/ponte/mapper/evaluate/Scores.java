package org.ponte.mapper.evaluate;

/** Precision, recall and F1 from counts. */
public record Scores(int truePositives, int falsePositives, int found, int expected) {

    /** Share of counted system items that are right; 1 when nothing was counted. */
    public double precision() {
        int counted = truePositives + falsePositives;
        return counted == 0 ? 1.0 : (double) truePositives / counted;
    }

    /** Share of expected gold items found; 1 when nothing was expected. */
    public double recall() {
        return expected == 0 ? 1.0 : (double) found / expected;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("P=%.3f R=%.3f F1=%.3f (%d right, %d wrong, %d of %d found)", precision(), recall(), f1(),
                truePositives, falsePositives, found, expected);
    }
}
