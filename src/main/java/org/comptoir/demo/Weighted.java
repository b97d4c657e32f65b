package org.comptoir.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/** A fixed list of values, drawn in proportion to their weights. */
final class Weighted<T extends @Nullable Object> {

    private final List<T> values = new ArrayList<>();
    private double[] cumulative = new double[8];
    private double total;

    Weighted<T> add(T value, double weight) {
        if (weight > 0) {
            if (values.size() == cumulative.length) {
                cumulative = Arrays.copyOf(cumulative, cumulative.length * 2);
            }
            total += weight;
            cumulative[values.size()] = total;
            values.add(value);
        }
        return this;
    }

    T pick(SplittableRandom random) {
        var r = random.nextDouble() * total;
        for (int i = 0; i < values.size() - 1; i++) {
            if (r < cumulative[i]) {
                return values.get(i);
            }
        }
        return values.getLast();
    }

    boolean isEmpty() {
        return values.isEmpty();
    }
}
