package org.comptoir.complaint;

import java.util.Arrays;
import java.util.List;

/**
 * The category of a complaint, within its subject: the office's welcome, information, shop and ticketing,
 * premises, accessibility; a partner's attraction, accommodation, restaurant, transport; or something else.
 * Labels: "complaint.category.&lt;VALUE&gt;".
 */
public enum ComplaintCategory {
    WELCOME(ComplaintSubject.OFFICE),
    INFORMATION(ComplaintSubject.OFFICE),
    SHOP_TICKETING(ComplaintSubject.OFFICE),
    PREMISES(ComplaintSubject.OFFICE),
    ACCESSIBILITY(ComplaintSubject.OFFICE),
    OFFICE_OTHER(ComplaintSubject.OFFICE),
    ATTRACTION(ComplaintSubject.PARTNER),
    ACCOMMODATION(ComplaintSubject.PARTNER),
    RESTAURANT(ComplaintSubject.PARTNER),
    TRANSPORT(ComplaintSubject.PARTNER),
    PARTNER_OTHER(ComplaintSubject.PARTNER);

    private final ComplaintSubject subject;

    ComplaintCategory(ComplaintSubject subject) {
        this.subject = subject;
    }

    public ComplaintSubject subject() {
        return subject;
    }

    /** The categories a complaint about this subject may take, in the order a form offers them. */
    public static List<ComplaintCategory> of(ComplaintSubject subject) {
        return Arrays.stream(values()).filter(c -> c.subject == subject).toList();
    }
}
