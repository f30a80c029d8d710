package com.leadbench.store;

import com.leadbench.demo.DemoGenerator;
import com.leadbench.demo.DemoSettings;
import com.leadbench.demo.DemoSummary;
import java.util.concurrent.atomic.AtomicReference;

/** Fills a database with the generated demo data, all in one transaction. */
public final class DemoWriter {

    private final Database database;

    public DemoWriter(Database database) {
        this.database = database;
    }

    public DemoSummary write(DemoSettings settings) {
        AtomicReference<DemoSummary> summary = new AtomicReference<>();
        new BulkLoader(database).load(sink -> summary.set(new DemoGenerator(settings).generate(sink)));
        return summary.get();
    }
}
