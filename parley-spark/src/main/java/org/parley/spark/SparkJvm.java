package org.parley.spark;

/**
 * Settings of the JVMs the job runs in that Spark's class path would otherwise get wrong. Hadoop's
 * jars register Woodstox as the JVM's StAX parser, which does not take the security properties
 * Jena sets on it (Jena logs an error for each parser it makes); the JDK's own parser does. The
 * property is set unless the user set it, on the driver before the job and in each task before
 * its converter is made, so executors started by {@code spark-submit} need no option. Stateless.
 */
final class SparkJvm {
    static final String STAX = "javax.xml.stream.XMLInputFactory";

    private SparkJvm() {
    }

    /** Makes the JDK's StAX parser the JVM's, unless a parser was chosen already. */
    static void useJdkStax() {
        if (System.getProperty(STAX) == null) {
            System.setProperty(STAX, "com.sun.xml.internal.stream.XMLInputFactoryImpl");
        }
    }
}
