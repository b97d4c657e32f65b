package org.comptoir.complaint;

/** What a complaint is about: the office itself, or one of its partners. Labels: "complaint.subject.&lt;VALUE&gt;". */
public enum ComplaintSubject {
    OFFICE,
    PARTNER
}
