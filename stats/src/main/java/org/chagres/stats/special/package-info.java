/**
 * Special functions behind the distributions: log-gamma and gamma, digamma, the error function
 * family (erf, erfc, erfcx and inverses), the regularised incomplete gamma and beta functions
 * and their inverses. Each class names its algorithms and sources; accuracy is checked against
 * 50-digit mpmath values in the tests (stats/src/test/resources/reference).
 */
package org.chagres.stats.special;
