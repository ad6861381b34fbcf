package org.hallkiosk.kiosk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where staff commands find ratings and feedback: the kiosk's queue.db, or the hall's database with its key. */
final class StoreOptions {

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "The hall's database (jdbc:postgresql://HOST/DB or jdbc:sqlite:/path/hall.db); default the kiosk's queue.db.")
    String db;

    @Option(names = "--key", paramLabel = "FILE",
            description = "With --db: the hall's identity.key, needed only to open call-back numbers.")
    Path key;
}
