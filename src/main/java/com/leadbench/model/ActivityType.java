package com.leadbench.model;

/** Every kind of behavioural signal an intent rule can score (docs/scorecard.md §5). */
public enum ActivityType {
    PAGE_VIEW("Page view"),
    DOWNLOAD("Download"),
    WEBINAR_REGISTRATION("Webinar registration"),
    WEBINAR_ATTENDANCE("Webinar attended"),
    TRADE_SHOW_VISIT("Trade-show visit"),
    EVENT_ATTENDED("Event attended"),
    EMAIL_OPEN("Email opened"),
    EMAIL_CLICK("Email clicked"),
    FORM_SUBMIT("Form submitted"),
    SELECTION_TOOL("Selection tool used"),
    QUALIFICATION_FORM("Qualification form completed"),
    QUOTE_REQUEST("Quote request"),
    DEMO_REQUEST("Demo request"),
    CONSULTATION_REQUEST("Consultation request"),
    TRIAL_REQUEST("Trial request"),
    TECHNICAL_REVIEW_REQUEST("Technical review request"),
    UNSUBSCRIBE("Unsubscribed"),
    BOUNCE("Email bounced");

    private final String label;

    ActivityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Requests that fast-track a fitting lead straight to SQL. */
    public boolean isRequest() {
        return switch (this) {
            case QUOTE_REQUEST, DEMO_REQUEST, CONSULTATION_REQUEST, TRIAL_REQUEST, TECHNICAL_REVIEW_REQUEST -> true;
            default -> false;
        };
    }
}
