package no.lifecase.simulator.estate;

import java.util.SplittableRandom;

/** A person's own random numbers per source: the same number gives the same estate on every start. */
final class EstateRandom {

    private EstateRandom() {
    }

    static SplittableRandom of(long sourceSeed, String identityNumber) {
        return new SplittableRandom(sourceSeed * 1_000_003L + Long.parseLong(identityNumber));
    }

    /** 0 to {@code weights.length - 1}, each as likely as its weight. */
    static int weighted(SplittableRandom random, int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
