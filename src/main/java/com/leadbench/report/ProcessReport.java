package com.leadbench.report;

import com.leadbench.model.Tier;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The process figures the manager and sales meet over: conversion of the qualified leads overall
 * and per tier, source, campaign, product line and rule; speed to lead; the account view; which
 * campaigns and content produce qualified leads; monthly cohorts and drift warnings.
 *
 * <p>An MQL here is a qualification: a transition into MQL or SQL from a stage below (a lead
 * fast-tracked to SQL counts, and a lead that falls back and qualifies again counts again), in the
 * filter. It lasts until the lead falls below MQL again; its SQL and first sales contact are counted
 * while it lasts, and what sales reported (accepted, won, ...) from that contact until the lead
 * qualifies again. Its tier, rules and product line are as sales got it: scored by the version that
 * qualified it just before the first contact, or, never contacted, when it should have been.
 */
public record ProcessReport(ReportFilter filter, Instant asOf, Totals totals, List<Conversion> byTier,
                            List<Conversion> bySource, List<Conversion> byCampaign, List<Conversion> byProductLine,
                            List<Conversion> byRule, SpeedToLead speed, AccountView accounts, List<Content> content,
                            List<Cohort> cohorts, double warnBelow, List<String> warnings) {

    public ProcessReport {
        byTier = List.copyOf(byTier);
        bySource = List.copyOf(bySource);
        byCampaign = List.copyOf(byCampaign);
        byProductLine = List.copyOf(byProductLine);
        byRule = List.copyOf(byRule);
        content = List.copyOf(content);
        cohorts = List.copyOf(cohorts);
        warnings = List.copyOf(warnings);
    }

    /** Whether the database had anything to report on in the filter. */
    public boolean empty() {
        return totals.mqls() == 0;
    }

    /** Counts over every MQL in the filter; {@code outcomes} is false when sales has reported nothing at all. */
    public record Totals(int mqls, int sqls, int accepted, int rejected, int won, int lost, boolean outcomes) {

        public Rate mqlToSql() {
            return new Rate(sqls, mqls);
        }

        public Rate mqlToWon() {
            return new Rate(won, mqls);
        }
    }

    /** One group's conversion: how many MQLs, and how many of them became SQLs and were won. */
    public record Conversion(String key, int mqls, int sqls, int won) {

        public Rate toSql() {
            return new Rate(sqls, mqls);
        }

        public Rate toWon() {
            return new Rate(won, mqls);
        }
    }

    /**
     * Time from qualification to the first sales follow-up. {@code medianHours} over the contacted
     * MQLs ({@code medianHoursFromSql} over those that were SQLs before they were contacted);
     * {@code withinDeadline} over the MQLs whose deadline has passed or who were contacted;
     * {@code completion}: of the contacted, how many sales accepted or rejected.
     */
    public record SpeedToLead(int contacted, int notContacted, Optional<Double> medianHours, Optional<Double> medianHoursFromSql,
                              List<Bucket> histogram, Rate withinDeadline, Rate completion) {

        public SpeedToLead {
            histogram = List.copyOf(histogram);
        }
    }

    /** A histogram bar: first contacts at least {@code fromHours} and less than {@code toHours} (null: no end) after qualifying. */
    public record Bucket(String label, double fromHours, Double toHours, int count) {
    }

    /**
     * MQLs per account; target accounts are those in the scorecard's target industries;
     * {@code buyingGroups}: accounts with two or more engaged contacts (any activity but email
     * opens, bounces and unsubscribes in the filter's range); {@code mqas}: the accounts that
     * became marketing-qualified and what became of them.
     */
    public record AccountView(int accountsWithMqls, Rate inTargetAccounts, List<AccountRow> top, List<AccountRow> buyingGroups,
                              MqaView mqas) {

        public AccountView {
            top = List.copyOf(top);
            buyingGroups = List.copyOf(buyingGroups);
            Objects.requireNonNull(mqas, "mqas");
        }
    }

    /**
     * The marketing-qualified accounts (MQAs) of the filter and what became of them.
     *
     * <ul>
     * <li>{@code mqas}: the accounts recorded as MQAs (each account is recorded once, when it first
     * reached the MQA tier) whose recorded time falls in the filter's range and, with a version
     * chosen, that were recorded under that scorecard version.</li>
     * <li>{@code toOpportunity}: of those, the accounts with a contact (its contact today) that sales
     * accepted or won at or after the account's MQA time: a follow-up of kind ACCEPTED or WON, with
     * no end (an outcome after the range still counts, as for MQLs).</li>
     * <li>{@code toWon}: likewise, the accounts with a contact sales reported WON at or after the MQA time.</li>
     * <li>{@code mqlsInMqas}: of the filter's MQLs (qualifications) whose lead belongs to an account,
     * those whose account was recorded as an MQA at or before the MQL's qualifying transition
     * (recorded time &lt;= qualification time), however long before: an MQA before the range
     * or under another version counts here.</li>
     * </ul>
     */
    public record MqaView(int mqas, Rate toOpportunity, Rate toWon, Rate mqlsInMqas) {

        public MqaView {
            if (toOpportunity.n() != mqas || toWon.n() != mqas) {
                throw new IllegalArgumentException("the MQA rates count " + toOpportunity.n() + " and " + toWon.n() + " MQAs, not " + mqas);
            }
            Objects.requireNonNull(mqlsInMqas, "mqlsInMqas");
        }

        /** Whether no account became an MQA in the filter. */
        public boolean none() {
            return mqas == 0;
        }
    }

    public record AccountRow(long accountId, String name, String industry, boolean target, int mqls, int engagedContacts, int won) {
    }

    /** A campaign or an asset, and the MQLs that engaged with it in the window before qualifying. */
    public record Content(String kind, String key, int mqls, int won) {

        public static final String CAMPAIGN = "campaign";
        public static final String ASSET = "asset";

        public Rate toWon() {
            return new Rate(won, mqls);
        }
    }

    /** The MQLs of one month in one tier ({@code tier} empty for all tiers together). */
    public record Cohort(YearMonth month, Optional<Tier> tier, int mqls, int sqls, int won) {

        public Rate toSql() {
            return new Rate(sqls, mqls);
        }

        public Rate toWon() {
            return new Rate(won, mqls);
        }
    }
}
