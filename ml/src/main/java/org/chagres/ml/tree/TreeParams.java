package org.chagres.ml.tree;

import org.chagres.ml.Inputs;

/**
 * Hyperparameters of a CART tree, shared by the classifier, the regressor and the forests.
 *
 * @param criterion impurity measure
 * @param maxDepth longest root-to-leaf path (≥ 1)
 * @param minSamplesSplit fewest samples a node needs to be split (≥ 2)
 * @param minSamplesLeaf fewest samples each child of a split must keep (≥ 1)
 * @param minImpurityDecrease a split must lower the weighted impurity
 *     {@code N_t/N · (I − N_L/N_t·I_L − N_R/N_t·I_R)} by at least this (≥ 0)
 * @param maxFeatures features drawn at random per split (≥ 1; ≥ the feature count: all)
 * @param seed seed of that draw
 */
public record TreeParams(Criterion criterion, int maxDepth, int minSamplesSplit,
        int minSamplesLeaf, double minImpurityDecrease, int maxFeatures, long seed) {

    /** Checks every field, naming the one at fault. */
    public TreeParams {
        String op = "TreeParams";
        if (criterion == null) {
            throw new NullPointerException(op + ": criterion is null");
        }
        Inputs.positive(op, "maxDepth", maxDepth);
        if (minSamplesSplit < 2) {
            throw new IllegalArgumentException(op + ": minSamplesSplit must be >= 2, got "
                    + minSamplesSplit);
        }
        Inputs.positive(op, "minSamplesLeaf", minSamplesLeaf);
        Inputs.nonNegative(op, "minImpurityDecrease", minImpurityDecrease);
        Inputs.positive(op, "maxFeatures", maxFeatures);
    }

    static TreeParams defaults(Criterion c) {
        return new TreeParams(c, Integer.MAX_VALUE, 2, 1, 0.0, Integer.MAX_VALUE, 0L);
    }

    Cart.Params cart() {
        return new Cart.Params(criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                minImpurityDecrease, maxFeatures);
    }

    TreeParams withCriterion(Criterion c) {
        return new TreeParams(c, maxDepth, minSamplesSplit, minSamplesLeaf,
                minImpurityDecrease, maxFeatures, seed);
    }

    TreeParams withMaxDepth(int v) {
        return new TreeParams(criterion, v, minSamplesSplit, minSamplesLeaf,
                minImpurityDecrease, maxFeatures, seed);
    }

    TreeParams withMinSamplesSplit(int v) {
        return new TreeParams(criterion, maxDepth, v, minSamplesLeaf, minImpurityDecrease,
                maxFeatures, seed);
    }

    TreeParams withMinSamplesLeaf(int v) {
        return new TreeParams(criterion, maxDepth, minSamplesSplit, v, minImpurityDecrease,
                maxFeatures, seed);
    }

    TreeParams withMinImpurityDecrease(double v) {
        return new TreeParams(criterion, maxDepth, minSamplesSplit, minSamplesLeaf, v,
                maxFeatures, seed);
    }

    TreeParams withMaxFeatures(int v) {
        return new TreeParams(criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                minImpurityDecrease, v, seed);
    }

    TreeParams withSeed(long v) {
        return new TreeParams(criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                minImpurityDecrease, maxFeatures, v);
    }
}
