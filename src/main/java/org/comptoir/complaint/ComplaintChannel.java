package org.comptoir.complaint;

/** How a complaint reached the office, and how it was answered. Labels: "complaint.channel.&lt;VALUE&gt;". */
public enum ComplaintChannel {
    DESK,
    PHONE,
    EMAIL,
    LETTER,
    SOCIAL_MEDIA,
    REVIEW_SITE
}
