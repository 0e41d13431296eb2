/** Hypothesis tests returning statistic, p-value, degrees of freedom and confidence interval. */
package org.chagres.stats.test;
