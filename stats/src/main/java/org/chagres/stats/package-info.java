/** Descriptive statistics: moments, quantiles, correlation, ranks, histograms. */
package org.chagres.stats;
