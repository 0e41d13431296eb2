package org.chagres.ml.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Map;
import org.chagres.ml.Reference;
import org.chagres.ml.data.Csv;
import org.chagres.ml.data.Dataset;
import org.junit.jupiter.api.Test;

/** Quinlan's PlayTennis example (Mitchell, Machine Learning, 1997, table 3.2). */
class Id3Test {

    static final String PLAY_TENNIS = """
            outlook,temperature,humidity,wind,play
            sunny,hot,high,weak,no
            sunny,hot,high,strong,no
            overcast,hot,high,weak,yes
            rain,mild,high,weak,yes
            rain,cool,normal,weak,yes
            rain,cool,normal,strong,no
            overcast,cool,normal,strong,yes
            sunny,mild,high,weak,no
            sunny,cool,normal,weak,yes
            rain,mild,normal,weak,yes
            sunny,mild,normal,strong,yes
            overcast,mild,high,strong,yes
            overcast,hot,normal,weak,yes
            rain,mild,high,strong,no
            """;

    static Dataset playTennis() {
        return Csv.withTarget("play").withCategorical("outlook", "temperature", "humidity",
                "wind").read("PlayTennis", new StringReader(PLAY_TENNIS));
    }

    @Test
    void informationGainsAndTheClassicTree() {
        Dataset d = playTennis();
        assertArrayEquals(Reference.load("playtennis_gains.txt").get("gains"),
                Id3.informationGains(d.x(), d.labels()), 1e-15);
        Id3.Model m = Id3.withDefaults().fit(d.x(), d.labels());
        Id3.Node root = m.root();
        assertEquals("outlook", d.featureNames().get(root.feature()));
        // categories are coded in sorted order: overcast 0, rain 1, sunny 2
        Map<Double, Id3.Node> c = root.children();
        assertTrue(c.get(0.0).isLeaf(), "overcast is a pure 'yes' leaf");
        assertEquals("wind", d.featureNames().get(c.get(1.0).feature()));
        assertEquals("humidity", d.featureNames().get(c.get(2.0).feature()));
        assertArrayEquals(d.labels(), m.predict(d.x()));
        String text = m.describe(d.featureNames(), d.classNames());
        assertTrue(text.startsWith("outlook = 0.0\n  → yes (4)\n"), text);
    }

    @Test
    void depthLimitGivesMajorityLeavesAndUnseenValuesFallBack() {
        Dataset d = playTennis();
        Id3.Model stump = Id3.withDefaults().withMaxDepth(1).fit(d.x(), d.labels());
        assertEquals(3, stump.root().children().size());
        // sunny (2.0) has 3 no / 2 yes → "no" (label 0)
        assertArrayEquals(new int[] {0}, stump.predict(new double[][] {{2, 0, 0, 0}}));
        // an outlook code never seen: the root's frequencies, 9 yes / 5 no
        assertArrayEquals(new double[] {5 / 14.0, 9 / 14.0},
                stump.predictProba(new double[][] {{7, 0, 0, 0}})[0], 1e-15);
    }
}
