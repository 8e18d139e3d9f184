package org.parley.spark;

import org.apache.spark.SparkConf;

/**
 * The Spark configuration Parley runs with: the master given, else the one {@code spark-submit}
 * set, else {@code local[*]}; no web UI in local mode (it would open a port for nothing). Stateless.
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    /**
     * @param app    the application name
     * @param master the master URL, or null for spark-submit's or {@code local[*]}
     * @return the configuration
     */
    public static SparkConf conf(String app, String master) {
        SparkConf conf = new SparkConf().setAppName(app);
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        return conf;
    }
}
