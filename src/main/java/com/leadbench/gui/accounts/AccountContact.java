package com.leadbench.gui.accounts;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;

/**
 * One contact under an account, as the contacts table shows it: its lead score and tier, its intent and
 * the points the account counts from it (0 when not engaged), the roles its title fills and its stage.
 */
public record AccountContact(long contactId, String name, String email, String jobTitle, String roles, Tier tier, double score,
                             double intent, double counted, boolean engaged, LifecycleStage stage) {
}
