package com.leadbench.scoring.preview;

import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.model.Contact;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link LeadColumns} as bytes, and back: the accounts once each, the contacts with an index into
 * them, the distinct activity signatures, then the three activity arrays as they are in memory.
 * Reading is bulk copies plus one string per non-empty field, so it costs in proportion to the
 * bytes, not to a query per row. Big-endian throughout; a string is its UTF-8 length (-1 for none)
 * and bytes. The body only: whoever stores it adds what says which database and moment it is of.
 */
public final class ColumnsCodec {

    /** Bumped whenever the layout below changes: a body of another version is not read. */
    public static final int VERSION = 1;

    private static final ActivityType[] TYPES = ActivityType.values();

    private ColumnsCodec() {
    }

    public static void write(LeadColumns columns, DataOutputStream out) throws IOException {
        out.writeInt(VERSION);
        Map<Account, Integer> accountIndex = new IdentityHashMap<>();
        List<Account> accounts = new java.util.ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            columns.account(i).ifPresent(a -> accountIndex.computeIfAbsent(a, k -> {
                accounts.add(k);
                return accounts.size() - 1;
            }));
        }
        out.writeInt(accounts.size());
        for (Account a : accounts) {
            out.writeLong(a.id());
            string(out, a.domain());
            string(out, a.name());
            string(out, a.industry());
            out.writeBoolean(a.employees() != null);
            out.writeInt(a.employees() == null ? 0 : a.employees());
            out.writeBoolean(a.annualRevenue() != null);
            out.writeDouble(a.annualRevenue() == null ? 0 : a.annualRevenue());
            string(out, a.country());
            string(out, a.region());
            out.writeBoolean(a.customer());
            out.writeBoolean(a.competitor());
            string(out, a.accountManager());
            fields(out, a.customFields());
        }
        out.writeInt(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            Contact c = columns.contact(i);
            out.writeLong(c.id());
            string(out, c.externalId());
            string(out, c.email());
            string(out, c.firstName());
            string(out, c.lastName());
            string(out, c.jobTitle());
            string(out, c.phone());
            string(out, c.country());
            string(out, c.ipCountry());
            string(out, c.source());
            string(out, c.campaign());
            out.writeLong(c.createdAt().getEpochSecond());
            out.writeInt(c.createdAt().getNano());
            string(out, c.owner());
            out.writeBoolean(c.accountId() != null);
            out.writeLong(c.accountId() == null ? 0 : c.accountId());
            out.writeInt(columns.account(i).map(accountIndex::get).orElse(-1));
            fields(out, c.customFields());
        }
        Activity[] signatures = columns.signatureTable();
        out.writeInt(signatures.length);
        for (Activity s : signatures) {
            out.writeInt(s.type().ordinal());
            string(out, s.asset());
            string(out, s.assetKind());
            string(out, s.productLine());
            string(out, s.formText());
        }
        int[] start = columns.starts();
        long[] at = columns.times();
        int[] signature = columns.signatures();
        out.writeInt(at.length);
        for (int v : start) {
            out.writeInt(v);
        }
        for (long v : at) {
            out.writeLong(v);
        }
        for (int v : signature) {
            out.writeInt(v);
        }
    }

    /**
     * Reads what {@link #write} wrote.
     *
     * @throws IllegalArgumentException when the bytes are not such a body (another version, cut short, inconsistent)
     */
    public static LeadColumns read(ByteBuffer in) {
        try {
            int version = in.getInt();
            if (version != VERSION) {
                throw new IllegalArgumentException("columns stored in layout " + version + ", this Leadbench reads " + VERSION);
            }
            Account[] accounts = new Account[in.getInt()];
            for (int a = 0; a < accounts.length; a++) {
                long id = in.getLong();
                String domain = string(in);
                String name = string(in);
                String industry = string(in);
                boolean hasEmployees = in.get() != 0;
                int employees = in.getInt();
                boolean hasRevenue = in.get() != 0;
                double revenue = in.getDouble();
                String country = string(in);
                String region = string(in);
                boolean customer = in.get() != 0;
                boolean competitor = in.get() != 0;
                String manager = string(in);
                accounts[a] = new Account(id, domain, name, industry, hasEmployees ? employees : null, hasRevenue ? revenue : null,
                        country, region, customer, competitor, manager, fields(in));
            }
            int n = in.getInt();
            Contact[] contacts = new Contact[n];
            Account[] ofContact = new Account[n];
            for (int i = 0; i < n; i++) {
                long id = in.getLong();
                String externalId = string(in);
                String email = string(in);
                String first = string(in);
                String last = string(in);
                String title = string(in);
                String phone = string(in);
                String country = string(in);
                String ipCountry = string(in);
                String source = string(in);
                String campaign = string(in);
                Instant created = Instant.ofEpochSecond(in.getLong(), in.getInt());
                String owner = string(in);
                boolean hasAccountId = in.get() != 0;
                long accountId = in.getLong();
                int account = in.getInt();
                contacts[i] = new Contact(id, externalId, email, first, last, title, phone, country, ipCountry, source, campaign,
                        created, owner, hasAccountId ? accountId : null, fields(in));
                ofContact[i] = account < 0 ? null : accounts[account];
            }
            Activity[] signatures = new Activity[in.getInt()];
            for (int s = 0; s < signatures.length; s++) {
                ActivityType type = TYPES[in.getInt()];
                signatures[s] = new Activity(s + 1L, 0, type, string(in), string(in), string(in), Instant.EPOCH, null, string(in));
            }
            int m = in.getInt();
            int[] start = new int[n + 1];
            long[] at = new long[m];
            int[] signature = new int[m];
            in.asIntBuffer().get(start);
            in.position(in.position() + start.length * Integer.BYTES);
            in.asLongBuffer().get(at);
            in.position(in.position() + at.length * Long.BYTES);
            in.asIntBuffer().get(signature);
            in.position(in.position() + signature.length * Integer.BYTES);
            for (int s : signature) {
                if (s < 0 || s >= signatures.length) {
                    throw new IllegalArgumentException("an activity names signature " + s + " of " + signatures.length);
                }
            }
            return LeadColumns.of(contacts, ofContact, start, at, signature, signatures);
        } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new IllegalArgumentException("the stored columns are cut short or garbled", e);
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void fields(DataOutputStream out, Map<String, String> fields) throws IOException {
        out.writeInt(fields.size());
        for (Map.Entry<String, String> e : fields.entrySet()) {
            string(out, e.getKey());
            string(out, e.getValue());
        }
    }

    private static Map<String, String> fields(ByteBuffer in) {
        int count = in.getInt();
        if (count == 0) {
            return Map.of();
        }
        Map<String, String> out = count < 8 ? new LinkedHashMap<>() : new HashMap<>();
        for (int f = 0; f < count; f++) {
            out.put(string(in), string(in));
        }
        return out;
    }
}
