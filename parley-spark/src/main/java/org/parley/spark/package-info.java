/**
 * Parley's conversion as an Apache Spark job ({@link org.parley.spark.SparkBuild}) and its
 * command, {@code parley spark} ({@link org.parley.spark.SparkCommand}); the parts it writes are
 * loaded by {@code parley load}.
 */
package org.parley.spark;
