package org.chagres.ml.bayes;

import org.chagres.ml.Classifier;
import org.chagres.ml.ClassifierContract;
import org.junit.jupiter.api.Nested;

/** The estimator contract for the count-based models, on shifted (non-negative) blobs. */
class NaiveBayesContractTest {

    @Nested
    class Bernoulli extends ClassifierContract {
        @Override
        protected Classifier<?> classifier() {
            // blobs are centred at 0 and 8: a threshold of 4 makes the features informative
            return BernoulliNaiveBayes.withDefaults().withBinarizeThreshold(4);
        }

        @Override
        protected String fitName() {
            return "BernoulliNaiveBayes.fit";
        }
    }
}
