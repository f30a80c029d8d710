package com.leadbench.cli;

import com.leadbench.handoff.CrmFormat;
import com.leadbench.handoff.HandoffLead;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.workflow.HandoffDesk.Selection;
import com.leadbench.workflow.HandoffDesk;
import com.leadbench.workflow.PacketWriteException;
import com.leadbench.workflow.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code export}: writes a handoff packet for sales and marks its leads handed off. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a handoff packet into DIR: handoff.csv (for the chosen CRM), handoff.json and handoff.html.",
                "Leads not handed off yet are marked handed off (a stage transition naming the packet); leads handed off before"
                        + " keep their packet, so exporting the same selection again writes the same files.",
                "Ends with: export: packet=ID leads=N handed_off=M already=K dir=DIR"})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "database file")
    Path database;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    static final class Choice {
        @Option(names = "--tier", paramLabel = "A|B|C", description = "MQLs and SQLs of this tier (tier overrides count)")
        String tier;

        @Option(names = "--stage", paramLabel = "MQL|SQL", description = "leads qualified at this stage (handed off ones included)")
        String stage;

        @Option(names = "--ids", split = ",", paramLabel = "ID", description = "these contacts, e.g. --ids 1,2,3; each must be an MQL or SQL")
        List<Long> ids;
    }

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write the three files into (created if missing)")
    Path out;

    @Option(names = "--format", defaultValue = "generic", paramLabel = "hubspot|salesforce|generic",
            description = "column names of handoff.csv (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() throws Exception {
        CrmFormat crm = parse(() -> CrmFormat.of(format), "--format");
        Selection selection = selection();
        PrintWriter stdout = spec.commandLine().getOut();
        try (Workspace workspace = Databases.workspace(database)) {
            Databases.requireUsable(workspace);
            if (workspace.nothingPublished()) {
                // no stage is recorded yet, so no lead is qualified to hand off: say how to start
                ScorecardNotices.printNothingPublished(spec.commandLine().getErr(), workspace.database().file());
            }
            HandoffDesk.Export done;
            try {
                done = new HandoffDesk(workspace).export(selection, crm, out);
            } catch (IllegalArgumentException e) {
                throw new CliFailure(e.getMessage(), e);
            } catch (PacketWriteException e) {
                throw new CliFailure(e.getMessage() + (e.recorded() ? "" : "; choose a folder with --out"), e);
            }
            for (HandoffLead lead : done.packet().leads()) {
                stdout.printf(Locale.ROOT, "%-8s %-4s %-14s %-36s due %s  %s%s%n", "#" + lead.contactId(), lead.stage().label(),
                        lead.tier().label(), cut(lead.displayName(), 36), lead.deadline().due(), lead.route().queue(),
                        lead.overdue() ? "  OVERDUE" : "");
            }
            List<String> files = new ArrayList<>();
            done.files().forEach(f -> files.add(f.getFileName().toString()));
            stdout.printf(Locale.ROOT, "Wrote %s into %s%n", String.join(", ", files), out.toAbsolutePath());
            stdout.printf(Locale.ROOT, "export: packet=%s leads=%d handed_off=%d already=%d dir=%s%n", done.packet().id(),
                    done.packet().leads().size(), done.handedOffNow(), done.handedOffBefore(), out.toAbsolutePath());
            return 0;
        }
    }

    private Selection selection() {
        if (choice.tier != null) {
            Tier tier = parse(() -> Tier.valueOf(choice.tier.strip().toUpperCase(Locale.ROOT)), "--tier");
            return parse(() -> Selection.tier(tier), "--tier");
        }
        if (choice.stage != null) {
            LifecycleStage stage = parse(() -> LifecycleStage.valueOf(choice.stage.strip().toUpperCase(Locale.ROOT)), "--stage");
            return parse(() -> Selection.stage(stage), "--stage");
        }
        return Selection.ids(choice.ids);
    }

    private <T> T parse(java.util.function.Supplier<T> value, String option) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            String hint = switch (option) {
                case "--tier" -> "--tier takes A, B or C";
                case "--stage" -> "--stage takes MQL or SQL";
                default -> e.getMessage();
            };
            throw new ParameterException(spec.commandLine(), hint);
        }
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
