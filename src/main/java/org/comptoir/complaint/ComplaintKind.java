package org.comptoir.complaint;

/** A complaint, or a suggestion to do better. Labels: "complaint.kind.&lt;VALUE&gt;". */
public enum ComplaintKind {
    COMPLAINT,
    SUGGESTION
}
