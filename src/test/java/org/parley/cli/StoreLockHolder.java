package org.parley.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.parley.store.ParleyStore;

/**
 * Test helper run in a separate JVM: opens the store given as argument (taking its lock), prints
 * "locked", and holds it until its standard input closes.
 */
public final class StoreLockHolder {
    private StoreLockHolder() {
    }

    /**
     * @param args the store directory
     * @throws IOException when standard input fails
     */
    public static void main(String[] args) throws IOException {
        try (ParleyStore store = ParleyStore.open(Path.of(args[0]))) {
            System.out.println("locked " + store.directory());
            System.out.flush();
            while (System.in.read() >= 0) {
                Thread.onSpinWait();
            }
        }
    }
}
