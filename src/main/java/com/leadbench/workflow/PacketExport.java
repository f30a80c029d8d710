package com.leadbench.workflow;

import com.leadbench.handoff.CrmFormat;
import com.leadbench.handoff.HandoffLead;
import com.leadbench.handoff.HandoffPacket;
import com.leadbench.handoff.PacketFiles;
import com.leadbench.handoff.WholeFile;
import com.leadbench.model.Account;
import com.leadbench.model.AuditEntry;
import com.leadbench.model.Contact;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.StageTransition;
import com.leadbench.scoring.Breakdown;
import com.leadbench.store.AuditRepository;
import com.leadbench.store.PacketRepository;
import com.leadbench.store.StageTransitionRepository;
import com.leadbench.workflow.HandoffDesk.Export;
import com.leadbench.handoff.LeadHandoff;
import com.leadbench.workflow.HandoffDesk.Selection;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The export of a packet: writes the selected leads' files and records the packet and the leads it
 * hands off, so that a crash leaves either no new files or a packet the database knows.
 */
final class PacketExport {

    private final Workspace workspace;
    private final HandoffQueue queue;
    private final StageTransitionRepository stages;
    private final PacketRepository packets;
    private final AuditRepository audit;
    private final Runnable beforeCommit;

    PacketExport(Workspace workspace, HandoffQueue queue, StageTransitionRepository stages, PacketRepository packets,
                 AuditRepository audit, Runnable beforeCommit) {
        this.workspace = workspace;
        this.queue = queue;
        this.stages = stages;
        this.packets = packets;
        this.audit = audit;
        this.beforeCommit = beforeCommit;
    }

