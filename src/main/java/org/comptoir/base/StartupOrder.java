package org.comptoir.base;

/**
 * The order of the start-up runners, for their {@code @Order}. Flyway has migrated the schema and the
 * reference lists before any of them runs.
 */
public final class StartupOrder {

    /** The first users ({@code security.UserBootstrap}): whoever runs later may act as one of them. */
    public static final int USERS = 0;
    /** The starter set of attractions ({@code attraction.StarterSet}). */
    public static final int STARTER_SET = 10;
    /** The demo history ({@code report.demo.DemoHistoryLoader}): its counsellors pick starter attractions. */
    public static final int DEMO_HISTORY = 40;
    /** The report aggregates' check ({@code report.ReportAggregates}): rebuilt when rows came without them. */
    public static final int REPORT_AGGREGATES = 50;
    /** The command-line modes (the import, the demo history), which stop the application when done. */
    public static final int COMMANDS = 100;

    private StartupOrder() {}
}