    /**
     * Writes the packet of the selected leads to {@code dir} (handoff.csv in {@code format},
     * handoff.json, handoff.html) and marks the leads not yet handed off as handed off in a new
     * packet. A crash at any point leaves either no new files or a packet the database knows: the
     * three files are written whole to hidden parts first (a failure there marks nothing), then the
     * packet and its hand-offs are recorded in one transaction, and only then are the parts moved
     * over the files. A packet id is never given twice, not even one found in {@code dir}'s
     * handoff.json that the database does not know; the parts a killed export left are removed.
     *
     * @throws IllegalArgumentException when the selection names unknown or unqualified leads, or none
     * @throws PacketWriteException when the files cannot be written into {@code dir}
     */
    Export export(Selection selection, CrmFormat format, Path dir) {
        removeLeftovers(dir);
        List<LeadHandoff> all = queue.qualified();
        List<LeadHandoff> chosen = all.stream().filter(selection.test()).toList();
        if (!selection.ids().isEmpty()) {
            List<String> problems = new ArrayList<>();
            for (long id : selection.ids()) {
                if (chosen.stream().noneMatch(h -> h.contactId() == id)) {
                    problems.add(queue.lead(id).map(h -> "#" + id + " " + HandoffDesk.name(h) + " is " + h.stage().label() + ", not an MQL or SQL")
                            .orElse("#" + id + " does not exist"));
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("nothing exported: " + String.join("; ", problems));
            }
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no MQL or SQL matches " + selection.label() + ": nothing to export");
        }
        Instant now = now();
        List<LeadHandoff> fresh = chosen.stream().filter(h -> !h.handedOff()).toList();
        String newPacket = fresh.isEmpty() ? null : packets.nextId(now, PacketFiles.packetIdIn(dir).stream().toList());
        List<HandoffLead> leads = new ArrayList<>();
        for (LeadHandoff h : chosen) {
            String packetId = h.handoff().map(StageTransition::packetId).orElse(newPacket);
            Instant handedOffAt = h.handoff().map(StageTransition::at).orElse(now);
            leads.add(toLead(h, packetId, handedOffAt));
        }
        HandoffLead newest = leads.stream().max(Comparator.comparing(HandoffLead::handedOffAt)
                .thenComparing(l -> l.packetId() == null ? "" : l.packetId())).orElseThrow();
        HandoffPacket packet = new HandoffPacket(newest.packetId(), newest.handedOffAt(), format, selection.label(), leads);
        PacketFiles.Staged staged;
        try {
            staged = PacketFiles.stage(packet, dir);
        } catch (java.io.IOException e) {
            throw new PacketWriteException("cannot write the packet into " + dir + ": " + WholeFile.reason(e, dir), dir, false, e);
        }
        try (staged) {
            workspace.database().transaction(() -> {
                if (!fresh.isEmpty()) {
                    record(newPacket, now, format, selection, fresh, dir);
                }
                beforeCommit.run();
                return null;
            });
            try {
                staged.moveIntoPlace();
            } catch (java.io.IOException e) {
                throw new PacketWriteException("packet " + packet.id() + " is recorded, but its files could not be moved into " + dir
                        + ": " + WholeFile.reason(e, dir) + "; export the same leads again to write them", dir, true, e);
            }
        } catch (java.io.IOException e) {
            // only the clean-up of parts left after a failure gets here; the failure itself was thrown already
            throw new PacketWriteException("cannot remove the unfinished files from " + dir + ": " + WholeFile.reason(e, dir),
                    dir, false, e);
        }
        PacketFiles written = staged.files();
        return new Export(packet, List.of(written.csv(), written.json(), written.html()), fresh.size(), chosen.size() - fresh.size());
    }

    /** Records a new packet and hands {@code fresh} off in it (inside the export's transaction). */
    private void record(String packetId, Instant now, CrmFormat format, Selection selection, List<LeadHandoff> fresh, Path dir) {
        packets.insert(packetId, now, HandoffDesk.MANAGER, format.key(), selection.label(), fresh.size());
        List<StageTransition> handed = new ArrayList<>();
        for (LeadHandoff h : fresh) {
            handed.add(new StageTransition(0, h.contactId(), h.stage(), LifecycleStage.HANDED_OFF, now,
                    "Handed off to " + h.route().queue() + " in packet " + packetId, workspace.published().number(), packetId));
        }
        stages.record(handed);
        audit.append(new AuditEntry(0, now, HandoffDesk.MANAGER, "handoff", "packet", null,
                packetId + ": " + fresh.size() + " leads (" + selection.label() + ", " + format.key() + ") to " + dir));
    }

    /** The parts a killed export left in {@code dir} go before anything else; failing to remove them stops nothing. */
    private static void removeLeftovers(Path dir) {
        try {
            PacketFiles.removeLeftovers(dir);
        } catch (java.io.IOException e) {
            // the export writes over them anyway
        }
    }

    private static HandoffLead toLead(LeadHandoff h, String packetId, Instant handedOffAt) {
        Contact c = h.facts().contact();
        Optional<Account> a = h.facts().account();
        Breakdown b = h.breakdown();
        return new HandoffLead(c.id(), c.externalId(), c.firstName(), c.lastName(), c.email(), c.phone(), c.jobTitle(),
                h.persona().isEmpty() ? null : h.persona(), a.map(Account::name).orElse(null), a.map(Account::domain).orElse(null),
                a.map(Account::industry).orElse(null), a.map(Account::employees).orElse(null),
                a.map(Account::annualRevenue).orElse(null), c.country() != null ? c.country() : a.map(Account::country).orElse(null),
                a.map(Account::region).orElse(null), c.source(), c.campaign(),
                h.qualifiedStage().orElseThrow(), b.tier(), h.scoredTier(),
                b.override().map(o -> o.reason()).orElse(null), b.fit(), b.intent(), b.total(), h.scorecardLabel(),
                h.route(), h.deadline().orElseThrow(), h.overdue(), b.urgent(), h.productLine(), h.note().nextStep(),
                h.noteText(), h.marks().editedNote().isPresent(), b.contributions(), h.facts().activities().reversed(),
                packetId, handedOffAt, h.note().account());
    }

    private Instant now() {
        return workspace.clock().instant();
    }
}
